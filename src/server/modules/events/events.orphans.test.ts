import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { type DayPlan, findOrphanedChats } from './events.orphans.js';

const words = translatorFor('en');

const day = (overrides: Partial<DayPlan> = {}): DayPlan & { id: string } => ({
  id: 'day-1',
  date: '2030-03-04',
  opensAtMinute: 9 * 60,
  closesAtMinute: 17 * 60,
  durations: [15, 30],
  ...overrides,
});

// 10:00–10:30 in Berlin (UTC+1 in March before the switch).
const chat = {
  eventDayId: 'day-1',
  startsAt: new Date('2030-03-04T09:00:00Z'),
  endsAt: new Date('2030-03-04T09:30:00Z'),
};
const before = { timeZone: 'Europe/Berlin', days: [day()] };

const check = (after: { timeZone?: string; days: DayPlan[] }, durationsInUse = [] as never[]) =>
  findOrphanedChats({
    before,
    after: { timeZone: after.timeZone ?? 'Europe/Berlin', days: after.days },
    booked: [chat],
    durationsInUse,
    words,
  });

describe('edits that would orphan a booked chat', () => {
  it('allows an edit that keeps every booked chat inside its day', () => {
    expect(
      check({ days: [day({ opensAtMinute: 10 * 60, closesAtMinute: 11 * 60 + 30, durations: [30] })] }),
    ).toEqual([]);
  });

  it('refuses removing a day with a booked chat, naming the date', () => {
    expect(check({ days: [day({ id: undefined, date: '2030-03-05' })] })).toEqual([
      'Monday 4 March has 1 booked chat and cannot be removed.',
    ]);
  });

  it('words the refusal in the language given, with the date written as that language writes it', () => {
    const refusal = findOrphanedChats({
      before,
      after: { timeZone: 'Europe/Berlin', days: [day({ date: '2030-03-05' })] },
      booked: [chat],
      durationsInUse: [],
      words: translatorFor('de'),
    });
    expect(refusal).toEqual([
      'Am Montag, 4. März ist 1 Gespräch gebucht, daher kann das Datum nicht auf den Dienstag, 5. März wechseln.',
    ]);
  });

  it('refuses moving such a day to another date', () => {
    expect(check({ days: [day({ date: '2030-03-05' })] })).toEqual([
      'Monday 4 March has 1 booked chat, so its date cannot change to Tuesday 5 March.',
    ]);
  });

  it('refuses hours that leave a booked chat outside, even by a minute', () => {
    expect(check({ days: [day({ opensAtMinute: 10 * 60 + 1 })] })).toEqual([
      'The hours 10:01–17:00 on Monday 4 March would leave out 1 booked chat (10:00–10:30).',
    ]);
    expect(check({ days: [day({ closesAtMinute: 10 * 60 + 29 })] })).toHaveLength(1);
  });

  it('allows hours that end exactly when the chat ends', () => {
    expect(check({ days: [day({ opensAtMinute: 10 * 60, closesAtMinute: 10 * 60 + 30 })] })).toEqual([]);
  });

  it('refuses a time zone change that would move a chat on the wall clock', () => {
    expect(check({ timeZone: 'Europe/London', days: [day()] })).toEqual([
      'The new time zone would move 1 booked chat on Monday 4 March (10:00–10:30 would become 09:00–09:30).',
    ]);
  });

  it('allows a time zone change to a zone with the same offset at that moment', () => {
    expect(check({ timeZone: 'Europe/Paris', days: [day()] })).toEqual([]);
  });

  it('compares offsets at the chat itself, across a DST change', () => {
    // On 2030-03-31 Berlin has switched to UTC+2 while Lagos stays at UTC+1: the same zone pair agreed a week earlier.
    const sunday = {
      eventDayId: 'day-1',
      startsAt: new Date('2030-03-31T08:00:00Z'),
      endsAt: new Date('2030-03-31T08:30:00Z'),
    };
    const plan = (timeZone: string) => ({ timeZone, days: [day({ date: '2030-03-31' })] });
    expect(
      findOrphanedChats({
        before: plan('Europe/Berlin'),
        after: plan('Africa/Lagos'),
        booked: [sunday],
        durationsInUse: [],
        words,
      }),
    ).toHaveLength(1);
    expect(
      findOrphanedChats({
        before: { ...before },
        after: { timeZone: 'Africa/Lagos', days: [day()] },
        booked: [chat],
        durationsInUse: [],
        words,
      }),
    ).toEqual([]);
  });

  it('reads a chat that ends at midnight as ending at 24:00', () => {
    const late = {
      eventDayId: 'day-1',
      startsAt: new Date('2030-03-04T22:30:00Z'),
      endsAt: new Date('2030-03-04T23:00:00Z'),
    };
    const open = day({ opensAtMinute: 0, closesAtMinute: 1440 });
    expect(
      findOrphanedChats({
        before: { timeZone: 'Europe/Berlin', days: [open] },
        after: { timeZone: 'Europe/Berlin', days: [open] },
        booked: [late],
        durationsInUse: [],
        words,
      }),
    ).toEqual([]);
    const shorter = day({ opensAtMinute: 0, closesAtMinute: 1439 });
    expect(
      findOrphanedChats({
        before: { timeZone: 'Europe/Berlin', days: [open] },
        after: { timeZone: 'Europe/Berlin', days: [shorter] },
        booked: [late],
        durationsInUse: [],
        words,
      }),
    ).toHaveLength(1);
  });

  it('refuses removing a duration that a recruiter with booked chats that day has chosen', () => {
    const inUse = [{ eventDayId: 'day-1', recruiterName: 'Alex Morgan', durationMinutes: 30 }];
    expect(check({ days: [day({ durations: [15] })] }, inUse as never[])).toEqual([
      '30-minute chats on Monday 4 March are in use by Alex Morgan, who has booked chats that day.',
    ]);
    expect(check({ days: [day({ durations: [30] })] }, inUse as never[])).toEqual([]);
  });

  it('lets days without booked chats change freely', () => {
    const other = day({ id: 'day-2', date: '2030-03-05' });
    const result = findOrphanedChats({
      before: { timeZone: 'Europe/Berlin', days: [day(), other] },
      after: { timeZone: 'Europe/Berlin', days: [day()] },
      booked: [chat],
      durationsInUse: [],
      words,
    });
    expect(result).toEqual([]);
  });
});
