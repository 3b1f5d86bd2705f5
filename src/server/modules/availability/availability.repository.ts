import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { bookedStates, openStates } from '../../../shared/booking/chat-phase.js';
import { endedSql, stateOfGroup } from '../../infra/db/chat-phase.sql.js';
// The chats table through the schema: availability reads who holds which time, but depends on no chats code.
import { chats } from '../../infra/db/schema.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { availabilityDays, recruiterDetails } from './availability.table.js';

export type DetailsRow = typeof recruiterDetails.$inferSelect;

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
    .select({
      eventDayId: availabilityDays.eventDayId,
      recruiterId: availabilityDays.recruiterId,
      durationMinutes: availabilityDays.durationMinutes,
      // Epoch milliseconds parse several times faster than timestamp text, and whole events are read at once.
      openSlotStartsMs: sql<
        number[]
      >`array(select extract(epoch from s) * 1000 from unnest(${availabilityDays.openSlotStarts}) s)::float8[]`,
    })
    .from(availabilityDays)
    .innerJoin(eventDays, eq(eventDays.id, availabilityDays.eventDayId))
    .where(
      recruiterIds
        ? and(eq(eventDays.eventId, eventId), inArray(availabilityDays.recruiterId, recruiterIds))
        : eq(eventDays.eventId, eventId),
    );
  return rows.map(({ openSlotStartsMs, ...row }) => ({
    ...row,
    openSlotStarts: openSlotStartsMs.map((ms) => new Date(ms)),
  }));
}

/**
 * Locks the recruiter's row for the day: `update` for an edit of their slots, `share` for a booking onto them, so
 * that an edit and a booking apply one after the other and each reads what the other committed.
 */
export async function lockAvailabilityDay(
  q: Queryable,
  eventDayId: string,
  recruiterId: string,
  strength: 'update' | 'share',
) {
  const [row] = await q
    .select()
    .from(availabilityDays)
    .where(and(eq(availabilityDays.eventDayId, eventDayId), eq(availabilityDays.recruiterId, recruiterId)))
    .for(strength);
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

/**
 * Confirmed chats that hold recruiters' time at an event, with the talent's name for the grid; completed ones too,
 * so a past slot stays shown as booked once the chat clock has completed its chat.
 */
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
        inArray(chats.state, [...bookedStates]),
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
/** How many chats each recruiter has in each state at `now` (a state may come in two groups: sum them). */
export async function countChatsByState(q: Queryable, eventId: string, recruiterIds: string[], now: Date) {
  if (recruiterIds.length === 0) return [];
  const rows = await q
    .select({
      recruiterId: chats.recruiterId,
      state: chats.state,
      ended: endedSql(chats, now),
      n: sql<number>`count(*)::int`,
    })
    .from(chats)
    .where(and(eq(chats.eventId, eventId), inArray(chats.recruiterId, recruiterIds)))
    .groupBy(chats.recruiterId, chats.state, sql`3`);
  return rows.map((row) => ({ recruiterId: row.recruiterId, state: stateOfGroup(row, now), n: row.n }));
}

export interface BookableFilter {
  language?: string;
  topic?: string;
  q?: string;
  dayId?: string;
  mode?: 'virtual' | 'in_person';
  now: Date;
  limit: number;
  offset: number;
}

const hasTag = (column: typeof recruiterDetails.languages | typeof recruiterDetails.topics, wanted: string) =>
  sql`exists (select 1 from unnest(${column}) tag where lower(tag) = lower(${wanted}))`;

/**
 * `countFreeSlots(...) > 0` in SQL, for the recruiter of an availability row `a` (a join of `availability_days` as
 * `a`): an opened start not before `now` whose slot no chat holding the recruiter's time overlaps. The open starts
 * are slot starts of the day (they are checked when saved), so the grid itself need not be rebuilt here;
 * `availability.free-slots.test.ts` checks on generated days that both give the same answer.
 */
const hasFreeSlotSql = (now: Date): SQL => sql`exists (
  select 1 from unnest(a.open_slot_starts) s
  where s >= ${now.toISOString()}::timestamptz
    and not exists (
      select 1 from ${chats} c
      where c.recruiter_id = a.recruiter_id and ${inArray(sql`c.state`, [...bookedStates])}
        and c.starts_at < s + make_interval(mins => a.duration_minutes) and s < c.ends_at))`;

/**
 * Recruiters who confirmed availability at an event and whose company still attends it, one page of them, filtered
 * in SQL. The day/mode filter keeps recruiters with a free slot on a matching day.
 */
export async function listConfirmedRecruiters(q: Queryable, eventId: string, filter: BookableFilter) {
  const conditions: SQL[] = [eq(recruiterDetails.eventId, eventId), isNotNull(recruiterDetails.confirmedAt)];
  if (filter.language) conditions.push(hasTag(recruiterDetails.languages, filter.language));
  if (filter.topic) conditions.push(hasTag(recruiterDetails.topics, filter.topic));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${users.name} ilike ${pattern} or ${companies.name} ilike ${pattern})`);
  }
  if (filter.dayId || filter.mode) {
    conditions.push(sql`exists (
      select 1 from ${availabilityDays} a join ${eventDays} d on d.id = a.event_day_id
      where a.recruiter_id = ${users.id} and d.event_id = ${eventId}
        ${filter.dayId ? sql`and d.id = ${filter.dayId}` : sql``}
        ${filter.mode ? sql`and d.mode = ${filter.mode}` : sql``}
        and ${hasFreeSlotSql(filter.now)})`);
  }
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
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(recruiterDetails)
    .innerJoin(users, eq(users.id, recruiterDetails.recruiterId))
    .innerJoin(companies, eq(companies.id, users.companyId))
    .innerJoin(
      eventCompanies,
      and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companies.id)),
    )
    .where(and(...conditions))
    .orderBy(asc(companies.name), asc(users.name), asc(users.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** The languages and topics of the event's bookable recruiters, for the filter choices. */
export async function bookableFacets(q: Queryable, eventId: string) {
  const rows = await q
    .select({
      kind: sql<'language' | 'topic'>`f.kind`,
      value: sql<string>`min(f.value)`,
    })
    .from(
      sql`(select 'language' as kind, unnest(${recruiterDetails.languages}) as value from ${recruiterDetails}
             where ${recruiterDetails.eventId} = ${eventId} and ${recruiterDetails.confirmedAt} is not null
           union all
           select 'topic', unnest(${recruiterDetails.topics}) from ${recruiterDetails}
             where ${recruiterDetails.eventId} = ${eventId} and ${recruiterDetails.confirmedAt} is not null) f`,
    )
    .groupBy(sql`f.kind`, sql`lower(f.value)`)
    .orderBy(sql`lower(f.value)`);
  return {
    languages: rows.filter((r) => r.kind === 'language').map((r) => r.value),
    topics: rows.filter((r) => r.kind === 'topic').map((r) => r.value),
  };
}

export async function listOpenChatsOfTalent(q: Queryable, eventId: string, talentId: string) {
  return q
    .select({ id: chats.id, recruiterId: chats.recruiterId, state: chats.state })
    .from(chats)
    .where(
      and(eq(chats.eventId, eventId), eq(chats.talentId, talentId), inArray(chats.state, [...openStates])),
    );
}
