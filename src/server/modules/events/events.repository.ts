import { and, asc, eq, inArray, isNotNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { BookingRuleName } from '../../../shared/booking/fair-use.js';
import { timedStates } from '../../../shared/booking/chat-phase.js';
import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays } from '../availability/availability.table.js';
import { chats } from '../chats/chats.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { eventDays, events } from './events.table.js';

export type EventRow = typeof events.$inferSelect;
export type EventDayRow = typeof eventDays.$inferSelect;
export type NewEventDay = Omit<typeof eventDays.$inferInsert, 'id' | 'eventId'>;
export type EventFields = Pick<
  typeof events.$inferInsert,
  | 'name'
  | 'description'
  | 'timeZone'
  | 'requestPolicy'
  | 'bookingMode'
  | 'bookingsOpenAt'
  | 'bookingsCloseAt'
  | 'recruitersMayRequireApproval'
  | 'noShowAfterMinutes'
  | 'autoMarkNoShows'
  | 'offerHoldMinutes'
  | 'offerHoldMinutesOnEventDays'
  | BookingRuleName
>;

/** Which events a user takes part in: the same rules as `loadEventForViewer`, as one filter. */
export function takesPartIn(user: SessionUser): SQL {
  const published = isNotNull(events.publishedAt);
  switch (user.role) {
    case 'organizer':
      return eq(events.organizerId, user.id);
    case 'support':
      return published;
    case 'recruiter':
      return and(
        published,
        sql`exists (select 1 from ${eventCompanies} where ${eventCompanies.eventId} = ${events.id} and ${eventCompanies.companyId} = ${user.companyId})`,
      )!;
    case 'talent':
      return and(
        published,
        sql`exists (select 1 from ${eventTalents} where ${eventTalents.eventId} = ${events.id} and ${eventTalents.talentId} = ${user.id})`,
      )!;
  }
}

export async function listEventSummaries(q: Queryable, user: SessionUser) {
  const firstDay = sql<string | null>`min(${eventDays.date})::text`;
  return q
    .select({
      id: events.id,
      name: events.name,
      timeZone: events.timeZone,
      publishedAt: events.publishedAt,
      firstDay,
      lastDay: sql<string | null>`max(${eventDays.date})::text`,
      dayCount: sql<number>`count(${eventDays.id})::int`,
    })
    .from(events)
    .leftJoin(eventDays, eq(eventDays.eventId, events.id))
    .where(takesPartIn(user))
    .groupBy(events.id)
    .orderBy(sql`${firstDay} asc nulls last`, asc(events.name), asc(events.id));
}

export async function findOrganizer(q: Queryable, organizerId: string) {
  const [row] = await q
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, organizerId));
  return row!;
}

/** Serialises edits of one event, and blocks new chats of it (their key-share lock) until the edit commits. */
/**
 * `no key update`: it still excludes every other writer and share lock of the event, but not the key-share lock a
 * row referencing the event takes (a booking's notification), which would otherwise deadlock with the edit.
 */
export async function lockEvent(q: Queryable, eventId: string) {
  const [row] = await q.select().from(events).where(eq(events.id, eventId)).for('no key update');
  return row!;
}

export async function findDaysOfEvent(q: Queryable, eventId: string, options: { lock?: boolean } = {}) {
  const query = q.select().from(eventDays).where(eq(eventDays.eventId, eventId)).orderBy(asc(eventDays.date));
  // FOR UPDATE conflicts with the key-share lock a chat takes on its day when it is booked onto it, so no chat can
  // be booked onto a day while an edit of that day is being checked.
  return options.lock ? query.for('update') : query;
}

