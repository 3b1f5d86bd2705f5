import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { openStates } from '../chats/chats.transitions.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { availabilityDays, recruiterDetails } from './availability.table.js';

export type DetailsRow = typeof recruiterDetails.$inferSelect;
export type AvailabilityDayRow = typeof availabilityDays.$inferSelect;

export async function findRecruiter(q: Queryable, recruiterId: string) {
  const [row] = await q
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      companyId: users.companyId,
    })
    .from(users)
    .where(eq(users.id, recruiterId));
  return row;
}

export async function listCompanyRecruiters(q: Queryable, companyId: string) {
  return q
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.role, 'recruiter')))
    .orderBy(asc(users.name), asc(users.id));
}

export async function findCompanyAtEvent(q: Queryable, eventId: string, companyId: string) {
  const [row] = await q
    .select({ id: companies.id, name: companies.name, booth: eventCompanies.booth })
    .from(eventCompanies)
    .innerJoin(companies, eq(companies.id, eventCompanies.companyId))
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId)));
  return row;
}

export async function findDetails(q: Queryable, eventId: string, recruiterId: string) {
  const [row] = await q
    .select()
    .from(recruiterDetails)
    .where(and(eq(recruiterDetails.eventId, eventId), eq(recruiterDetails.recruiterId, recruiterId)));
  return row;
}

export async function listDetails(q: Queryable, eventId: string, recruiterIds?: string[]) {
  return q
    .select()
    .from(recruiterDetails)
    .where(
      recruiterIds
        ? and(eq(recruiterDetails.eventId, eventId), inArray(recruiterDetails.recruiterId, recruiterIds))
        : eq(recruiterDetails.eventId, eventId),
    );
}

export async function upsertDetails(
  q: Queryable,
  values: Omit<typeof recruiterDetails.$inferInsert, 'confirmedAt'> & { updatedAt: Date },
) {
  const { eventId, recruiterId, ...fields } = values;
  await q
    .insert(recruiterDetails)
    .values(values)
    .onConflictDoUpdate({ target: [recruiterDetails.eventId, recruiterDetails.recruiterId], set: fields });
}

export async function setConfirmedAt(q: Queryable, eventId: string, recruiterId: string, at: Date) {
  await q
    .insert(recruiterDetails)
    .values({ eventId, recruiterId, confirmedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [recruiterDetails.eventId, recruiterDetails.recruiterId],
      set: {
        confirmedAt: sql`coalesce(${recruiterDetails.confirmedAt}, ${at.toISOString()}::timestamptz)`,
        updatedAt: at,
      },
    });
}

/** Availability rows of the given recruiters at an event (all of the event's recruiters when none are given). */
export async function listAvailabilityDays(q: Queryable, eventId: string, recruiterIds?: string[]) {
  const rows = await q
    .select({ availability: availabilityDays })
    .from(availabilityDays)
    .innerJoin(eventDays, eq(eventDays.id, availabilityDays.eventDayId))
    .where(
      recruiterIds
        ? and(eq(eventDays.eventId, eventId), inArray(availabilityDays.recruiterId, recruiterIds))
        : eq(eventDays.eventId, eventId),
    );
  return rows.map((r) => r.availability);
}

/** Locks the recruiter's row for the day, so a duration change and a booking cannot interleave. */
export async function lockAvailabilityDay(q: Queryable, eventDayId: string, recruiterId: string) {
  const [row] = await q
    .select()
    .from(availabilityDays)
    .where(and(eq(availabilityDays.eventDayId, eventDayId), eq(availabilityDays.recruiterId, recruiterId)))
    .for('update');
  return row;
}

export async function upsertAvailabilityDay(
  q: Queryable,
  values: {
    eventDayId: string;
    recruiterId: string;
    durationMinutes: number;
    openSlotStarts: Date[];
    updatedAt: Date;
  },
) {
  const { eventDayId, recruiterId, ...fields } = values;
  await q
    .insert(availabilityDays)
    .values(values)
    .onConflictDoUpdate({ target: [availabilityDays.eventDayId, availabilityDays.recruiterId], set: fields });
}

/** Confirmed chats that hold recruiters' time at an event, with the talent's name for the grid. */
export async function listBookings(q: Queryable, eventId: string, recruiterIds?: string[]) {
  return q
    .select({
      chatId: chats.id,
      recruiterId: chats.recruiterId,
      eventDayId: chats.eventDayId,
      talentName: users.name,
      startsAt: chats.startsAt,
      endsAt: chats.endsAt,
    })
    .from(chats)
    .innerJoin(users, eq(users.id, chats.talentId))
    .where(
      and(
        eq(chats.eventId, eventId),
        eq(chats.state, 'confirmed'),
        ...(recruiterIds ? [inArray(chats.recruiterId, recruiterIds)] : []),
      ),
    )
    .then((rows) =>
      rows.map((row) => ({
        ...row,
        startsAt: row.startsAt!,
        endsAt: row.endsAt!,
        eventDayId: row.eventDayId!,
      })),
    );
}

/** Chats per recruiter and state at an event, for the team overview. */
export async function countChatsByState(q: Queryable, eventId: string, recruiterIds: string[], now: Date) {
  if (recruiterIds.length === 0) return [];
  return q
    .select({
      recruiterId: chats.recruiterId,
      // A confirmed chat whose end has passed counts as completed.
      state: sql<string>`case when ${chats.state} = 'confirmed' and ${chats.endsAt} <= ${now.toISOString()}::timestamptz then 'completed' else ${chats.state}::text end`,
      n: sql<number>`count(*)::int`,
    })
    .from(chats)
    .where(and(eq(chats.eventId, eventId), inArray(chats.recruiterId, recruiterIds)))
    .groupBy(sql`1`, sql`2`);
}

/** Recruiters who confirmed availability at an event and whose company still attends it. */
export async function listConfirmedRecruiters(q: Queryable, eventId: string) {
  return q
    .select({
      id: users.id,
      name: users.name,
      companyId: companies.id,
      companyName: companies.name,
      booth: eventCompanies.booth,
      backgrounds: recruiterDetails.backgrounds,
      levels: recruiterDetails.levels,
      languages: recruiterDetails.languages,
      topics: recruiterDetails.topics,
      customQuestion: recruiterDetails.customQuestion,
    })
    .from(recruiterDetails)
    .innerJoin(users, eq(users.id, recruiterDetails.recruiterId))
    .innerJoin(companies, eq(companies.id, users.companyId))
    .innerJoin(
      eventCompanies,
      and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companies.id)),
    )
    .where(and(eq(recruiterDetails.eventId, eventId), isNotNull(recruiterDetails.confirmedAt)))
    .orderBy(asc(companies.name), asc(users.name), asc(users.id));
}

export async function listOpenChatsOfTalent(q: Queryable, eventId: string, talentId: string) {
  return q
    .select({ id: chats.id, recruiterId: chats.recruiterId, state: chats.state })
    .from(chats)
    .where(
      and(eq(chats.eventId, eventId), eq(chats.talentId, talentId), inArray(chats.state, [...openStates])),
    );
}
