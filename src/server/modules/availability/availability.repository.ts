import { and, asc, eq, inArray, isNotNull, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ChatState } from '../../../shared/schemas/chats.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { prepared } from '../../infra/db/prepared.js';
import { holdingStates, openStates } from '../../../shared/booking/chat-phase.js';
import { endedSql, stateOfGroup } from '../../infra/db/chat-phase.sql.js';
// The chats table through the schema: availability reads who holds which time, but depends on no chats code.
import { chats } from '../../infra/db/schema.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import type { SessionUser } from '../../context.js';
import { takesPartIn } from '../events/index.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { talentFavourites } from './availability.favourites.table.js';
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

/** A list of ids as one parameter of a prepared statement. */
const anyOf = (column: SQLWrapper, name: string) => sql`${column} = any(${sql.placeholder(name)}::uuid[])`;

const availabilityDaysOf = prepared((q) =>
  q
    .select({
      eventDayId: availabilityDays.eventDayId,
      recruiterId: availabilityDays.recruiterId,
      durationMinutes: availabilityDays.durationMinutes,
      // Epoch milliseconds parse several times faster than timestamp text, and whole pages are read at once.
      openSlotStartsMs: sql<
        number[]
      >`array(select extract(epoch from s) * 1000 from unnest(${availabilityDays.openSlotStarts}) s)::float8[]`,
    })
    .from(availabilityDays)
    .innerJoin(eventDays, eq(eventDays.id, availabilityDays.eventDayId))
    .where(and(eq(eventDays.eventId, sql.placeholder('eventId')), anyOf(availabilityDays.recruiterId, 'ids')))
    .prepare('availability_days_of'),
);

