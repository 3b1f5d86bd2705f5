import type { Event } from '../../src/shared/schemas/events.schemas.js';
import { runTag } from './accounts.js';
import { createOwnEvent, openOneSlot, zonedInstant } from './chats-setup.js';
import { newDemoRecruiter } from './newcomers.js';

/* The waitlists' starting point: an event that books directly, and a recruiter whose one slot someone can take. */

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/** An event of its own in a week that books directly, so the demo event's recruiters and talents are undisturbed. */
export async function directFair() {
  const name = `Waitlist Fair ${runTag()}`;
  const event = await createOwnEvent({
    name,
    bookingMode: 'direct',
    days: [
      {
        date: isoDate(new Date(Date.now() + 7 * DAY_MS)),
        mode: 'virtual',
        opensAt: '09:00',
        closesAt: '12:00',
        durations: [30],
      },
    ],
  });
  return { name, event };
}

/** The start of the first slot of the event's first day, at 09:00 on its clock. */
export const nineOClockOf = (event: Event) => zonedInstant(event.days[0]!.date, '09:00', event.timeZone);

/** A confirmed recruiter of the event with a single slot open, starting at `startsAt` (09:00 by default). */
export async function recruiterWithOneSlot(event: Event, eventName: string, startsAt = nineOClockOf(event)) {
  const recruiter = await newDemoRecruiter(eventName);
  return { ...recruiter, id: await openOneSlot(event, recruiter.email, startsAt) };
}
