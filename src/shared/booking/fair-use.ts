import type { MessageRef } from '../i18n/translator.js';
import type { TimeRange } from './overlap.js';

/**
 * The organizer's fair-use rules of an event: limits that stop talents hoarding chats and last-minute churn, and
 * keep recruiters' days humane. Each rule is off while null. They bind what talents do; the recruiter's side may
 * knowingly go past its own limits (a move it makes), but never past the gap a talent needs between chats.
 */
export interface BookingRules {
  /** Confirmed (or completed) chats a talent may hold at the event. */
  maxChatsPerTalent: number | null;
  /** …on one day of the event. */
  maxChatsPerTalentPerDay: number | null;
  /** Requests a talent may have waiting for an answer or a time at once. */
  maxOpenRequestsPerTalent: number | null;
  /** Chats a recruiter holds on one day. */
  maxChatsPerRecruiterPerDay: number | null;
  /** After this many chats in a row a recruiter has a break of `breakMinutes` (both set or neither). */
  breakAfterChats: number | null;
  breakMinutes: number | null;
  /** Minutes between the end of a talent's chat and the start of their next (to get from booth to booth). */
  minGapMinutes: number | null;
  /** A talent books a slot at least this many hours before it starts. */
  minNoticeHours: number | null;
  /** New requests stop this many hours before the event's first day opens. */
  requestCutoffHours: number | null;
  /** A talent reschedules or cancels a confirmed chat at the latest this many hours before it starts. */
  changeCutoffHours: number | null;
  /** How often a talent may reschedule one chat. */
  maxReschedulesPerChat: number | null;
  /** After this many no-shows at the event a talent sends no new requests and books nothing more. */
  noShowLimit: number | null;
}

export type BookingRuleName = keyof BookingRules;

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export const bookingRuleNames = [
  'maxChatsPerTalent',
  'maxChatsPerTalentPerDay',
  'maxOpenRequestsPerTalent',
  'maxChatsPerRecruiterPerDay',
  'breakAfterChats',
  'breakMinutes',
  'minGapMinutes',
  'minNoticeHours',
  'requestCutoffHours',
  'changeCutoffHours',
  'maxReschedulesPerChat',
  'noShowLimit',
] as const satisfies readonly BookingRuleName[];

/** The values each rule may take; the database checks the same ranges. */
export const bookingRuleBounds: Record<BookingRuleName, { min: number; max: number }> = {
  maxChatsPerTalent: { min: 1, max: 100 },
  maxChatsPerTalentPerDay: { min: 1, max: 50 },
  maxOpenRequestsPerTalent: { min: 1, max: 100 },
  maxChatsPerRecruiterPerDay: { min: 1, max: 100 },
  breakAfterChats: { min: 1, max: 50 },
  breakMinutes: { min: 5, max: 240 },
  minGapMinutes: { min: 5, max: 240 },
  minNoticeHours: { min: 1, max: 720 },
  requestCutoffHours: { min: 1, max: 720 },
  changeCutoffHours: { min: 1, max: 720 },
  maxReschedulesPerChat: { min: 0, max: 20 },
  noShowLimit: { min: 1, max: 20 },
};

export const noBookingRules: BookingRules = Object.fromEntries(
  bookingRuleNames.map((name) => [name, null]),
) as Record<BookingRuleName, null>;

export const pickBookingRules = (source: BookingRules): BookingRules =>
  Object.fromEntries(bookingRuleNames.map((name) => [name, source[name]])) as unknown as BookingRules;

/**
 * The rules that count what a talent holds: while one is set, two actions of the same talent at once must take
 * turns, or both could pass the count. The same for a recruiter.
 */
export const talentTurnRules = [
  'maxChatsPerTalent',
  'maxChatsPerTalentPerDay',
  'minGapMinutes',
  'maxOpenRequestsPerTalent',
] as const satisfies readonly BookingRuleName[];
export const recruiterTurnRules = [
  'maxChatsPerRecruiterPerDay',
  'breakAfterChats',
] as const satisfies readonly BookingRuleName[];

/** The earliest start a talent may book at `now`: the minimum notice ahead, or `now` without one. */
export function earliestBookableStart(rules: Pick<BookingRules, 'minNoticeHours'>, now: Date): Date {
  return rules.minNoticeHours === null ? now : new Date(now.getTime() + rules.minNoticeHours * HOUR_MS);
}

/** The sentences of the refusals, worded by the server's catalogs (`errors.fairUse.*`) in the reader's language. */
type RefusalKey =
  | 'errors.fairUse.minNotice'
  | 'errors.fairUse.talentChats'
  | 'errors.fairUse.talentDay'
  | 'errors.fairUse.gapToYours'
  | 'errors.fairUse.gapToTalents'
  | 'errors.fairUse.recruiterDay'
  | 'errors.fairUse.recruiterBreak'
  | 'errors.fairUse.noShows'
  | 'errors.fairUse.requestsClosed'
  | 'errors.fairUse.openRequests'
  | 'errors.fairUse.invitedTalentChats'
  | 'errors.fairUse.changeCutOff'
  | 'errors.fairUse.noReschedules'
  | 'errors.fairUse.rescheduleLimit';

