import { type SQLWrapper, sql } from 'drizzle-orm';
import type { ChatState } from '../../../shared/booking/chat-phase.js';
import { stateAtSql } from '../../infra/db/chat-phase.sql.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { chatHistory, chats } from '../chats/chats.table.js';
import { companyRequests } from '../chats/chats.company-requests.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';

/** Chats that took or take a recruiter's time: booked, held or missed. An offer still waits for its answer. */
const USED_STATES = sql`('confirmed', 'completed', 'no_show')`;

/** The recruiters of the companies attending the event. */
const attendingRecruiters = (eventId: string) => sql`select ${users.id} as id, ${users.name} as name,
    ${users.companyId} as company_id
  from ${users} join ${eventCompanies} on ${eventCompanies.companyId} = ${users.companyId}
  where ${eventCompanies.eventId} = ${eventId} and ${users.role} = 'recruiter'`;

export interface Headcounts {
  talents: number;
  recruiters: number;
  recruitersConfirmed: number;
  companies: number;
  requestsSent: number;
  approved: number;
  declined: number;
  requestsWaiting: number;
  invitationsSent: number;
  invitationsWaiting: number;
  medianMinutesToAnswer: number | null;
  asked: number;
  booked: number;
  met: number;
}

/**
 * Every count of the dashboard that is one number, in one statement. Talents count in the funnel only while
 * registered, so each step is part of the one before.
 */
export async function readHeadcounts(q: Queryable, eventId: string, now: Date): Promise<Headcounts> {
  const state = stateAtSql(chats, now);
  const registered = (talentId: SQLWrapper) => sql`exists (select 1 from ${eventTalents} t
    where t.event_id = ${eventId} and t.talent_id = ${talentId})`;
  const result = await q.execute(sql`with recruiters as (${attendingRecruiters(eventId)}),
    -- One pass over the event's chats for every count of them; the talents' steps count registered talents only.
    event_chats as (
      select ${chats.id} as id, ${chats.talentId} as talent_id, ${chats.state} as stored, ${state} as state,
        ${registered(chats.talentId)} as registered
      from ${chats} where ${chats.eventId} = ${eventId}
    ),
    chat_counts as (
      select count(*) filter (where stored = 'requested')::int as requests_waiting,
        count(*) filter (where stored = 'invited')::int as invitations_waiting,
        count(distinct talent_id) filter (where registered and stored in ${USED_STATES})::int as booked,
        count(distinct talent_id) filter (where registered and state = 'completed')::int as met
      from event_chats
    ),
    -- Joined rather than looked up per request: a fair's thousands of requests are one hash join.
    requests as (
      select r.id, r.at, min(a.at) as answered_at
      from ${chatHistory} r
      join event_chats c on c.id = r.chat_id
      left join ${chatHistory} a on a.chat_id = r.chat_id and a.id > r.id and a.side = 'recruiter'
        and a.kind in ('approved', 'declined')
      where r.kind = 'requested'
      group by r.id, r.at
    ),
    -- A talent declining an invitation is no answer to a request: only the recruiters' side counts.
    answers as (
      select h.kind, count(*)::int as n from ${chatHistory} h join event_chats c on c.id = h.chat_id
      where (h.kind in ('approved', 'declined') and h.side = 'recruiter') or h.kind = 'invited'
      group by h.kind
    )
    select
      (select count(*)::int from ${eventTalents} where ${eventTalents.eventId} = ${eventId}) as talents,
      (select count(*)::int from recruiters) as recruiters,
      (select count(*)::int from ${recruiterDetails} d join recruiters r on r.id = d.recruiter_id
        where d.event_id = ${eventId} and d.confirmed_at is not null) as recruiters_confirmed,
      (select count(*)::int from ${eventCompanies} where ${eventCompanies.eventId} = ${eventId}) as companies,
      (select count(*)::int from requests) as requests_sent,
      coalesce((select n from answers where kind = 'approved'), 0) as approved,
      coalesce((select n from answers where kind = 'declined'), 0) as declined,
      coalesce((select n from answers where kind = 'invited'), 0) as invitations_sent,
      chat_counts.invitations_waiting,
      chat_counts.requests_waiting,
      (select percentile_cont(0.5) within group (order by date_part('epoch', answered_at - at) / 60)
        from requests where answered_at is not null) as median_minutes_to_answer,
      (select count(*)::int from (
        select talent_id from event_chats where registered
        union
        select ${companyRequests.talentId} from ${companyRequests}
        where ${companyRequests.eventId} = ${eventId} and ${registered(companyRequests.talentId)}) asked) as asked,
      chat_counts.booked,
      chat_counts.met
    from chat_counts`);
  const [row] = (result as unknown as { rows: Record<string, number | null>[] }).rows;
  const count = (name: string) => Number(row![name]);
  const median = row!.median_minutes_to_answer;
  return {
    talents: count('talents'),
    recruiters: count('recruiters'),
    recruitersConfirmed: count('recruiters_confirmed'),
    companies: count('companies'),
    requestsSent: count('requests_sent'),
    approved: count('approved'),
    declined: count('declined'),
    requestsWaiting: count('requests_waiting'),
    invitationsSent: count('invitations_sent'),
    invitationsWaiting: count('invitations_waiting'),
    medianMinutesToAnswer: median === null ? null : Number(median),
    asked: count('asked'),
    booked: count('booked'),
    met: count('met'),
  };
}

