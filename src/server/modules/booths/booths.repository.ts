import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { bookedStates } from '../../../shared/booking/chat-phase.js';
import type { TimeRange } from '../../../shared/booking/overlap.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays } from '../availability/availability.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { blockedEitherWay } from '../safety/index.js';
import { talentProfiles } from '../talents/talents.table.js';
import { boothQueueEntries } from './booths.table.js';

export type EntryRow = typeof boothQueueEntries.$inferSelect;

const active = inArray(boothQueueEntries.state, ['waiting', 'called']);
const hasRecruiters = sql`exists (select 1 from ${users} r
  where r.company_id = ${companies.id} and r.role = 'recruiter')`;

/**
 * The booths of an event: its companies that have recruiters, by name, with how many talents wait at each on the
 * day (none while no day is under way).
 */
export async function listBooths(q: Queryable, eventId: string, eventDayId: string | null) {
  return q
    .select({
      companyId: companies.id,
      companyName: companies.name,
      location: eventCompanies.booth,
      waiting: sql<number>`(select count(*)::int from ${boothQueueEntries} e
        where e.event_day_id = ${eventDayId} and e.company_id = ${companies.id} and e.state = 'waiting')`,
    })
    .from(eventCompanies)
    .innerJoin(companies, eq(companies.id, eventCompanies.companyId))
    .where(and(eq(eventCompanies.eventId, eventId), hasRecruiters))
    .orderBy(asc(companies.name), asc(companies.id));
}

/** One company's booth at the event, if it attends with recruiters. */
export async function findBooth(q: Queryable, eventId: string, companyId: string) {
  const [row] = await q
    .select({ companyId: companies.id, companyName: companies.name, location: eventCompanies.booth })
    .from(eventCompanies)
    .innerJoin(companies, eq(companies.id, eventCompanies.companyId))
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId), hasRecruiters));
  return row;
}

/** A booth's line on a day in its order (first come first): the called and the waiting, with who they are. */
export async function lineOf(q: Queryable, eventDayId: string, companyId: string) {
  const rows = await q
    .select({
      entry: boothQueueEntries,
      talent: {
        id: users.id,
        name: users.name,
        headline: sql<string>`coalesce(${talentProfiles.headline}, '')`,
      },
      calledBy: sql<{ id: string; name: string } | null>`(select json_build_object('id', c.id, 'name', c.name)
        from ${users} c where c.id = ${boothQueueEntries.calledById})`,
    })
    .from(boothQueueEntries)
    .innerJoin(users, eq(users.id, boothQueueEntries.talentId))
    .leftJoin(talentProfiles, eq(talentProfiles.userId, users.id))
    .where(
      and(eq(boothQueueEntries.eventDayId, eventDayId), eq(boothQueueEntries.companyId, companyId), active),
    )
    .orderBy(asc(boothQueueEntries.joinedAt), asc(boothQueueEntries.id));
  return rows;
}

export type LineRow = Awaited<ReturnType<typeof lineOf>>[number];

/** A talent's entries of a day that still wait or are called, with their place among those waiting. */
export async function activeEntriesOf(q: Queryable, eventDayId: string, talentId: string) {
  return q
    .select({
      entry: boothQueueEntries,
      // Qualified by hand: drizzle leaves a single table's columns unqualified, which the subquery would take as its own.
      position: sql<number>`(select count(*)::int from ${boothQueueEntries} o
        where o.event_day_id = booth_queue_entries.event_day_id and o.company_id = booth_queue_entries.company_id
          and o.state = 'waiting'
          and (o.joined_at, o.id) <= (booth_queue_entries.joined_at, booth_queue_entries.id))`,
    })
    .from(boothQueueEntries)
    .where(
      and(eq(boothQueueEntries.eventDayId, eventDayId), eq(boothQueueEntries.talentId, talentId), active),
    );
}

/**
 * Who of a company works on a day and their booked chats that day: the recruiters who set availability for it, or
 * all of the company's recruiters when none did.
 */
export async function staffOf(
  q: Queryable,
  input: { companyId: string; eventDayId: string; day: TimeRange },
) {
  const recruiters = await q
    .select({
      id: users.id,
      working: sql<boolean>`exists (select 1 from ${availabilityDays} a
        where a.recruiter_id = users.id and a.event_day_id = ${input.eventDayId})`,
    })
    .from(users)
    .where(and(eq(users.companyId, input.companyId), eq(users.role, 'recruiter')));
  const withDay = recruiters.filter((r) => r.working);
  const staff = (withDay.length > 0 ? withDay : recruiters).map((r) => r.id);
  const bookings = await recruiterBookings(q, staff, input.day);
  return staff.map((id) => ({ id, bookings: bookings.filter((b) => b.recruiterId === id) }));
}

