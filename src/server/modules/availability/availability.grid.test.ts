import { describe, expect, it } from 'vitest';
import { buildSlotGrid, freeSlots, validSlotStarts } from './availability.grid.js';

const day = { date: '2030-06-10', opensAtMinute: 9 * 60, closesAtMinute: 11 * 60 };
const at = (iso: string) => new Date(iso);

describe('the slot grid', () => {
  it('marks opened slots available, others off, with HH:MM labels in the event zone', () => {
    const grid = buildSlotGrid({
      day,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      openStarts: [at('2030-06-10T07:00:00Z'), at('2030-06-10T08:00:00Z')],
      bookings: [],
      now: at('2030-06-01T00:00:00Z'),
    });
    expect(grid.map((s) => [s.label, s.status])).toEqual([
      ['09:00', 'available'],
      ['09:30', 'off'],
      ['10:00', 'available'],
      ['10:30', 'off'],
    ]);
    expect(grid[0]).toMatchObject({
      startsAt: '2030-06-10T07:00:00.000Z',
      endsAt: '2030-06-10T07:30:00.000Z',
    });
  });

  it('marks a slot booked, with whom, whether or not it is still opened', () => {
    const grid = buildSlotGrid({
      day,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      openStarts: [],
      bookings: [
        {
          chatId: '00000000-0000-4000-8000-000000000001',
          talentName: 'Kim',
          startsAt: at('2030-06-10T07:30:00Z'),
          endsAt: at('2030-06-10T08:00:00Z'),
        },
      ],
      now: at('2030-06-01T00:00:00Z'),
    });
    expect(grid[1]).toMatchObject({ label: '09:30', status: 'booked', bookedWith: { talentName: 'Kim' } });
    expect(grid.filter((s) => s.status === 'booked')).toHaveLength(1);
  });

  it('leaves started and booked slots out of the free ones', () => {
    const grid = buildSlotGrid({
      day,
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      openStarts: [at('2030-06-10T07:00:00Z'), at('2030-06-10T08:00:00Z')],
      bookings: [],
      now: at('2030-06-10T07:10:00Z'),
    });
    expect(grid[0]!.past).toBe(true);
    expect(freeSlots(grid).map((s) => s.label)).toEqual(['10:00']);
  });

  it('names slots by the wall clock of the event, not of the machine', () => {
    const grid = buildSlotGrid({
      day: { date: '2030-11-03', opensAtMinute: 0, closesAtMinute: 4 * 60 },
      timeZone: 'America/New_York',
      durationMinutes: 60,
      openStarts: [],
      bookings: [],
      now: at('2030-01-01T00:00:00Z'),
    });
    // The clocks go back at 02:00: one slot per wall time, the repeated hour counted once.
    expect(grid.map((s) => s.label)).toEqual(['00:00', '01:00', '02:00', '03:00']);
  });

  it('knows the valid starts of a day at a duration', () => {
    const valid = validSlotStarts(day, 20, 'Europe/Berlin');
    expect(valid.size).toBe(6);
    expect(valid.has(at('2030-06-10T07:20:00Z').getTime())).toBe(true);
    expect(valid.has(at('2030-06-10T07:15:00Z').getTime())).toBe(false);
  });
});