/** Which rule refused an action, and the sentence that names it and its number. */
export interface RuleRefusal {
  rule: BookingRuleName;
  message: MessageRef<RefusalKey>;
}

const refusal = (rule: BookingRuleName, key: RefusalKey, values: MessageRef['values'] = {}): RuleRefusal => ({
  rule,
  message: { key, values },
});

/** A chat someone holds: its time and the event day it is on. */
export interface HeldChat extends TimeRange {
  chatId: string;
  eventDayId: string;
}

/** The slot an action would book, with the name of its day in the reader's language (`Thursday 5 March`). */
interface CandidateSlot extends TimeRange {
  eventDayId: string;
  dayName: string;
}

export interface BookingCheck {
  rules: BookingRules;
  slot: CandidateSlot;
  /** Who books: a talent is bound by every rule; the recruiter's side only by the talent's gap. */
  bookedBy: 'talent' | 'recruiter';
  /** The chat being booked, left out of the counts when it already holds a time (a move). */
  chatId?: string;
  talentChats: readonly HeldChat[];
  recruiterChats: readonly HeldChat[];
  recruiterName: string;
  /** The talent's no-shows at the event. */
  noShows: number;
  /**
   * The rest of a slot under way, offered from a waitlist: the notice rule bounds what talents book ahead, and this
   * time is taken on the spot or never.
   */
  onTheSpot?: boolean;
  now: Date;
  /** The event-zone clock of an instant (`10:00`), for sentences that name another chat. */
  clockOf: (instant: Date) => string;
}

/**
 * The first fair-use rule that booking `slot` would break, or null. The server runs it inside the booking's
 * transaction, after bookings of the same talent and recruiter took their turn, so two at once cannot both pass.
 */
export function bookingRefusal(check: BookingCheck): RuleRefusal | null {
  const { rules, slot, now } = check;
  const others = (chats: readonly HeldChat[]) => chats.filter((chat) => chat.chatId !== check.chatId);
  const talentChats = others(check.talentChats);
  const byTalent = check.bookedBy === 'talent';

  if (byTalent) {
    const noShows = noShowLimitRefusal(rules, check.noShows);
    if (noShows) return noShows;
  }
  if (
    byTalent &&
    !check.onTheSpot &&
    rules.minNoticeHours !== null &&
    slot.startsAt.getTime() - now.getTime() < rules.minNoticeHours * HOUR_MS
  )
    return refusal('minNoticeHours', 'errors.fairUse.minNotice', { hours: rules.minNoticeHours });
  if (byTalent && rules.maxChatsPerTalent !== null && talentChats.length >= rules.maxChatsPerTalent)
    return refusal('maxChatsPerTalent', 'errors.fairUse.talentChats', { count: talentChats.length });
  if (byTalent && rules.maxChatsPerTalentPerDay !== null) {
    const sameDay = talentChats.filter((chat) => chat.eventDayId === slot.eventDayId).length;
    if (sameDay >= rules.maxChatsPerTalentPerDay)
      return refusal('maxChatsPerTalentPerDay', 'errors.fairUse.talentDay', {
        count: sameDay,
        day: slot.dayName,
      });
  }
  if (rules.minGapMinutes !== null) {
    const gap = rules.minGapMinutes * MINUTE_MS;
    const tooClose = talentChats.find(
      (chat) =>
        slot.startsAt.getTime() < chat.endsAt.getTime() + gap &&
        chat.startsAt.getTime() < slot.endsAt.getTime() + gap,
    );
    if (tooClose)
      return refusal(
        'minGapMinutes',
        byTalent ? 'errors.fairUse.gapToYours' : 'errors.fairUse.gapToTalents',
        {
          minutes: rules.minGapMinutes,
          clock: check.clockOf(tooClose.startsAt),
        },
      );
  }
  if (!byTalent) return null;
  const recruiterDay = others(check.recruiterChats).filter((chat) => chat.eventDayId === slot.eventDayId);
  if (rules.maxChatsPerRecruiterPerDay !== null && recruiterDay.length >= rules.maxChatsPerRecruiterPerDay)
    return refusal('maxChatsPerRecruiterPerDay', 'errors.fairUse.recruiterDay', {
      recruiter: check.recruiterName,
      count: recruiterDay.length,
      day: slot.dayName,
    });
  if (rules.breakAfterChats !== null && rules.breakMinutes !== null) {
    const run = runAround(slot, recruiterDay, rules.breakMinutes * MINUTE_MS);
    if (run > rules.breakAfterChats)
      return refusal('breakAfterChats', 'errors.fairUse.recruiterBreak', {
        recruiter: check.recruiterName,
        minutes: rules.breakMinutes,
        count: rules.breakAfterChats,
      });
  }
  return null;
}

