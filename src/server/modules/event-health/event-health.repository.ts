import { inArray, sql } from 'drizzle-orm';
import type { HealthReminderKind } from '../../../shared/schemas/event-health.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { isFreeSlotSql } from '../availability/index.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { healthReminders } from './event-health.table.js';

/**
 * Each warning is one grouped statement over the whole event, whatever its number of recruiters: the panel of an
 * event with a thousand recruiters asks three queries, not one per person.
 */

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The recruiters of the companies attending the event, with their company. */
const attendingRecruiters = (eventId: string) => sql`select ${users.id} as id, ${users.name} as name,
    ${companies.id} as company_id, ${companies.name} as company_name
  from ${users}
  join ${eventCompanies} on ${eventCompanies.companyId} = ${users.companyId} and ${eventCompanies.eventId} = ${eventId}
  join ${companies} on ${companies.id} = ${users.companyId}
  where ${users.role} = 'recruiter'`;

/** The confirmed recruiters' opened slots at the event, as `a` (availability row) and `s` (start). */
const confirmedSlots = (eventId: string) => sql`${availabilityDays} a
  join ${eventDays} d on d.id = a.event_day_id and d.event_id = ${eventId}
  join ${recruiterDetails} rd on rd.recruiter_id = a.recruiter_id and rd.event_id = ${eventId}
    and rd.confirmed_at is not null
  cross join unnest(a.open_slot_starts) as s`;

export interface RecruiterRow {
  id: string;
  name: string;
  companyId: string;
  companyName: string;
}

type RawRecruiter = { id: string; name: string; company_id: string; company_name: string };
const recruiterOf = (row: RawRecruiter): RecruiterRow => ({
  id: row.id,
  name: row.name,
  companyId: row.company_id,
  companyName: row.company_name,
});

/** Attending recruiters who have not confirmed their availability at the event. */
export async function listUnconfirmedRecruiters(q: Queryable, eventId: string): Promise<RecruiterRow[]> {
  const result = await q.execute(sql`with r as (${attendingRecruiters(eventId)})
    select r.* from r
    where not exists (select 1 from ${recruiterDetails} rd
      where rd.recruiter_id = r.id and rd.event_id = ${eventId} and rd.confirmed_at is not null)
    order by r.company_name, r.name, r.id`);
  return rowsOf<RawRecruiter>(result).map(recruiterOf);
}

/**
 * Companies whose confirmed recruiters have slots ahead, every one of them taken from `now` on, with how many.
 */
export async function listFullCompanies(q: Queryable, eventId: string, now: Date) {
  const result = await q.execute(sql`with r as (${attendingRecruiters(eventId)}),
    per_company as (
      select r.company_id,
        count(*) filter (where s >= ${now.toISOString()}::timestamptz)::int as ahead,
        count(*) filter (where ${isFreeSlotSql(now)})::int as free
      from ${confirmedSlots(eventId)}
      join r on r.id = a.recruiter_id
      group by r.company_id
    )
    select p.company_id, p.ahead - p.free as taken, r.id, r.name, r.company_name
    from per_company p join r on r.company_id = p.company_id
    where p.free = 0 and p.ahead > 0
    order by r.company_name, p.company_id, r.name, r.id`);
  return groupBy(
    rowsOf<RawRecruiter & { taken: number }>(result),
    (row) => row.company_id,
    (rows) => ({
      companyId: rows[0]!.company_id,
      companyName: rows[0]!.company_name,
      takenSlots: Number(rows[0]!.taken),
      recruiters: rows.map(recruiterOf),
    }),
  );
}

/**
 * Per day with slots ahead: its free slots, and the requests waiting for an answer (`requested`) or a time
 * (`in_scheduling`) to recruiters with a confirmed slot not yet started that day, which could be given one there. A
 * request to a recruiter with slots ahead on two days counts on both. Only days with more requests than free slots.
 */
export async function listBusyDays(q: Queryable, eventId: string, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await q.execute(sql`with r as (${attendingRecruiters(eventId)}),
    day_recruiters as (
      select a.event_day_id as day_id, a.recruiter_id,
        count(*) filter (where ${isFreeSlotSql(now)})::int as free
      from ${confirmedSlots(eventId)}
      where s >= ${at}
      group by a.event_day_id, a.recruiter_id
    ),
    waiting as (
      select ${chats.recruiterId} as recruiter_id, count(*)::int as n from ${chats}
      where ${chats.eventId} = ${eventId} and ${chats.state} in ('requested', 'in_scheduling')
      group by ${chats.recruiterId}
    ),
    days as (
      select dr.day_id, sum(dr.free)::int as free, coalesce(sum(w.n), 0)::int as requests
      from day_recruiters dr left join waiting w on w.recruiter_id = dr.recruiter_id
      group by dr.day_id
    )
    select days.day_id, d.date::text as date, days.free, days.requests, w.n as waiting,
      r.id, r.name, r.company_id, r.company_name
    from days
    join ${eventDays} d on d.id = days.day_id
    join day_recruiters dr on dr.day_id = days.day_id
    join waiting w on w.recruiter_id = dr.recruiter_id
    join r on r.id = dr.recruiter_id
    where days.requests > days.free
    order by d.date, r.company_name, r.name, r.id`);
  return groupBy(
    rowsOf<RawRecruiter & { day_id: string; date: string; free: number; requests: number; waiting: number }>(
      result,
    ),
    (row) => row.day_id,
    (rows) => ({
      dayId: rows[0]!.day_id,
      date: rows[0]!.date,
      freeSlots: Number(rows[0]!.free),
      openRequests: Number(rows[0]!.requests),
      recruiters: rows.map((row) => ({ ...recruiterOf(row), waiting: Number(row.waiting) })),
    }),
  );
}

function groupBy<R, T>(rows: R[], keyOf: (row: R) => string, make: (rows: R[]) => T): T[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map(make);
}

/** When each person last got a reminder of each kind at the event. */
export async function lastRemindersOf(q: Queryable, eventId: string) {
  const result = await q.execute(sql`select ${healthReminders.kind} as kind,
      ${healthReminders.recipientId} as recipient_id, max(${healthReminders.sentAt}) as sent_at
    from ${healthReminders} where ${healthReminders.eventId} = ${eventId}
    group by 1, 2`);
  const last = new Map<string, Date>();
  for (const row of rowsOf<{ kind: HealthReminderKind; recipient_id: string; sent_at: string | Date }>(
    result,
  ))
    last.set(`${row.kind} ${row.recipient_id}`, new Date(row.sent_at));
  return (kind: HealthReminderKind, recipientId: string) => last.get(`${kind} ${recipientId}`);
}

/** Reminders of one event take turns, so two clicks cannot both find nobody reminded and both send. */
export async function lockEventReminders(q: Queryable, eventId: string): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(hashtext(${`health-reminders:${eventId}`}))`);
}

export async function insertReminders(
  q: Queryable,
  rows: {
    eventId: string;
    kind: HealthReminderKind;
    recipientId: string;
    sentById: string;
    note: string | null;
    sentAt: Date;
  }[],
): Promise<void> {
  if (rows.length > 0) await q.insert(healthReminders).values(rows);
}

/** Where and in which language each person reads their emails. */
export async function mailAddressesOf(q: Queryable, userIds: string[]) {
  const rows = await q
    .select({
      id: users.id,
      email: users.email,
      language: users.language,
      browserLanguage: users.browserLanguage,
    })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map(({ id, ...address }) => [id, address]));
}