/** The event's chats per state at `now` (a confirmed chat whose end has passed counts as completed). */
export async function countChatsByState(q: Queryable, eventId: string, now: Date) {
  const state = stateAtSql(chats, now);
  const result = await q.execute(sql`select ${state} as state, count(*)::int as n
    from ${chats} where ${chats.eventId} = ${eventId} group by 1`);
  return (result as unknown as { rows: { state: ChatState; n: number }[] }).rows;
}

export interface RecruiterDayUse {
  recruiterId: string;
  recruiterName: string;
  companyId: string;
  companyName: string;
  dayId: string;
  date: string;
  openSlots: number;
  bookedSlots: number;
}

/**
 * Per recruiter and day, the slots they opened and how many of those a used chat of theirs overlaps (a walk-in or
 * the rest of a slot taken after a no-show counts for the slot it falls in). Each used chat is held against the slots
 * of its own recruiter and day only: opened slots are counted by their array's length, never one by one.
 */
export async function readSlotUse(q: Queryable, eventId: string): Promise<RecruiterDayUse[]> {
  const result = await q.execute(sql`with recruiters as (${attendingRecruiters(eventId)}),
    used as (
      select ${chats.recruiterId} as recruiter_id, ${chats.eventDayId} as event_day_id,
        ${chats.startsAt} as starts_at, ${chats.endsAt} as ends_at
      from ${chats} where ${chats.eventId} = ${eventId} and ${chats.state} in ${USED_STATES}
    ),
    booked as (
      select a.recruiter_id, a.event_day_id, count(distinct s.start)::int as n
      from ${availabilityDays} a
      join used u on u.recruiter_id = a.recruiter_id and u.event_day_id = a.event_day_id
      cross join lateral unnest(a.open_slot_starts) as s(start)
      where u.starts_at < s.start + make_interval(mins => a.duration_minutes) and u.ends_at > s.start
      group by a.recruiter_id, a.event_day_id
    )
    select r.id as recruiter_id, r.name as recruiter_name, co.id as company_id, co.name as company_name,
      d.id as day_id, d.date::text as date, cardinality(a.open_slot_starts) as open_slots,
      coalesce(b.n, 0) as booked_slots
    from ${availabilityDays} a
    join ${eventDays} d on d.id = a.event_day_id and d.event_id = ${eventId}
    join recruiters r on r.id = a.recruiter_id
    join ${companies} co on co.id = r.company_id
    left join booked b on b.recruiter_id = a.recruiter_id and b.event_day_id = a.event_day_id
    where cardinality(a.open_slot_starts) > 0
    order by co.name, r.name, r.id, d.date`);
  return (
    result as unknown as {
      rows: {
        recruiter_id: string;
        recruiter_name: string;
        company_id: string;
        company_name: string;
        day_id: string;
        date: string;
        open_slots: number;
        booked_slots: number;
      }[];
    }
  ).rows.map((row) => ({
    recruiterId: row.recruiter_id,
    recruiterName: row.recruiter_name,
    companyId: row.company_id,
    companyName: row.company_name,
    dayId: row.day_id,
    date: row.date,
    openSlots: Number(row.open_slots),
    bookedSlots: Number(row.booked_slots),
  }));
}

/** The event's days in order, so a day nobody opened a slot on still shows. */
export async function listDays(q: Queryable, eventId: string) {
  const result = await q.execute(sql`select ${eventDays.id} as id, ${eventDays.date}::text as date
    from ${eventDays} where ${eventDays.eventId} = ${eventId} order by ${eventDays.date}`);
  return (result as unknown as { rows: { id: string; date: string }[] }).rows;
}

/** Every chat of the event with its people and day, for the organizer's export: no notes, nothing private. */
export async function listEventChats(q: Queryable, eventId: string, now: Date) {
  const state = stateAtSql(chats, now);
  const result = await q.execute(sql`select ${chats.id} as id, ${state} as state,
      ${chats.initiatedBy} as initiated_by, ${chats.createdAt} as created_at,
      ${chats.startsAt} as starts_at, ${chats.endsAt} as ends_at, d.date::text as date, d.mode as mode,
      talent.name as talent_name, talent.email as talent_email,
      recruiter.name as recruiter_name, recruiter.email as recruiter_email, co.name as company_name
    from ${chats}
    join ${users} talent on talent.id = ${chats.talentId}
    join ${users} recruiter on recruiter.id = ${chats.recruiterId}
    left join ${companies} co on co.id = recruiter.company_id
    left join ${eventDays} d on d.id = ${chats.eventDayId}
    where ${chats.eventId} = ${eventId}
    order by ${chats.startsAt} nulls last, ${chats.createdAt}, ${chats.id}`);
  return (
    result as unknown as {
      rows: {
        id: string;
        state: ChatState;
        initiated_by: 'talent' | 'recruiter';
        created_at: string | Date;
        starts_at: string | Date | null;
        ends_at: string | Date | null;
        date: string | null;
        mode: 'virtual' | 'in_person' | null;
        talent_name: string;
        talent_email: string;
        recruiter_name: string;
        recruiter_email: string;
        company_name: string | null;
      }[];
    }
  ).rows;
}