/** Availability rows of the given recruiters at an event. */
export async function listAvailabilityDays(q: Queryable, eventId: string, recruiterIds: string[]) {
  const rows = await availabilityDaysOf(q).execute({ eventId, ids: recruiterIds });
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

const bookingColumns = {
  chatId: chats.id,
  recruiterId: chats.recruiterId,
  eventDayId: chats.eventDayId,
  startsAt: chats.startsAt,
  endsAt: chats.endsAt,
};

/** Chats holding the time of the recruiters `ids` at the event `eventId` (placeholders). */
const holdsTimeAt = and(
  eq(chats.eventId, sql.placeholder('eventId')),
  inArray(chats.state, [...holdingStates]),
  anyOf(chats.recruiterId, 'ids'),
);

/** A booked chat always has its day and times (a database check says so). */
const asBooking = <T extends { startsAt: Date | null; endsAt: Date | null; eventDayId: string | null }>(
  row: T,
) => ({ ...row, startsAt: row.startsAt!, endsAt: row.endsAt!, eventDayId: row.eventDayId! });

/**
 * Confirmed chats that hold recruiters' time at an event; completed ones too, so a past slot stays shown as booked
 * once the chat clock has completed its chat.
 */
const bookingsOf = prepared((q) =>
  q.select(bookingColumns).from(chats).where(holdsTimeAt).prepare('bookings_of'),
);

export async function listBookings(q: Queryable, eventId: string, recruiterIds: string[]) {
  return (await bookingsOf(q).execute({ eventId, ids: recruiterIds })).map(asBooking);
}

const bookingsWithTalentNamesOf = prepared((q) =>
  q
    .select({ ...bookingColumns, talentName: users.name })
    .from(chats)
    .innerJoin(users, eq(users.id, chats.talentId))
    .where(holdsTimeAt)
    .prepare('bookings_with_talent_names_of'),
);

/** `listBookings` with the talent's name, for the recruiter's own grid (the only place that shows it). */
export async function listBookingsWithTalentNames(q: Queryable, eventId: string, recruiterIds: string[]) {
  return (await bookingsWithTalentNamesOf(q).execute({ eventId, ids: recruiterIds })).map(asBooking);
}

/** A team member's rows at an event, as `readTeam` reads them in one JSON document. */
interface TeamMemberJson {
  id: string;
  name: string;
  email: string;
  confirmed: boolean;
  availability: { eventDayId: string; durationMinutes: number; openSlotStartsMs: number[] }[];
  /** `[eventDayId, startsAt, endsAt]` in epoch milliseconds. */
  bookings: [string, number, number][];
  /** `[state, ended, count]`: a state may come in two groups, see `stateOfGroup`. */
  counts: [ChatState, boolean, number][];
}

/** `date_part` is float8 already, several times cheaper than `extract`'s numeric. */
const epochMs = (instant: SQL) => sql`date_part('epoch', ${instant}) * 1000`;

/**
 * The company's recruiters in name order, each with their availability, bookings (as `listBookings` counts them),
 * chats per state at `now`, and whether they confirmed, for the team overview: one statement, whose rows come as
 * one JSON document per member, so neither the driver nor the mapper handles each booking and slot as a row.
 */
export async function readTeam(q: Queryable, eventId: string, companyId: string, now: Date) {
  const result = await q.execute(sql`select json_build_object(
      'id', m.id, 'name', m.name, 'email', m.email,
      'confirmed', exists (select 1 from ${recruiterDetails} d
        where d.event_id = ${eventId} and d.recruiter_id = m.id and d.confirmed_at is not null),
      'availability', coalesce((select json_agg(json_build_object(
          'eventDayId', a.event_day_id, 'durationMinutes', a.duration_minutes,
          'openSlotStartsMs', array(select ${epochMs(sql`s`)} from unnest(a.open_slot_starts) s)))
        from ${availabilityDays} a join ${eventDays} ed on ed.id = a.event_day_id
        where ed.event_id = ${eventId} and a.recruiter_id = m.id), '[]'::json),
      'bookings', coalesce((select json_agg(json_build_array(
          ${chats.eventDayId}, ${epochMs(sql`${chats.startsAt}`)}, ${epochMs(sql`${chats.endsAt}`)}))
        from ${chats} where ${chats.eventId} = ${eventId} and ${chats.recruiterId} = m.id
          and ${inArray(chats.state, [...holdingStates])}), '[]'::json),
      'counts', coalesce((select json_agg(json_build_array(g.state, g.ended, g.n)) from (
          select ${chats.state} as state, ${endedSql(chats, now)} as ended, count(*)::int as n
          from ${chats} where ${chats.eventId} = ${eventId} and ${chats.recruiterId} = m.id
          group by 1, 2) g), '[]'::json)
    ) as member
    from ${users} m
    where m.company_id = ${companyId} and m.role = 'recruiter'
    order by m.name, m.id`);
  return (result as unknown as { rows: { member: TeamMemberJson }[] }).rows.map(({ member }) => ({
    recruiter: { id: member.id, name: member.name, email: member.email },
    confirmed: member.confirmed,
    availability: member.availability.map(({ openSlotStartsMs, ...row }) => ({
      ...row,
      recruiterId: member.id,
      openSlotStarts: openSlotStartsMs.map((ms) => new Date(ms)),
    })),
    bookings: member.bookings.map(([eventDayId, startsAt, endsAt]) => ({
      eventDayId,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
    })),
    counts: member.counts.map(([state, ended, n]) => ({ state: stateOfGroup({ state, ended }, now), n })),
  }));
}

/** Where a page of bookable recruiters starts: just after this one in the list's order. */
export interface RecruiterCursor {
  companyName: string;
  name: string;
  id: string;
}

const RecruiterCursorJson = z.tuple([z.string(), z.string(), z.uuid()]);

/** An opaque token for the client: it only hands it back to get the next page. */
export function encodeRecruiterCursor(cursor: RecruiterCursor): string {
  return Buffer.from(JSON.stringify([cursor.companyName, cursor.name, cursor.id])).toString('base64url');
}

export function decodeRecruiterCursor(token: string): RecruiterCursor | undefined {
  try {
    const parsed = RecruiterCursorJson.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString()));
    if (!parsed.success) return undefined;
    const [companyName, name, id] = parsed.data;
    return { companyName, name, id };
  } catch {
    return undefined;
  }
}

export interface BookableFilter {
  language?: string;
  topic?: string;
  q?: string;
  dayId?: string;
  mode?: 'virtual' | 'in_person';
  recruiterId?: string;
  /** Only these recruiters (a talent's favourites). */
  onlyAmong?: string[];
  /** Slots starting before this are not free: now, or later by the event's minimum notice. */
  freeFrom: Date;
  limit: number;
  after?: RecruiterCursor;
}

const hasTag = (column: typeof recruiterDetails.languages | typeof recruiterDetails.topics, wanted: string) =>
  sql`exists (select 1 from unnest(${column}) tag where lower(tag) = lower(${wanted}))`;

/**
 * `countFreeSlots(...) > 0` in SQL, for the recruiter of an availability row `a` (a join of `availability_days` as
 * `a`): an opened start not before `freeFrom` whose slot no chat holding the recruiter's time overlaps. The open starts
 * are slot starts of the day (they are checked when saved), so the grid itself need not be rebuilt here;
 * `availability.free-slots.test.ts` checks on generated days that both give the same answer.
 */
const hasFreeSlotSql = (freeFrom: Date): SQL => sql`exists (
  select 1 from unnest(a.open_slot_starts) s where ${isFreeSlotSql(freeFrom)})`;

/**
 * Whether the opened start `s` of the availability row `a` is a free slot from `freeFrom` on: not before it, and
 * overlapped by no chat holding the recruiter's time (the condition of `hasFreeSlotSql`, for queries that count).
 */
