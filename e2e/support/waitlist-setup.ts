import type { Event } from '../../src/shared/schemas/events.schemas.js';
import { runTag } from './accounts.js';
import { ApiSession } from './api.js';
import { confirmAvailability, createOwnEvent, openSlots, teamMember } from './chats-setup.js';
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

/** A confirmed recruiter of the event with a single slot open, at 09:00. */
export async function recruiterWithOneSlot(event: Event, eventName: string) {
  const recruiter = await newDemoRecruiter(eventName);
  const api = await ApiSession.login(recruiter.email);
  try {
    const me = await teamMember(api, event.id, recruiter.email);
    await openSlots(api, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: event.days[0]!.id,
      durationMinutes: 30,
      labels: ['09:00'],
    });
    await confirmAvailability(api, { eventId: event.id, recruiterId: me.recruiter.id, details: {} });
    return { ...recruiter, id: me.recruiter.id };
  } finally {
    await api.dispose();
  }
}
