import type { Event } from '../../src/shared/schemas/events.schemas.js';
import { createEventInAWeek, openOneSlot, zonedInstant } from './chats-setup.js';
import { newDemoRecruiter } from './newcomers.js';

/* The waitlists' starting point: an event that books directly, and a recruiter whose one slot someone can take. */

/** An event of its own in a week that books directly, so the demo event's recruiters and talents are undisturbed. */
export const directFair = () => createEventInAWeek('Waitlist Fair', { bookingMode: 'direct' });

/** The start of the first slot of the event's first day, at 09:00 on its clock. */
export const nineOClockOf = (event: Event) => zonedInstant(event.days[0]!.date, '09:00', event.timeZone);

/** A confirmed recruiter of the event with a single slot open, starting at `startsAt` (09:00 by default). */
export async function recruiterWithOneSlot(event: Event, eventName: string, startsAt = nineOClockOf(event)) {
  const recruiter = await newDemoRecruiter(eventName);
  return { ...recruiter, id: await openOneSlot(event, recruiter.email, startsAt) };
}
