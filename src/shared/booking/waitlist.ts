import type { DayMode } from '../schemas/events.schemas.js';
import { MIN_CHAT_MINUTES } from './limits.js';
import type { SlotStatus } from '../schemas/availability.schemas.js';
import type { BookingModeName } from './booking-window.js';
import type { ChatState } from './chat-phase.js';
import type { TimeRange } from './overlap.js';

/*
 * The waitlist's rules without I/O: who may be offered a freed time, and until when the offer holds it.
 */

/**
 * How a waitlisted talent could take a recruiter's time right now, so how an offer reaches them: their chat waiting
 * for a time (`in_scheduling`, `invited`) is offered it; with no open chat, a recruiter taking direct bookings gets
 * a new chat offered; anything else (a request not yet approved, a chat booked or already offered) is not eligible.
 */
export function offerRoute(
  mode: BookingModeName,
  openChatState: ChatState | null,
): 'offer_chat' | 'new_chat' | null {
  if (openChatState === 'in_scheduling' || openChatState === 'invited') return 'offer_chat';
  if (openChatState === null && mode === 'direct') return 'new_chat';
  return null;
}

/** A place on a waitlist: who waits, and since when. */
interface WaitlistPlace {
  talentId: string;
  joinedAt: Date;
}

/**
 * Who waits for a recruiter's freed time, in order: the recruiter's own waitlist and their company's merged by the
 * time of joining (talents who joined at the same instant by id, as each list is ordered); a talent on both lists
 * keeps their earlier place, listed once.
 */
export function mergeWaitlists<T extends WaitlistPlace>(...lists: readonly (readonly T[])[]): T[] {
  const ordered = lists
    .flat()
    .sort(
      (a, b) =>
        a.joinedAt.getTime() - b.joinedAt.getTime() ||
        (a.talentId < b.talentId ? -1 : a.talentId > b.talentId ? 1 : 0),
    );
  const listed = new Set<string>();
  return ordered.filter((place) => !listed.has(place.talentId) && Boolean(listed.add(place.talentId)));
}

/** The event's hold times of an offer, in minutes: on the event's own days, and before them. */
export interface OfferHolds {
  offerHoldMinutes: number;
  offerHoldMinutesOnEventDays: number;
}

/**
 * When an offer made at `now` lapses: after the event's hold (the shorter one on the event's days), never later
 * than the time can still be taken (`takeBy`).
 */
export function offerExpiry(input: {
  holds: OfferHolds;
  onEventDay: boolean;
  now: Date;
  takeBy: Date;
}): Date {
  const { holds, now } = input;
  const minutes = input.onEventDay ? holds.offerHoldMinutesOnEventDays : holds.offerHoldMinutes;
  return new Date(Math.min(now.getTime() + minutes * 60_000, input.takeBy.getTime()));
}

/** A time that may be offered: a free slot, or the rest of one under way. */
export interface OfferableTime extends TimeRange {
  /** The last moment the offer may still be accepted: a slot's start, or while a chat still fits in the rest. */
  takeBy: Date;
}

/** A free slot ahead, offered whole: accepted before it starts. */
export const wholeSlot = (slot: TimeRange): OfferableTime => ({ ...slot, takeBy: slot.startsAt });

const MINUTE_MS = 60_000;

/**
 * The rest of a slot under way, which a waitlisted talent may be offered on the spot: on a virtual day (in person,
 * the booth's walk-in queue fills it), opened by the recruiter and held by nobody (a no-show's, or one nobody
 * booked), from `from` (the offer's start; by default `now` to the minute) until the slot's end, while at least
 * the shortest chat still fits after `now`. Null when the slot has no such rest.
 */
export function restOfSlot(
  slot: TimeRange & { status: SlotStatus },
  dayMode: DayMode,
  now: Date,
  from: Date = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS),
): OfferableTime | null {
  const takeBy = new Date(slot.endsAt.getTime() - MIN_CHAT_MINUTES * MINUTE_MS);
  const underWay = slot.startsAt.getTime() < now.getTime();
  const within = slot.startsAt.getTime() <= from.getTime() && from.getTime() < slot.endsAt.getTime();
  if (
    dayMode !== 'virtual' ||
    slot.status !== 'available' ||
    !underWay ||
    !within ||
    now.getTime() >= takeBy.getTime()
  )
    return null;
  return { startsAt: from, endsAt: slot.endsAt, takeBy };
}
