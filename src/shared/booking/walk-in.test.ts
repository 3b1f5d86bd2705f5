import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatedWaitMinutes,
  ordinal,
  type QueueDay,
  recruiterGapAt,
  waitSentence,
  walkInDayAt,
} from './walk-in.js';

// 09:00–17:00 in Berlin (UTC+1 in January): 08:00–16:00 UTC.
const day: QueueDay = {
  id: 'day-1',
  date: '2030-01-15',
  mode: 'in_person',
  opensAtMinute: 9 * 60,
  closesAtMinute: 17 * 60,
  durations: [20, 15, 30],
};
const zone = 'Europe/Berlin';
const at = (hhmm: string) => new Date(`2030-01-15T${hhmm}:00Z`);
const chat = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('the in-person day under way', () => {
  it('is the in-person day whose hours hold now, from its opening up to its close', () => {
    expect(walkInDayAt([day], at('08:00'), zone)).toBe(day);
    expect(walkInDayAt([day], at('15:59'), zone)).toBe(day);
    expect(walkInDayAt([day], at('07:59'), zone)).toBeUndefined();
    expect(walkInDayAt([day], at('16:00'), zone)).toBeUndefined();
  });

  it('is never a virtual day', () => {
    expect(walkInDayAt([{ ...day, mode: 'virtual' }], at('10:00'), zone)).toBeUndefined();
  });

  it('reads the hours on the event’s clock', () => {
    // 09:00–17:00 in Tokyo is 00:00–08:00 UTC.
    expect(walkInDayAt([day], at('01:00'), 'Asia/Tokyo')).toBe(day);
    expect(walkInDayAt([day], at('10:00'), 'Asia/Tokyo')).toBeUndefined();
  });
});

describe("a recruiter's gap", () => {
  it('with no chats lasts the default duration (the shortest allowed)', () => {
    expect(recruiterGapAt({ now: at('10:00'), bookings: [], day, timeZone: zone })).toEqual({
      free: true,
      until: at('10:15'),
      nextChatAt: null,
    });
  });

  it('ends at the next booked chat when that comes first', () => {
    const gap = recruiterGapAt({ now: at('10:00'), bookings: [chat('10:10', '10:40')], day, timeZone: zone });
    expect(gap).toEqual({ free: true, until: at('10:10'), nextChatAt: at('10:10') });
  });

  it('ends at the close of the day', () => {
    const gap = recruiterGapAt({ now: at('15:50'), bookings: [], day, timeZone: zone });
    expect(gap).toEqual({ free: true, until: at('16:00'), nextChatAt: null });
  });

  it('is none while a chat holds now, and says until when', () => {
    const bookings = [chat('11:00', '11:30'), chat('09:45', '10:15')];
    const gap = recruiterGapAt({ now: at('10:00'), bookings, day, timeZone: zone });
    expect(gap).toEqual({ free: false, busyUntil: at('10:15'), nextChatAt: at('11:00') });
  });

  it('begins as a chat ends and is over as the next starts (half-open ranges)', () => {
    expect(
      recruiterGapAt({ now: at('10:15'), bookings: [chat('09:45', '10:15')], day, timeZone: zone }).free,
    ).toBe(true);
    expect(
      recruiterGapAt({ now: at('10:00'), bookings: [chat('10:00', '10:30')], day, timeZone: zone }).free,
    ).toBe(false);
  });

  it('is none when the next chat starts in less than five minutes', () => {
    const gap = recruiterGapAt({ now: at('10:00'), bookings: [chat('10:04', '10:30')], day, timeZone: zone });
    expect(gap).toEqual({ free: false, busyUntil: null, nextChatAt: at('10:04') });
  });

  it('never overlaps a booked chat, whatever the chats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 480 }), fc.integer({ min: 5, max: 60 })), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 479 }),
        (ranges, nowMinute) => {
          const base = at('08:00').getTime();
          const bookings = ranges.map(([start, length]) => ({
            startsAt: new Date(base + start * 60_000),
            endsAt: new Date(base + (start + length) * 60_000),
          }));
          const now = new Date(base + nowMinute * 60_000);
          const gap = recruiterGapAt({ now, bookings, day, timeZone: zone });
          if (!gap.free) return;
          for (const b of bookings) {
            expect(b.startsAt >= gap.until || b.endsAt <= now).toBe(true);
          }
          expect(gap.until.getTime() - now.getTime()).toBeGreaterThanOrEqual(5 * 60_000);
        },
      ),
    );
  });
});

describe('the estimated wait', () => {
  const wait = (position: number, recruitersWorking = 1, recruitersFreeNow = 0) =>
    estimatedWaitMinutes({ position, durationMinutes: 15, recruitersWorking, recruitersFreeNow });

  it('is the place in line times the default duration, shared among the recruiters working', () => {
    expect(wait(1)).toBe(15);
    expect(wait(3)).toBe(45);
    expect(wait(3, 3)).toBe(15);
    expect(wait(4, 3)).toBe(30);
  });

  it('is shorter when a recruiter is free now, and nothing for the next in line then', () => {
    expect(wait(1, 2, 1)).toBe(0);
    expect(wait(3, 2, 1)).toBe(15);
    expect(wait(2, 2, 2)).toBe(0);
  });

  it('counts nobody working as one recruiter and rounds up to five minutes', () => {
    expect(wait(2, 0)).toBe(30);
    expect(
      estimatedWaitMinutes({ position: 1, durationMinutes: 12, recruitersWorking: 1, recruitersFreeNow: 0 }),
    ).toBe(15);
  });

  it('never shrinks as the place in line grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (position, working, free) => wait(position, working, free) <= wait(position + 1, working, free),
      ),
    );
  });

  it('reads as "about 15 minutes"', () => {
    expect(waitSentence(15)).toBe('about 15 minutes');
    expect(waitSentence(60)).toBe('about 1 hour');
    expect(waitSentence(125)).toBe('about 2 hours 5 minutes');
    expect(waitSentence(0)).toBe('any moment now');
  });
});

describe('a place in line', () => {
  it('reads as an ordinal', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
