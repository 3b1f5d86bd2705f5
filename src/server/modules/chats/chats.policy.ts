import { bookingWindowAt, bookingWindowSentence } from '../../../shared/booking/booking-window.js';
import type { SessionUser } from '../../context.js';
import type { EventRow } from '../events/index.js';
import { chatErrors } from './chats.errors.js';
import type { ChatActor } from './chats.transitions.js';
import type { ChatView } from './chats.repository.js';

/**
 * Who someone is to a chat: its talent, or the recruiter's side (the recruiter or any colleague of the same
 * company, while that company attends the chat's event). Anyone else is nobody to it, and hears that it does not
 * exist.
 */
export function actorOf(
  user: SessionUser,
  view: Pick<ChatView, 'chat' | 'company' | 'companyAttends'>,
): Exclude<ChatActor, 'system'> | null {
  if (user.role === 'talent' && user.id === view.chat.talentId) return 'talent';
  if (user.role === 'recruiter' && user.companyId === view.company.id && view.companyAttends)
    return 'recruiter';
  return null;
}

/**
 * A talent requests, books or picks a time only while the event's booking window is open (`bookingWindowAt`); the
 * refusal says when it opens or when it closed. The recruiters' side is not limited by it.
 */
export function refuseOutsideBookingWindow(event: EventRow, now: Date): void {
  const phase = bookingWindowAt(event, now);
  const sentence = bookingWindowSentence(phase, event.timeZone) ?? undefined;
  if (phase.phase === 'not_yet_open') throw chatErrors.bookings_not_open(sentence);
  if (phase.phase === 'closed') throw chatErrors.bookings_closed(sentence);
}
