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

/** Which rule refused an action, and the sentence that names it and its number. */
export interface RuleRefusal {
  rule: BookingRuleName;
  sentence: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const hours = (n: number) => plural(n, 'hour');

/** A chat someone holds: its time and the event day it is on. */
export interface HeldChat extends TimeRange {
  chatId: string;
  eventDayId: string;
}

/** The slot an action would book, with the name of its day as the talent reads it (`Thursday 5 March`). */
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
    return {
      rule: 'minNoticeHours',
      sentence: `Chats are booked at least ${hours(rules.minNoticeHours)} before they start, the event's rule. Please pick a later time.`,
    };
  if (byTalent && rules.maxChatsPerTalent !== null && talentChats.length >= rules.maxChatsPerTalent)
    return {
      rule: 'maxChatsPerTalent',
      sentence: `You already have ${plural(talentChats.length, 'chat')} at this event, the event's limit.`,
    };
  if (byTalent && rules.maxChatsPerTalentPerDay !== null) {
    const sameDay = talentChats.filter((chat) => chat.eventDayId === slot.eventDayId).length;
    if (sameDay >= rules.maxChatsPerTalentPerDay)
      return {
        rule: 'maxChatsPerTalentPerDay',
        sentence: `You already have ${plural(sameDay, 'chat')} on ${slot.dayName}, the event's limit for one day.`,
      };
  }
  if (rules.minGapMinutes !== null) {
    const gap = rules.minGapMinutes * MINUTE_MS;
    const tooClose = talentChats.find(
      (chat) =>
        slot.startsAt.getTime() < chat.endsAt.getTime() + gap &&
        chat.startsAt.getTime() < slot.endsAt.getTime() + gap,
    );
    if (tooClose)
      return {
        rule: 'minGapMinutes',
        sentence: `The event keeps ${rules.minGapMinutes} min between a talent's chats, and this time is too close to ${byTalent ? 'your' : "the talent's"} chat at ${check.clockOf(tooClose.startsAt)}. Please pick another time.`,
      };
  }
  if (!byTalent) return null;
  const recruiterDay = others(check.recruiterChats).filter((chat) => chat.eventDayId === slot.eventDayId);
  if (rules.maxChatsPerRecruiterPerDay !== null && recruiterDay.length >= rules.maxChatsPerRecruiterPerDay)
    return {
      rule: 'maxChatsPerRecruiterPerDay',
      sentence: `${check.recruiterName} already has ${plural(recruiterDay.length, 'chat')} on ${slot.dayName}, the event's limit for a recruiter's day.`,
    };
  if (rules.breakAfterChats !== null && rules.breakMinutes !== null) {
    const run = runAround(slot, recruiterDay, rules.breakMinutes * MINUTE_MS);
    if (run > rules.breakAfterChats)
      return {
        rule: 'breakAfterChats',
        sentence: `${check.recruiterName} takes a break of ${rules.breakMinutes} min after ${plural(rules.breakAfterChats, 'chat')} in a row, the event's rule. Please pick another time.`,
      };
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
  return {
    rule: 'noShowLimit',
    sentence: `You missed ${plural(noShows, 'booked chat')} at this event, the event's limit of no-shows, so you cannot request or book new chats here. Write to the organizer if this is a mistake.`,
  };
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
  /** The event-zone wording of an instant (`Thursday 5 March at 09:00 (Europe/Berlin)`). */
  instantName: (instant: Date) => string;
}): RuleRefusal | null {
  const { rules, now } = input;
  const noShows = noShowLimitRefusal(rules, input.noShows);
  if (noShows) return noShows;
  if (rules.requestCutoffHours !== null && input.eventStartsAt) {
    const cutOff = new Date(input.eventStartsAt.getTime() - rules.requestCutoffHours * HOUR_MS);
    if (now >= cutOff)
      return {
        rule: 'requestCutoffHours',
        sentence: `Requests closed on ${input.instantName(cutOff)}, ${hours(rules.requestCutoffHours)} before the event starts.`,
      };
  }
  if (rules.maxChatsPerTalent !== null && input.heldChats >= rules.maxChatsPerTalent)
    return {
      rule: 'maxChatsPerTalent',
      sentence: `You already have ${plural(input.heldChats, 'chat')} at this event, the event's limit.`,
    };
  if (rules.maxOpenRequestsPerTalent !== null && input.openRequests >= rules.maxOpenRequestsPerTalent)
    return {
      rule: 'maxOpenRequestsPerTalent',
      sentence: `You already have ${plural(input.openRequests, 'open request')}, the event's limit. Wait for an answer, or withdraw one first.`,
    };
  return null;
}

