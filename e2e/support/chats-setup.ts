import type {
  RecruiterAvailability,
  RecruiterDetailsInput,
  TeamOverviewResponse,
} from '../../src/shared/schemas/availability.schemas.js';
import type { Chat, FreeSlotsResponse } from '../../src/shared/schemas/chats.schemas.js';
import type { RoomInfo } from '../../src/shared/schemas/rooms.schemas.js';
import { noBookingRules } from '../../src/shared/booking/fair-use.js';
import {
  type Event,
  type EventDayInput,
  type EventInput,
  type EventSummary,
  inputOfEvent,
} from '../../src/shared/schemas/events.schemas.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './accounts.js';
import { ApiSession } from './api.js';
import { clockOf, zoneNearest } from './daytime.js';

/**
 * Fast set-up of 1-1 chat state through the API, for what a test needs as its starting point but does not test.
 */

export async function findEvent(api: ApiSession, name: string): Promise<Event> {
  const { events } = await api.get<{ events: EventSummary[] }>('/api/events');
  const summary = events.find((event) => event.name === name);
  if (!summary) throw new Error(`No event named ${name}`);
  return api.get<Event>(`/api/events/${summary.id}`);
}

/** The body that saves the event as it is, but for the settings given. */
export function eventInputOf(event: Event, changes: Partial<EventInput> = {}): EventInput {
  return { ...inputOfEvent(event), ...changes };
}

/**
 * A published event of the demo organizer that no other test file sees, in `Europe/Berlin` with both sides asking
 * unless `input` says otherwise; `talents` (existing accounts) are registered before it is published.
 */
