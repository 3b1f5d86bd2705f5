import { zonedTimeToUtc } from '../time/zoned.js';
import { MIN_CHAT_MINUTES } from './limits.js';
import { defaultDuration, type DayHours } from './grid.js';
import { firstOverlapping, type TimeRange } from './overlap.js';

/**
 * The walk-in queue at a company's booth on an in-person day: whether the queue is open, whether a recruiter is in
 * a gap now (free time before their next booked chat) and how long a talent in the queue can expect to wait.
 */

export interface QueueDay extends DayHours {
  id: string;
  mode: 'virtual' | 'in_person';
  durations: readonly number[];
}

/** A day's opening hours as instants: from its opening to its close on the event's wall clock. */
export function dayRange(day: DayHours, timeZone: string): TimeRange {
  return {
    startsAt: zonedTimeToUtc(day.date, day.opensAtMinute, timeZone),
    endsAt: zonedTimeToUtc(day.date, day.closesAtMinute, timeZone),
  };
}

/**
 * The in-person day under way at `now` (from its opening, up to but not at its close), if any: the only time
 * talents may queue at booths.
 */
export function walkInDayAt<D extends QueueDay>(
  days: readonly D[],
  now: Date,
  timeZone: string,
): D | undefined {
  const instant = { startsAt: now, endsAt: new Date(now.getTime() + 1) };
  return days.find((day) => day.mode === 'in_person' && firstOverlapping(instant, [dayRange(day, timeZone)]));
}

export type RecruiterGap =
  /** Free now: a walk-in chat may run from now until `until` (the next chat, the cap or the close). */
  | { free: true; until: Date; nextChatAt: Date | null }
  /** In a booked chat, or too close to the next one for a walk-in. */
  | { free: false; busyUntil: Date | null; nextChatAt: Date | null };

/**
 * Whether a recruiter is in a gap at `now`, from their booked chats: the free time before their next booked chat,
 * capped by the day's default duration and its close. Ranges are half-open (`overlap.ts`): a chat ending now leaves
 * the recruiter free, one starting now makes them busy. A gap shorter than the shortest chat (`MIN_CHAT_MINUTES`) is no gap.
 */
export function recruiterGapAt(input: {
  now: Date;
  bookings: readonly TimeRange[];
  day: QueueDay;
  timeZone: string;
}): RecruiterGap {
  const { now, bookings } = input;
  const sorted = [...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const nextChatAt = sorted.find((b) => b.startsAt.getTime() > now.getTime())?.startsAt ?? null;
  const current = firstOverlapping({ startsAt: now, endsAt: new Date(now.getTime() + 1) }, sorted);
  if (current) return { free: false, busyUntil: current.endsAt, nextChatAt };
  const cap = now.getTime() + defaultDuration(input.day.durations) * 60_000;
  const close = dayRange(input.day, input.timeZone).endsAt.getTime();
  const until = Math.min(cap, close, nextChatAt?.getTime() ?? Number.POSITIVE_INFINITY);
  if (until - now.getTime() < MIN_CHAT_MINUTES * 60_000) return { free: false, busyUntil: null, nextChatAt };
  return { free: true, until: new Date(until), nextChatAt };
}

/**
 * The estimated wait of the talent at `position` (1 is next) in a booth's queue, in whole minutes rounded up to 5:
 * each recruiter working that day sees one talent per default duration, and a recruiter free now takes one at
 * once. Nobody working yet counts as one recruiter, so the estimate never divides by nothing.
 */
export function estimatedWaitMinutes(input: {
  position: number;
  durationMinutes: number;
  recruitersWorking: number;
  recruitersFreeNow: number;
}): number {
  const working = Math.max(1, input.recruitersWorking);
  const ahead = input.position - Math.min(input.recruitersFreeNow, working);
  if (ahead <= 0) return 0;
  const minutes = Math.ceil(ahead / working) * input.durationMinutes;
  return Math.ceil(minutes / 5) * 5;
}

/** How the estimate reads: "about 15 minutes", "about 1 hour 5 minutes", or "any moment now". */
export function waitSentence(minutes: number): string {
  if (minutes <= 0) return 'any moment now';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest > 0 ? `${rest} minutes` : '',
  ].filter(Boolean);
  return `about ${parts.join(' ')}`;
}

/** "1st", "2nd", "3rd", "11th", "22nd": a place in line. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