/**
 * How many chats in a row `slot` would be part of: chats follow each other when less than `breakMs` lies between
 * one's end and the next one's start.
 */
function runAround(slot: TimeRange, chats: readonly TimeRange[], breakMs: number): number {
  const sorted = [...chats, slot].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const at = sorted.indexOf(slot);
  const follows = (earlier: TimeRange, later: TimeRange) =>
    later.startsAt.getTime() - earlier.endsAt.getTime() < breakMs;
  let first = at;
  while (first > 0 && follows(sorted[first - 1]!, sorted[first]!)) first -= 1;
  let last = at;
  while (last < sorted.length - 1 && follows(sorted[last]!, sorted[last + 1]!)) last += 1;
  return last - first + 1;
}

/** A talent at the event's limit of no-shows books and requests nothing more. */
function noShowLimitRefusal(rules: Pick<BookingRules, 'noShowLimit'>, noShows: number): RuleRefusal | null {
  if (rules.noShowLimit === null || noShows < rules.noShowLimit) return null;
  return refusal('noShowLimit', 'errors.fairUse.noShows', { count: noShows });
}

/**
 * A talent's new request, refused by the cut-off before the event, the limit of chats (a request beyond it could
 * never be booked) or the limit of open requests.
 */
export function requestRefusal(input: {
  rules: BookingRules;
  openRequests: number;
  /** The chats the talent holds at the event: at the event's limit a request could never be booked. */
  heldChats: number;
  /** The talent's no-shows at the event. */
  noShows: number;
  /** When the event's first day opens, or null for an event without days. */
  eventStartsAt: Date | null;
  now: Date;
  /** The event-zone wording of an instant in the reader's language (`Thursday 5 March at 09:00 (Europe/Berlin)`). */
  instantName: (instant: Date) => string;
}): RuleRefusal | null {
  const { rules, now } = input;
  const noShows = noShowLimitRefusal(rules, input.noShows);
  if (noShows) return noShows;
  if (rules.requestCutoffHours !== null && input.eventStartsAt) {
    const cutOff = new Date(input.eventStartsAt.getTime() - rules.requestCutoffHours * HOUR_MS);
    if (now >= cutOff)
      return refusal('requestCutoffHours', 'errors.fairUse.requestsClosed', {
        when: input.instantName(cutOff),
        hours: rules.requestCutoffHours,
      });
  }
  if (rules.maxChatsPerTalent !== null && input.heldChats >= rules.maxChatsPerTalent)
    return refusal('maxChatsPerTalent', 'errors.fairUse.talentChats', { count: input.heldChats });
  if (rules.maxOpenRequestsPerTalent !== null && input.openRequests >= rules.maxOpenRequestsPerTalent)
    return refusal('maxOpenRequestsPerTalent', 'errors.fairUse.openRequests', { count: input.openRequests });
  return null;
}

/**
 * A recruiter's invitation of a talent who already holds the event's limit of chats: it could never be booked, so
 * it is refused before it raises the talent's hopes.
 */
export function invitationRefusal(input: { rules: BookingRules; heldChats: number }): RuleRefusal | null {
  const { rules, heldChats } = input;
  if (rules.maxChatsPerTalent === null || heldChats < rules.maxChatsPerTalent) return null;
  return refusal('maxChatsPerTalent', 'errors.fairUse.invitedTalentChats', { count: heldChats });
}

/** A talent's reschedule or cancellation of a confirmed chat, refused by the cut-off or the reschedule limit. */
export function changeRefusal(input: {
  rules: BookingRules;
  action: 'reschedule' | 'cancel';
  startsAt: Date;
  /** How often the talent rescheduled this chat before. */
  reschedules: number;
  now: Date;
}): RuleRefusal | null {
  const { rules, action } = input;
  if (
    rules.changeCutoffHours !== null &&
    input.startsAt.getTime() - input.now.getTime() < rules.changeCutoffHours * HOUR_MS
  )
    return refusal('changeCutoffHours', 'errors.fairUse.changeCutOff', {
      action,
      hours: rules.changeCutoffHours,
    });
  if (
    action === 'reschedule' &&
    rules.maxReschedulesPerChat !== null &&
    input.reschedules >= rules.maxReschedulesPerChat
  )
    return rules.maxReschedulesPerChat === 0
      ? refusal('maxReschedulesPerChat', 'errors.fairUse.noReschedules')
      : refusal('maxReschedulesPerChat', 'errors.fairUse.rescheduleLimit', { count: input.reschedules });
  return null;
}