/** Booked chats of these recruiters overlapping a range, at any event: each holds the recruiter's time. */
export async function recruiterBookings(q: Queryable, recruiterIds: string[], range: TimeRange) {
  if (recruiterIds.length === 0) return [];
  const rows = await q
    .select({ recruiterId: chats.recruiterId, startsAt: chats.startsAt, endsAt: chats.endsAt })
    .from(chats)
    .where(
      and(
        inArray(chats.recruiterId, recruiterIds),
        inArray(chats.state, [...bookedStates]),
        sql`${chats.startsAt} < ${range.endsAt.toISOString()}::timestamptz`,
        sql`${chats.endsAt} > ${range.startsAt.toISOString()}::timestamptz`,
      ),
    );
  return rows.map((r) => ({ recruiterId: r.recruiterId, startsAt: r.startsAt!, endsAt: r.endsAt! }));
}

/** A new waiting entry; the unique partial index refuses a second active one of the talent at the booth. */
export async function insertEntry(
  q: Queryable,
  values: { eventId: string; eventDayId: string; companyId: string; talentId: string; joinedAt: Date },
) {
  const [row] = await q.insert(boothQueueEntries).values(values).returning();
  return row!;
}

/** The talent's active entries at a booth end as left (a day's or one left over); none is no change. */
export async function leaveEntry(
  q: Queryable,
  input: { eventId: string; companyId: string; talentId: string; now: Date },
) {
  return q
    .update(boothQueueEntries)
    .set({ state: 'left', endedAt: input.now })
    .where(
      and(
        eq(boothQueueEntries.eventId, input.eventId),
        eq(boothQueueEntries.companyId, input.companyId),
        eq(boothQueueEntries.talentId, input.talentId),
        active,
      ),
    )
    .returning();
}

/**
 * Calls the first waiting talent of a booth, in one statement: the row is taken `FOR UPDATE SKIP LOCKED`, so two
 * recruiters calling at once (in any process) each call a different talent, and a row another call holds is passed
 * over rather than waited for. A talent blocked either way with the caller is passed over too: a colleague calls
 * them. None waiting (or all being called) is undefined.
 */
export async function callFirstWaiting(
  q: Queryable,
  input: { eventDayId: string; companyId: string; recruiterId: string; now: Date },
): Promise<EntryRow | undefined> {
  const first = sql`(select id from ${boothQueueEntries}
    where event_day_id = ${input.eventDayId} and company_id = ${input.companyId} and state = 'waiting'
      and not ${blockedEitherWay(boothQueueEntries.talentId, input.recruiterId)}
    order by joined_at, id limit 1 for update skip locked)`;
  const [row] = await q
    .update(boothQueueEntries)
    .set({ state: 'called', calledAt: input.now, calledById: input.recruiterId })
    .where(and(sql`${boothQueueEntries.id} = ${first}`, eq(boothQueueEntries.state, 'waiting')))
    .returning();
  return row;
}

/** An entry of a booth, locked until the transaction ends. */
export async function lockEntry(
  q: Queryable,
  input: { entryId: string; eventId: string; companyId: string },
) {
  const [row] = await q
    .select()
    .from(boothQueueEntries)
    .where(
      and(
        eq(boothQueueEntries.id, input.entryId),
        eq(boothQueueEntries.eventId, input.eventId),
        eq(boothQueueEntries.companyId, input.companyId),
      ),
    )
    .for('update');
  return row;
}

/** A called entry ends: served by a walk-in chat, or no answer. */
export async function endEntry(
  q: Queryable,
  entryId: string,
  values: { state: 'served' | 'no_answer'; endedAt: Date; chatId?: string },
) {
  await q.update(boothQueueEntries).set(values).where(eq(boothQueueEntries.id, entryId));
}

/** Within an account's deletion: the talent's places in booth queues. */
export async function deleteQueueEntriesOf(q: Queryable, talentId: string): Promise<void> {
  await q.delete(boothQueueEntries).where(eq(boothQueueEntries.talentId, talentId));
}
