import type { BookingModeName } from './booking-window.js';
import type { ChatState } from './chat-phase.js';

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

export const offerHoldBounds = { min: 1, max: 1440 } as const;

/**
 * When an offer made at `now` lapses: after the event's hold (the shorter one on the event's days), never later
 * than the slot's start.
 */
export function offerExpiry(input: {
  holds: OfferHolds;
  onEventDay: boolean;
  now: Date;
  slotStartsAt: Date;
}): Date {
  const { holds, now } = input;
  const minutes = input.onEventDay ? holds.offerHoldMinutesOnEventDays : holds.offerHoldMinutes;
  return new Date(Math.min(now.getTime() + minutes * 60_000, input.slotStartsAt.getTime()));
}