/**
 * A recruiter's invitation of a talent who already holds the event's limit of chats: it could never be booked, so
 * it is refused before it raises the talent's hopes.
 */
export function invitationRefusal(input: { rules: BookingRules; heldChats: number }): RuleRefusal | null {
  const { rules, heldChats } = input;
  if (rules.maxChatsPerTalent === null || heldChats < rules.maxChatsPerTalent) return null;
  return {
    rule: 'maxChatsPerTalent',
    sentence: `This talent already has ${plural(heldChats, 'chat')} at this event, the event's limit.`,
  };
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
  const verb = action === 'reschedule' ? 'rescheduled' : 'cancelled';
  if (
    rules.changeCutoffHours !== null &&
    input.startsAt.getTime() - input.now.getTime() < rules.changeCutoffHours * HOUR_MS
  )
    return {
      rule: 'changeCutoffHours',
      sentence: `Chats can no longer be ${verb} less than ${hours(rules.changeCutoffHours)} before they start, the event's rule. Write to the recruiter in the chat instead.`,
    };
  if (
    action === 'reschedule' &&
    rules.maxReschedulesPerChat !== null &&
    input.reschedules >= rules.maxReschedulesPerChat
  )
    return {
      rule: 'maxReschedulesPerChat',
      sentence:
        rules.maxReschedulesPerChat === 0
          ? "Chats at this event cannot be rescheduled, the event's rule. You can cancel it instead."
          : `You already rescheduled this chat ${plural(input.reschedules, 'time')}, the event's limit.`,
    };
  return null;
}

/** The rules in effect, one sentence each, as talents and recruiters read them on the event page. */
export function ruleSentences(rules: BookingRules): string[] {
  const lines: string[] = [];
  if (rules.maxChatsPerTalent !== null)
    lines.push(`A talent books at most ${plural(rules.maxChatsPerTalent, 'chat')} at this event.`);
  if (rules.maxChatsPerTalentPerDay !== null)
    lines.push(`A talent books at most ${plural(rules.maxChatsPerTalentPerDay, 'chat')} a day.`);
  if (rules.maxOpenRequestsPerTalent !== null)
    lines.push(`A talent has at most ${plural(rules.maxOpenRequestsPerTalent, 'open request')} at once.`);
  if (rules.maxChatsPerRecruiterPerDay !== null)
    lines.push(`A recruiter has at most ${plural(rules.maxChatsPerRecruiterPerDay, 'chat')} a day.`);
  if (rules.breakAfterChats !== null && rules.breakMinutes !== null)
    lines.push(
      `Recruiters take a ${rules.breakMinutes} min break after ${plural(rules.breakAfterChats, 'chat')} in a row.`,
    );
  if (rules.minGapMinutes !== null)
    lines.push(`At least ${rules.minGapMinutes} min between a talent's chats.`);
  if (rules.minNoticeHours !== null)
    lines.push(`Chats are booked at least ${hours(rules.minNoticeHours)} ahead.`);
  if (rules.requestCutoffHours !== null)
    lines.push(`Requests close ${hours(rules.requestCutoffHours)} before the event starts.`);
  if (rules.changeCutoffHours !== null)
    lines.push(`Talents reschedule or cancel at the latest ${hours(rules.changeCutoffHours)} before a chat.`);
  if (rules.maxReschedulesPerChat !== null)
    lines.push(
      rules.maxReschedulesPerChat === 0
        ? 'Talents cannot reschedule a chat.'
        : `A talent reschedules a chat at most ${plural(rules.maxReschedulesPerChat, 'time')}.`,
    );
  if (rules.noShowLimit !== null)
    lines.push(
      `After ${plural(rules.noShowLimit, 'no-show')}, a talent cannot request or book more chats at this event.`,
    );
  return lines;
}