export async function createOwnEvent(
  input: Pick<EventInput, 'name' | 'days'> & Partial<EventInput>,
  talents: { email: string; name: string }[] = [],
): Promise<Event> {
  const organizer = await ApiSession.login(ORGANIZER);
  try {
    const event = await organizer.post<Event>('/api/events', {
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      ...input,
    });
    for (const talent of talents) await organizer.post(`/api/events/${event.id}/talents`, talent);
    await organizer.post(`/api/events/${event.id}/publish`);
    return event;
  } finally {
    await organizer.dispose();
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo's confirmed chat of Alex Morgan (`recruiter1`) and Taylor Kim, which starts when the demo data is created
 * and lasts 30 minutes: its room is open while the demo data is fresh.
 */
export async function demoRoomChat(): Promise<Chat> {
  const alex = await ApiSession.login('recruiter1@demo.parley.test');
  try {
    const event = await findEvent(alex, DEMO_EVENT);
    const { chats } = await alex.get<{ chats: Chat[] }>(`/api/events/${event.id}/chats?recruiterId=mine`);
    const chat = chats.find((c) => c.talent.name === 'Taylor Kim' && c.state === 'confirmed');
    if (!chat) throw new Error('The demo chat of Alex and Taylor is not confirmed');
    const room = await alex.get<RoomInfo>(`/api/chats/${chat.id}/room`);
    if (room.status !== 'open') {
      throw new Error(
        `The demo chat's room is ${room.status}: it is open for 30 minutes after the app started`,
      );
    }
    return chat;
  } finally {
    await alex.dispose();
  }
}

/**
 * An event of its own (`title` and the run's tag) in a week, one virtual day from 09:00 to 12:00 in 30-minute chats,
 * so the demo event's recruiters and talents are undisturbed.
 */
export async function createEventInAWeek(
  title: string,
  settings: Partial<EventInput> = {},
): Promise<{ name: string; event: Event }> {
  const name = `${title} ${runTag()}`;
  const date = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
  const event = await createOwnEvent({
    name,
    ...settings,
    days: [{ date, mode: 'virtual', opensAt: '09:00', closesAt: '12:00', durations: [30] }],
  });
  return { name, event };
}

/**
 * An event of its own (`title` and the run's tag) whose one day is today, in the zone where it is nearest midday,
 * so that it is daytime there whatever the hour the suite runs at; the day opens at `firstStart` (midnight by
 * default) and closes at midnight.
 */
export async function createEventOfToday(
  title: string,
  day: Pick<EventDayInput, 'mode' | 'durations'> & { firstStart?: Date },
  settings: Partial<EventInput> = {},
): Promise<{ name: string; event: Event }> {
  const zone = zoneNearest(12 * 60);
  const name = `${title} ${runTag()}`;
  const { firstStart, ...hours } = day;
  const event = await createOwnEvent({
    name,
    timeZone: zone.timeZone,
    ...settings,
    days: [
      {
        date: zone.date,
        opensAt: firstStart ? clockOf(firstStart, zone.timeZone) : '00:00',
        closesAt: '24:00',
        ...hours,
      },
    ],
  });
  return { name, event };
}

/**
 * Other test files use the demo event and expect it as the demo data leaves it: on approval, no booking window,
 * no fair-use rules.
 */
export async function restoreDemoEvent(): Promise<void> {
  const organizer = await ApiSession.login(ORGANIZER);
  const event = await findEvent(organizer, DEMO_EVENT);
  await organizer.put(
    `/api/events/${event.id}`,
    eventInputOf(event, {
      bookingMode: 'approval',
      bookingsOpenAt: null,
      bookingsCloseAt: null,
      recruitersMayRequireApproval: true,
      rules: noBookingRules,
    }),
  );
  await organizer.dispose();
}

/** A recruiter of the signed-in recruiter's company (themself included), by email. */
export async function teamMember(api: ApiSession, eventId: string, email: string) {
  const { members } = await api.get<TeamOverviewResponse>(`/api/events/${eventId}/team`);
  const member = members.find((m) => m.recruiter.email === email);
  if (!member) throw new Error(`${email} is not in the team`);
  return member;
}

/** Sets one day's duration and opens exactly the slots named `HH:MM` (the event's zone). */
export async function openSlots(
  api: ApiSession,
  input: { eventId: string; recruiterId: string; dayId: string; durationMinutes: number; labels: string[] },
): Promise<void> {
  const url = `/api/events/${input.eventId}/recruiters/${input.recruiterId}/availability/days/${input.dayId}`;
  // The slots of a duration are only known once the day has that duration.
  const grid = await api.put<RecruiterAvailability>(url, {
    durationMinutes: input.durationMinutes,
    openSlotStarts: [],
  });
  const slots = grid.days.find((day) => day.dayId === input.dayId)!.slots;
  const openSlotStarts = input.labels.map((label) => {
    const slot = slots.find((s) => s.label === label);
    if (!slot) throw new Error(`No slot ${label} on that day`);
    return slot.startsAt;
  });
  await api.put(url, { durationMinutes: input.durationMinutes, openSlotStarts });
}

/**
 * Opens exactly the slot starting at `startsAt` for the recruiter on the event's first day, at its first duration,
 * and confirms their availability; returns the recruiter's id.
 */
export async function openOneSlot(event: Event, recruiterEmail: string, startsAt: Date): Promise<string> {
  const api = await ApiSession.login(recruiterEmail);
  try {
    const me = await teamMember(api, event.id, recruiterEmail);
    const day = event.days[0]!;
    const url = `/api/events/${event.id}/recruiters/${me.recruiter.id}/availability/days/${day.id}`;
    await api.put(url, { durationMinutes: day.durations[0], openSlotStarts: [startsAt.toISOString()] });
    await confirmAvailability(api, { eventId: event.id, recruiterId: me.recruiter.id, details: {} });
    return me.recruiter.id;
  } finally {
    await api.dispose();
  }
}

/** The talent books the recruiter's slot starting at `startsAt` directly. */
export async function bookSlot(
  event: Event,
  talentEmail: string,
  recruiterId: string,
  startsAt: Date,
): Promise<Chat> {
  const api = await ApiSession.login(talentEmail);
  try {
    return await api.post<Chat>(`/api/events/${event.id}/recruiters/${recruiterId}/book`, {
      startsAt: startsAt.toISOString(),
    });
  } finally {
    await api.dispose();
  }
}

export async function confirmAvailability(
  api: ApiSession,
  input: { eventId: string; recruiterId: string; details: Partial<RecruiterDetailsInput> },
): Promise<void> {
  const base = `/api/events/${input.eventId}/recruiters/${input.recruiterId}`;
  await api.put(`${base}/details`, input.details);
  await api.post(`${base}/confirm`);
}

export function requestChat(
  api: ApiSession,
  input: { eventId: string; recruiterId: string; answer?: string },
): Promise<Chat> {
  const { eventId, ...body } = input;
  return api.post<Chat>(`/api/events/${eventId}/chats`, body);
}

export function approveChat(api: ApiSession, chatId: string): Promise<Chat> {
  return api.post<Chat>(`/api/chats/${chatId}/approve`);
}

/**
 * A chat of a talent with a recruiter of the demo event, booked the way people do (request → approve → confirm);
 * `pick` chooses the slot among the recruiter's free days.
 */
export async function bookDemoChat(input: {
  event: string;
  talentEmail: string;
  recruiterEmail: string;
  pick: (free: FreeSlotsResponse, event: Event) => FreeSlotsResponse['days'][number]['slots'][number];
}): Promise<Chat> {
  const talent = await ApiSession.login(input.talentEmail);
  const recruiterSide = await ApiSession.login(input.recruiterEmail);
  try {
    const event = await findEvent(talent, input.event);
    const { recruiter } = await teamMember(recruiterSide, event.id, input.recruiterEmail);
    const chat = await requestChat(talent, {
      eventId: event.id,
      recruiterId: recruiter.id,
      answer: 'Robots.',
    });
    await approveChat(recruiterSide, chat.id);
    const free = await talent.get<FreeSlotsResponse>(`/api/chats/${chat.id}/slots`);
    return await talent.post<Chat>(`/api/chats/${chat.id}/confirm`, {
      startsAt: input.pick(free, event).startsAt,
    });
  } finally {
    await talent.dispose();
    await recruiterSide.dispose();
  }
}

/**
 * A date as the app names a day (`Thu, 5 Dec 2030`; `Do., 5. Dez. 2030` in German), e.g. the heading of a day in
 * the availability editor.
 */
export function dayName(isoDate: string, locale: 'en-GB' | 'de-DE' = 'en-GB'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** The instant at which a wall clock of `timeZone` reads `isoDate` `HH:MM`. */
export function zonedInstant(isoDate: string, time: string, timeZone: string): Date {
  const [y, mo, d] = isoDate.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wanted = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  // Two rounds settle the offset, also next to a DST change.
  let guess = wanted;
  for (let round = 0; round < 2; round++) {
    const p = Object.fromEntries(parts.formatToParts(new Date(guess)).map((part) => [part.type, part.value]));
    const shown = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
    guess += wanted - shown;
  }
  return new Date(guess);
}
