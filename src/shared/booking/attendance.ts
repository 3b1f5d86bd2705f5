import { ROOM_OPENS_MINUTES_BEFORE } from './chat-phase.js';
import type { TimeRange } from './overlap.js';

/*
 * Who came to a booked chat: check-ins (`I'm here`), a talent's word that they are running late, and the no-show a
 * recruiter's side (or the clock) marks when the talent did not come. Pure rules, read by the server to refuse and by
 * the web to show the buttons.
 */

const MINUTE_MS = 60_000;

/** Check-in opens as the video room does: ten minutes before the start, until the end. */
export const CHECK_IN_OPENS_MINUTES_BEFORE = ROOM_OPENS_MINUTES_BEFORE;

/** The one-tap choices of `Running … minutes late`. */
export const runningLateChoices = [5, 10] as const;
export type RunningLateMinutes = (typeof runningLateChoices)[number];

/** The organizer's `No-show after (minutes)`: its default and the range the database checks. */
export const NO_SHOW_AFTER_DEFAULT = 5;
export const noShowAfterBounds = { min: 1, max: 60 } as const;

/** Why `I'm here` is refused at `now`, or null while the chat's check-in is open. */
export function checkInRefusal(chat: TimeRange, now: Date): 'too_early' | 'ended' | null {
  if (now.getTime() < chat.startsAt.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * MINUTE_MS) return 'too_early';
  if (now >= chat.endsAt) return 'ended';
  return null;
}

/** Whether `I'm here` is offered at `now`: a confirmed chat inside its check-in window. */
export const canCheckIn = (chat: TimeRange & { state: string }, now: Date): boolean =>
  chat.state === 'confirmed' && checkInRefusal(chat, now) === null;

/** A talent says they are running late until the chat's start; after it they are simply late. */
export const canSayRunningLate = (chat: TimeRange & { state: string }, now: Date): boolean =>
  chat.state === 'confirmed' && checkInRefusal(chat, now) !== 'ended';

/** From when a talent who has not checked in may be marked a no-show: the start plus the event's minutes. */
export const noShowFrom = (startsAt: Date, noShowAfterMinutes: number): Date =>
  new Date(startsAt.getTime() + noShowAfterMinutes * MINUTE_MS);

/**
 * Why a no-show cannot be marked at `now`, or null when it can: before the start plus the event's minutes it is
 * too early, and a talent who checked in came. (Who may mark it, and from which state, is the state machine's.)
 */
export function noShowRefusal(input: {
  startsAt: Date;
  noShowAfterMinutes: number;
  talentCheckedIn: boolean;
  now: Date;
}): 'too_early' | 'checked_in' | null {
  if (input.talentCheckedIn) return 'checked_in';
  if (input.now < noShowFrom(input.startsAt, input.noShowAfterMinutes)) return 'too_early';
  return null;
}

/** Where the talent stands for the recruiter at `now`: here, said they are running late, late, or not due yet. */
export type TalentPresence = 'here' | 'running_late' | 'late' | 'expected';

export function talentPresence(
  chat: { startsAt: Date; talentCheckedIn: boolean; runningLateMinutes: number | null },
  now: Date,
): TalentPresence {
  if (chat.talentCheckedIn) return 'here';
  if (chat.runningLateMinutes !== null) return 'running_late';
  return now >= chat.startsAt ? 'late' : 'expected';
}
