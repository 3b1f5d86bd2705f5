import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import { dateName, type ServerTranslator } from '../../i18n/index.js';

export interface DayPlan {
  id?: string;
  date: string;
  opensAtMinute: number;
  closesAtMinute: number;
  durations: number[];
}

export interface BookedChat {
  eventDayId: string;
  startsAt: Date;
  endsAt: Date;
}

/** A duration a recruiter chose for a day on which they have booked chats. */
export interface DurationInUse {
  eventDayId: string;
  recruiterName: string;
  durationMinutes: number;
}

export interface EventPlan<D extends DayPlan> {
  timeZone: string;
  days: D[];
}

/**
 * Minutes from local midnight of `date` to `instant` on the wall clock of `timeZone`: the next midnight is 1440, so a
 * chat may end at 24:00, and an instant on another date falls outside any day's hours.
 */
function wallMinuteOf(instant: Date, timeZone: string, date: string): number {
  const local = utcToZoned(instant, timeZone);
  return ((Date.parse(local.date) - Date.parse(date)) / 86_400_000) * 1440 + local.minute;
}

const span = (start: number, end: number) => `${minutesToTime(start)}–${minutesToTime(end)}`;

/**
 * Why an edit of an event would orphan booked (confirmed) chats: one sentence per affected day, naming it, or
 * none when the edit is safe, in the language of `words`. Chats are UTC instants, so they are read on the wall
 * clock of the new zone and compared with the new hours; a zone change that shifts their local time moves them and
 * is refused too.
 */
export function findOrphanedChats(input: {
  before: EventPlan<DayPlan & { id: string }>;
  after: EventPlan<DayPlan>;
  booked: BookedChat[];
  durationsInUse: DurationInUse[];
  words: ServerTranslator;
}): string[] {
  const { before, after } = input;
  const { t, locale } = input.words;
  const problems: string[] = [];
  const byDay = new Map<string, BookedChat[]>();
  for (const chat of input.booked) byDay.set(chat.eventDayId, [...(byDay.get(chat.eventDayId) ?? []), chat]);
  for (const old of [...before.days].sort((a, b) => a.date.localeCompare(b.date))) {
    const chats = byDay.get(old.id) ?? [];
    const date = dateName(old.date, locale);
    const next = after.days.find((day) => day.id === old.id);
    if (!next) {
      if (chats.length > 0) problems.push(t('errors.events.dayRemoved', { date, count: chats.length }));
      continue;
    }
    if (next.date !== old.date) {
      if (chats.length > 0)
        problems.push(
          t('errors.events.dateChanged', {
            date,
            count: chats.length,
            newDate: dateName(next.date, locale),
          }),
        );
      continue;
    }
    const moved: string[] = [];
    const outside: string[] = [];
    for (const chat of chats) {
      const was = span(
        wallMinuteOf(chat.startsAt, before.timeZone, old.date),
        wallMinuteOf(chat.endsAt, before.timeZone, old.date),
      );
      const start = wallMinuteOf(chat.startsAt, after.timeZone, old.date);
      const end = wallMinuteOf(chat.endsAt, after.timeZone, old.date);
      if (span(start, end) !== was)
        moved.push(t('errors.events.zoneMove', { was, becomes: span(start, end) }));
      else if (start < next.opensAtMinute || end > next.closesAtMinute) outside.push(was);
    }
    if (moved.length > 0)
      problems.push(t('errors.events.zoneMoves', { count: moved.length, date, moves: moved.join(', ') }));
    if (outside.length > 0)
      problems.push(
        t('errors.events.hoursLeaveOut', {
          hours: span(next.opensAtMinute, next.closesAtMinute),
          date,
          count: outside.length,
          chats: outside.join(', '),
        }),
      );
    const removed = old.durations.filter((d) => !next.durations.includes(d));
    for (const duration of removed) {
      const users = input.durationsInUse
        .filter((use) => use.eventDayId === old.id && use.durationMinutes === duration)
        .map((use) => use.recruiterName);
      if (users.length > 0)
        problems.push(
          t('errors.events.durationInUse', {
            minutes: duration,
            date,
            names: users.join(', '),
            count: users.length,
          }),
        );
    }
  }
  return problems;
}
