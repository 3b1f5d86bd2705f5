import { request } from 'playwright-core';
import { inject } from 'vitest';
import type { RecruiterDetailsInput } from '../../src/shared/schemas/availability.schemas.js';
import type { Event } from '../../src/shared/schemas/events.schemas.js';
import type { RegisteredCompany } from '../../src/shared/schemas/registrations.schemas.js';
import { DEMO_PASSWORD } from '../pages/LoginPage.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './accounts.js';
import { ApiSession } from './api.js';
import { confirmAvailability, findEvent, openSlots, teamMember } from './chats-setup.js';
import { Mailbox } from './mail.js';

export interface Newcomer {
  name: string;
  email: string;
}

export interface NewRecruiter extends Newcomer {
  company: string;
}

/**
 * Registers someone at an event of the demo organizer (the demo event unless named; `register` gets the event's
 * id) and accepts their invitation with the demo password, so they log in like the demo accounts.
 */
async function registerAndAccept(
  newcomer: Newcomer,
  register: (organizer: ApiSession, eventId: string) => Promise<unknown>,
  eventName = DEMO_EVENT,
) {
  const organizer = await ApiSession.login(ORGANIZER);
  const mailbox = new Mailbox().mark();
  try {
    await register(organizer, (await findEvent(organizer, eventName)).id);
  } finally {
    await organizer.dispose();
  }
  // The outbox sends in order: after another file's import of hundreds of talents, this invitation waits its turn.
  const invitation = await mailbox.waitFor(newcomer.email, /^You are invited to /, 90_000);
  const token = /accept-invitation\?token=([\w-]+)/.exec(invitation.text)?.[1];
  if (!token) throw new Error(`No invitation link in: ${invitation.text}`);
  const http = await request.newContext({ baseURL: inject('baseURL') });
  try {
    const accepted = await http.post('/api/auth/tokens/use', { data: { token, password: DEMO_PASSWORD } });
    if (!accepted.ok()) throw new Error(`Could not accept the invitation: ${await accepted.text()}`);
  } finally {
    await http.dispose();
  }
}

/**
 * A recruiter with no availability yet, in a company of their own at the demo event: the demo recruiters' calendars
 * are changed by other test files.
 */
export async function newDemoRecruiter(eventName?: string): Promise<NewRecruiter> {
  const tag = runTag();
  const recruiter = { name: `Kim Keys ${tag}`, email: `keys-${tag}@e2e.parley.test`, company: `Keys ${tag}` };
  await registerAndAccept(
    recruiter,
    (organizer, eventId) =>
      organizer.post<RegisteredCompany>(`/api/events/${eventId}/companies`, {
        name: recruiter.company,
        recruiters: [{ name: recruiter.name, email: recruiter.email }],
      }),
    eventName,
  );
  return recruiter;
}

/**
 * A talent of the demo event with no chat yet, named `first` plus a run tag: a test that opens a chat with a demo
 * recruiter (one open chat per pair) needs a talent no other test file uses.
 */
export async function newDemoTalent(first: string, eventName?: string): Promise<Newcomer> {
  const tag = runTag();
  const talent = { name: `${first} ${tag}`, email: `${first.toLowerCase()}-${tag}@e2e.parley.test` };
  await registerAndAccept(
    talent,
    (organizer, eventId) => organizer.post(`/api/events/${eventId}/talents`, talent),
    eventName,
  );
  return talent;
}

/** A new recruiter (`newDemoRecruiter`) with 30-minute slots open at 14:00, 14:30 and 15:00 on the event's last day. */
export async function newcomerWithSlots(event: Event) {
  const recruiter = await newDemoRecruiter();
  const api = await ApiSession.login(recruiter.email);
  try {
    const me = await teamMember(api, event.id, recruiter.email);
    const lastDay = event.days.at(-1)!;
    await openSlots(api, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: lastDay.id,
      durationMinutes: 30,
      labels: ['14:00', '14:30', '15:00'],
    });
    return { ...recruiter, id: me.recruiter.id, day: lastDay };
  } finally {
    await api.dispose();
  }
}

/** `newcomerWithSlots`, confirmed (asking talents `question`, if given). */
export async function bookableNewcomer(event: Event, question?: string) {
  const recruiter = await newcomerWithSlots(event);
  const api = await ApiSession.login(recruiter.email);
  try {
    await confirmAvailability(api, {
      eventId: event.id,
      recruiterId: recruiter.id,
      details: question ? { customQuestion: question } : {},
    });
  } finally {
    await api.dispose();
  }
  return recruiter;
}

/**
 * A newcomer recruiter of the event with the slots `labels` of its first day open (at its first duration) and their
 * availability confirmed with `details`: talents find them in the list.
 */
export async function listedRecruiter(
  event: Event,
  eventName: string,
  labels: string[],
  details: Partial<RecruiterDetailsInput> = {},
) {
  const recruiter = await newDemoRecruiter(eventName);
  const api = await ApiSession.login(recruiter.email);
  try {
    const me = await teamMember(api, event.id, recruiter.email);
    await openSlots(api, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: event.days[0]!.id,
      durationMinutes: event.days[0]!.durations[0]!,
      labels,
    });
    await confirmAvailability(api, { eventId: event.id, recruiterId: me.recruiter.id, details });
    return { ...recruiter, id: me.recruiter.id };
  } finally {
    await api.dispose();
  }
}