export const isFreeSlotSql = (freeFrom: Date): SQL => sql`s >= ${freeFrom.toISOString()}::timestamptz
    and not exists (
      select 1 from ${chats} c
      where c.recruiter_id = a.recruiter_id and ${inArray(sql`c.state`, [...holdingStates])}
        and c.starts_at < s + make_interval(mins => a.duration_minutes) and s < c.ends_at)`;

/**
 * One page of the recruiters bookable at an event, filtered in SQL, in the order of company name, name and id (the
 * id breaks ties, so a keyset page never repeats nor skips anyone). The day/mode filter keeps recruiters with a
 * free slot on a matching day.
 */
export async function listConfirmedRecruiters(q: Queryable, eventId: string, filter: BookableFilter) {
  const conditions: SQL[] = [eq(recruiterDetails.eventId, eventId), isNotNull(recruiterDetails.confirmedAt)];
  if (filter.recruiterId) conditions.push(eq(recruiterDetails.recruiterId, filter.recruiterId));
  if (filter.onlyAmong) conditions.push(inArray(recruiterDetails.recruiterId, filter.onlyAmong));
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
        and ${hasFreeSlotSql(filter.freeFrom)})`);
  }
  if (filter.after) {
    const { companyName, name, id } = filter.after;
    conditions.push(
      sql`(${companies.name}, ${users.name}, ${users.id}) > (${companyName}, ${name}, ${id}::uuid)`,
      // Implied by the row comparison, but only this lets the company name index start at the cursor.
      sql`${companies.name} >= ${companyName}`,
    );
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
      requiresApproval: recruiterDetails.requiresApproval,
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
    .limit(filter.limit);
}

/** What the list shows whatever the filters: how many recruiters are bookable, and their languages and topics. */
export interface BookableSummary {
  count: number;
  /** Each spelled as its first spelling in sort order, compared case-insensitively, as the filters compare. */
  languages: string[];
  topics: string[];
}

export async function bookableSummary(q: Queryable, eventId: string): Promise<BookableSummary> {
  const distinctTags = (column: SQL) =>
    sql`coalesce((select array_agg(v order by lower(v)) from (
          select min(tag) v from bookable, unnest(${column}) tag group by lower(tag)) tags), '{}')`;
  const result = (await q.execute(sql`
    with bookable as (
      select d.languages, d.topics from ${recruiterDetails} d
      join ${users} u on u.id = d.recruiter_id
      join ${eventCompanies} ec on ec.event_id = d.event_id and ec.company_id = u.company_id
      where d.event_id = ${eventId} and d.confirmed_at is not null)
    select (select count(*)::int from bookable) as count,
      ${distinctTags(sql`languages`)} as languages,
      ${distinctTags(sql`topics`)} as topics`)) as unknown as { rows: BookableSummary[] };
  return result.rows[0]!;
}

/**
 * What the recruiter list reads for each request, in one statement: the event, whether the user takes part in it
 * (the rule of `takesPartIn`), their open chats there and the recruiters they marked as favourites.
 */
export async function findEventWithOpenChats(q: Queryable, user: SessionUser, eventId: string) {
  const [row] = await q
    .select({
      event: events,
      takesPart: sql<boolean>`coalesce(${takesPartIn(user)}, false)`,
      // Spelt out: in a query of one table Drizzle leaves columns unqualified, and `id` would be the chat's own.
      openChats: sql<{ id: string; recruiterId: string; state: (typeof openStates)[number] }[]>`coalesce((
        select json_agg(json_build_object('id', c.id, 'recruiterId', c.recruiter_id, 'state', c.state))
        from ${chats} c
        where c.event_id = "events"."id" and c.talent_id = ${user.id}
          and ${inArray(sql`c.state`, [...openStates])}), '[]')`,
      favouriteIds: sql<string[]>`coalesce((
        select json_agg(f.recruiter_id) from ${talentFavourites} f
        where f.event_id = "events"."id" and f.talent_id = ${user.id}), '[]')`,
    })
    .from(events)
    .where(eq(events.id, eventId));
  return row;
}

export async function addFavourite(
  q: Queryable,
  favourite: { eventId: string; talentId: string; recruiterId: string },
) {
  await q.insert(talentFavourites).values(favourite).onConflictDoNothing();
}

export async function removeFavourite(
  q: Queryable,
  favourite: { eventId: string; talentId: string; recruiterId: string },
) {
  await q
    .delete(talentFavourites)
    .where(
      and(
        eq(talentFavourites.eventId, favourite.eventId),
        eq(talentFavourites.talentId, favourite.talentId),
        eq(talentFavourites.recruiterId, favourite.recruiterId),
      ),
    );
}

/** Within an account's deletion: the talent's favourite marks, at every event. */
export async function deleteFavouritesOf(q: Queryable, talentId: string): Promise<void> {
  await q.delete(talentFavourites).where(eq(talentFavourites.talentId, talentId));
}