export async function insertEvent(q: Queryable, values: EventFields & { organizerId: string; now: Date }) {
  const { now, ...fields } = values;
  const [row] = await q
    .insert(events)
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function updateEvent(q: Queryable, eventId: string, values: EventFields & { now: Date }) {
  const { now, ...fields } = values;
  const [row] = await q
    .update(events)
    .set({ ...fields, updatedAt: now })
    .where(eq(events.id, eventId))
    .returning();
  return row!;
}

export async function setPublishedAt(q: Queryable, eventId: string, publishedAt: Date | null, now: Date) {
  const [row] = await q
    .update(events)
    .set({ publishedAt, updatedAt: now })
    .where(eq(events.id, eventId))
    .returning();
  return row!;
}

export async function insertDays(q: Queryable, eventId: string, days: NewEventDay[]): Promise<void> {
  if (days.length > 0) await q.insert(eventDays).values(days.map((day) => ({ ...day, eventId })));
}

export async function updateDay(q: Queryable, dayId: string, day: NewEventDay): Promise<void> {
  await q.update(eventDays).set(day).where(eq(eventDays.id, dayId));
}

/**
 * Parks days on distinct placeholder dates long past, so that two days may swap dates in one edit without
 * tripping the one-day-per-date constraint halfway.
 */
export async function parkDays(q: Queryable, dayIds: string[]): Promise<void> {
  for (const [index, dayId] of dayIds.entries()) {
    await q
      .update(eventDays)
      .set({ date: sql`date '1000-01-01' + ${index}::int` })
      .where(eq(eventDays.id, dayId));
  }
}

export async function deleteDays(q: Queryable, dayIds: string[]): Promise<void> {
  if (dayIds.length > 0) await q.delete(eventDays).where(inArray(eventDays.id, dayIds));
}

export async function findBookedChats(q: Queryable, eventId: string) {
  const rows = await q
    .select({ eventDayId: chats.eventDayId, startsAt: chats.startsAt, endsAt: chats.endsAt })
    .from(chats)
    .where(and(eq(chats.eventId, eventId), inArray(chats.state, ['confirmed', 'offered'])));
  // The table's check constraint guarantees a confirmed or offered chat has its day and times.
  return rows.map((row) => ({ eventDayId: row.eventDayId!, startsAt: row.startsAt!, endsAt: row.endsAt! }));
}

/** Durations chosen for a day by recruiters who hold booked chats on that same day. */
export async function findDurationsInUse(q: Queryable, eventId: string) {
  return q
    .selectDistinct({
      eventDayId: availabilityDays.eventDayId,
      recruiterName: users.name,
      durationMinutes: availabilityDays.durationMinutes,
    })
    .from(availabilityDays)
    .innerJoin(
      chats,
      and(
        eq(chats.eventDayId, availabilityDays.eventDayId),
        eq(chats.recruiterId, availabilityDays.recruiterId),
        inArray(chats.state, ['confirmed', 'offered']),
      ),
    )
    .innerJoin(users, eq(users.id, availabilityDays.recruiterId))
    .where(eq(chats.eventId, eventId))
    .orderBy(asc(users.name));
}

/** Dates of the given days on which chats were held: that history keeps the day. */
export async function findDatesWithHeldChats(q: Queryable, dayIds: string[]): Promise<string[]> {
  if (dayIds.length === 0) return [];
  const rows = await q
    .selectDistinct({ date: eventDays.date })
    .from(chats)
    .innerJoin(eventDays, eq(eventDays.id, chats.eventDayId))
    .where(and(inArray(chats.eventDayId, dayIds), inArray(chats.state, ['completed', 'no_show'])))
    .orderBy(asc(eventDays.date));
  return rows.map((row) => row.date);
}

/**
 * Unbooked chats (cancelled, declined, or waiting for a slot) may still point at a day; they keep their times
 * for the record but let go of a day that is removed.
 */
export async function detachUnbookedChats(q: Queryable, dayIds: string[]): Promise<void> {
  if (dayIds.length === 0) return;
  await q
    .update(chats)
    .set({ eventDayId: null })
    .where(and(inArray(chats.eventDayId, dayIds), notInArray(chats.state, [...timedStates])));
}

/**
 * A recruiter's choice of a duration the day no longer offers is void: they choose again. (Choices held by
 * recruiters with booked chats that day were refused before this runs.)
 */
export async function deleteAvailabilityWithDurations(
  q: Queryable,
  dayId: string,
  durations: number[],
): Promise<void> {
  if (durations.length === 0) return;
  await q
    .delete(availabilityDays)
    .where(and(eq(availabilityDays.eventDayId, dayId), inArray(availabilityDays.durationMinutes, durations)));
}

/**
 * Share-locks a day of the event, by id or by date, and reads it: a booking, and a recruiter's edit of their slots,
 * take it before they read anything of the day. They wait for an organizer's edit of the day in progress (which
 * holds FOR UPDATE) and then read the day as it committed, and an edit begun later waits for them, so its checks see
 * the booked chat or the recruiter's choice.
 */
export async function shareLockDay(
  q: Queryable,
  eventId: string,
  day: { id: string } | { date: string },
): Promise<EventDayRow | undefined> {
  const [row] = await q
    .select()
    .from(eventDays)
    .where(
      and(
        eq(eventDays.eventId, eventId),
        'id' in day ? eq(eventDays.id, day.id) : eq(eventDays.date, day.date),
      ),
    )
    .for('share');
  return row;
}

export async function findEventById(q: Queryable, eventId: string): Promise<EventRow | undefined> {
  const [event] = await q.select().from(events).where(eq(events.id, eventId));
  return event;
}

/**
 * The event, and whether the user takes part in it (`takesPartIn`), in one query: every request to an event's page
 * asks this first.
 */
export async function findEventForUser(
  q: Queryable,
  user: SessionUser,
  eventId: string,
): Promise<{ event: EventRow; takesPart: boolean } | undefined> {
  const [row] = await q
    .select({ event: events, takesPart: sql<boolean>`coalesce(${takesPartIn(user)}, false)` })
    .from(events)
    .where(eq(events.id, eventId));
  return row;
}
