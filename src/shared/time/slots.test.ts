import { describe, expect, it } from 'vitest';
import { slotStartMinutes, slotStarts } from './slots.js';

const workday = { date: '2030-01-15', opensAtMinute: 9 * 60, closesAtMinute: 17 * 60 };

describe('slots', () => {
  it('steps from opening by the duration while the chat still ends by closing time', () => {
    const starts = slotStartMinutes(workday, 20);
    expect(starts).toHaveLength(24);
    expect(starts[0]).toBe(9 * 60);
    expect(starts.at(-1)).toBe(16 * 60 + 40);
    expect(slotStartMinutes({ ...workday, closesAtMinute: 9 * 60 + 50 }, 20)).toEqual([540, 560]);
  });

  it('gives the UTC instants of the wall-clock starts in the event zone', () => {
    const starts = slotStarts(workday, 30, 'Europe/Berlin');
    expect(starts[0]!.toISOString()).toBe('2030-01-15T08:00:00.000Z');
    expect(starts.at(-1)!.toISOString()).toBe('2030-01-15T15:30:00.000Z');
  });

  it('leaves out starts inside the gap of a night when the clocks go forward', () => {
    const day = { date: '2030-03-31', opensAtMinute: 0, closesAtMinute: 1440 };
    const starts = slotStarts(day, 30, 'Europe/Berlin');
    expect(starts).toHaveLength(46);
    expect(new Set(starts.map((s) => s.getTime())).size).toBe(46);
    expect(starts[3]!.toISOString()).toBe('2030-03-31T00:30:00.000Z'); // 01:30 winter time
    expect(starts[4]!.toISOString()).toBe('2030-03-31T01:00:00.000Z'); // 03:00 summer time
  });

  it('keeps one slot per wall time on a night when the clocks go back', () => {
    const day = { date: '2030-11-03', opensAtMinute: 0, closesAtMinute: 1440 };
    const starts = slotStarts(day, 60, 'America/New_York');
    expect(starts).toHaveLength(24);
    expect(starts[1]!.toISOString()).toBe('2030-11-03T05:00:00.000Z'); // 01:00 daylight time
    expect(starts[2]!.toISOString()).toBe('2030-11-03T07:00:00.000Z'); // 02:00 standard time
  });

  it('refuses a duration that is not a positive whole number of minutes', () => {
    expect(() => slotStartMinutes(workday, 0)).toThrow(RangeError);
    expect(() => slotStartMinutes(workday, 7.5)).toThrow(RangeError);
  });
});
