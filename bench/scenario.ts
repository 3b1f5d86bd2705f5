import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/infra/db/client.js';
import { hashPassword } from '../src/server/modules/auth/auth.passwords.js';
import { slotStarts } from '../src/shared/booking/grid.js';
import { addDays } from '../src/shared/time/zoned.js';

export interface Scenario {
  eventId: string;
  organizerId: string;
  dayIds: string[];
  /** In generation order: talent 1 first. */
  talentIds: string[];
  /** In generation order: the first `TEAM_SIZE` are the large team's. */
  recruiterIds: string[];
}

const TIME_ZONE = 'Europe/Berlin';
const DAYS = 3;
const SLOT_MINUTES = 20;
/** 09:00–17:00 in 20-minute slots: 24 a day, all open. */
const OPENS = 540;
const CLOSES = 1020;
/** The one large company: its recruiters are the first ones generated. */
const TEAM_SIZE = 50;
const TEAM_CHATS = 2_000;
/** Talents with a chat of the large team; the ones after them are free for the booking rows. */
const TEAM_TALENTS_FROM = 3_000;

/** Both drivers answer raw SQL with `{ rows }`. */
export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Drizzle spreads a JS array into a parameter list; a Postgres array literal travels as one parameter. */
const pgArray = (list: readonly string[]) => `{${list.join(',')}}`;

/**
 * The fair of the issue, built with set-based SQL on either database: `recruiters` recruiters (the first 50 one
 * company, the others in companies of ten), each confirmed with all 24 slots of each of 3 days open and the first
 * slot of each day booked; `talents` talents; and the large company's 2,000 chats in a realistic mix of states
 * (30 % requested, 20 % approved, 25 % booked, 15 % declined, 10 % cancelled) with their history.
 */
export async function buildScenario(
  db: Db,
  input: { recruiters: number; talents: number },
): Promise<Scenario> {
  const hash = await hashPassword('bench-password-1');
  const firstDate = addDays(new Date().toISOString().slice(0, 10), 30);
  const [organizer] = await rows<{ id: string }>(
    db,
    sql`insert into users (email, name, role, password_hash) values ('bench-organizer@bench.test', 'Bench Organizer', 'organizer', ${hash}) returning id`,
  );
  const organizerId = organizer!.id;
  const [event] = await rows<{ id: string }>(
    db,
    sql`insert into events (organizer_id, name, time_zone, request_policy, published_at) values (${organizerId}, 'Bench Fair', ${TIME_ZONE}, 'both', now()) returning id`,
  );
  const eventId = event!.id;
  const dayIds: string[] = [];
  for (let d = 0; d < DAYS; d++) {
    const [day] = await rows<{ id: string }>(
      db,
      sql`insert into event_days (event_id, date, mode, opens_at_minute, closes_at_minute, durations) values (${eventId}, ${addDays(firstDate, d)}, 'virtual', ${OPENS}, ${CLOSES}, '{20,30}') returning id`,
    );
    dayIds.push(day!.id);
  }
  const companies = 1 + Math.ceil(Math.max(0, input.recruiters - TEAM_SIZE) / 10);
  await db.execute(sql`
    insert into companies (name, owner_id)
    select 'Bench Company ' || g, ${organizerId} from generate_series(1, ${companies}) g`);
  await db.execute(sql`
    insert into users (email, name, role, password_hash, company_id)
    select 'recruiter' || g || '@bench.test', 'Recruiter ' || g, 'recruiter', ${hash}, c.id
    from generate_series(1, ${input.recruiters}) g
    join companies c on c.name = 'Bench Company ' || (case when g <= ${TEAM_SIZE} then 1 else (g - ${TEAM_SIZE + 1}) / 10 + 2 end)`);
  await db.execute(sql`
    insert into event_companies (event_id, company_id, booth)
    select ${eventId}, id, 'Booth ' || substr(name, 15) from companies where owner_id = ${organizerId}`);
  await db.execute(sql`
    insert into recruiter_details (event_id, recruiter_id, backgrounds, languages, topics, confirmed_at)
    select ${eventId}, id, array['Engineering'], array['English', case when random() < 0.5 then 'German' else 'French' end],
           array[case when random() < 0.5 then 'Robotics' else 'Finance' end], now()
    from users where role = 'recruiter' and email like '%@bench.test'`);
  for (const [d, dayId] of dayIds.entries()) {
    const starts = slotStarts(
      { date: addDays(firstDate, d), opensAtMinute: OPENS, closesAtMinute: CLOSES },
      SLOT_MINUTES,
      TIME_ZONE,
    );
    await db.execute(sql`
      insert into availability_days (event_day_id, recruiter_id, duration_minutes, open_slot_starts)
      select ${dayId}, id, ${SLOT_MINUTES}, ${pgArray(starts.map((s) => `"${s.toISOString()}"`))}::timestamptz[]
      from users where role = 'recruiter' and email like '%@bench.test'`);
  }
  await db.execute(sql`
    insert into users (email, name, role, password_hash)
    select 'talent' || g || '@bench.test', 'Talent ' || g, 'talent', ${hash} from generate_series(1, ${input.talents}) g`);
  await db.execute(sql`
    insert into talent_profiles (user_id, headline, languages, topics)
    select id, 'Graduate', array['English'], array['Robotics'] from users where role = 'talent' and email like '%@bench.test'`);
  await db.execute(
    sql`insert into event_talents (event_id, talent_id) select ${eventId}, id from users where role = 'talent' and email like '%@bench.test'`,
  );
  // Numbered views of the generated people, so later statements pair them by number.
  await db.execute(sql`
    create table bench_people as
    select id, role, company_id, row_number() over (partition by role order by length(email), email) as n
    from users where email like '%@bench.test' and role in ('recruiter', 'talent')`);
  await db.execute(sql`create index on bench_people (role, n)`);
  // The first slot of each day is booked for every recruiter, each with a different talent.
  for (const [d, dayId] of dayIds.entries()) {
    await db.execute(sql`
      insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state, event_day_id, starts_at, ends_at)
      select ${eventId}, t.id, r.id, 'talent', t.id, 'confirmed', ${dayId}, a.open_slot_starts[1], a.open_slot_starts[1] + interval '20 minutes'
      from bench_people r
      join bench_people t on t.role = 'talent' and t.n = r.n + ${d * input.recruiters}
      join availability_days a on a.event_day_id = ${dayId} and a.recruiter_id = r.id
      where r.role = 'recruiter'`);
  }
  await buildTeamChats(db, eventId, dayIds);
  const people = await rows<{ id: string; role: string }>(
    db,
    sql`select id, role from bench_people order by n`,
  );
  await db.execute(sql`drop table bench_people`);
  await db.execute(sql`analyze`);
  return {
    eventId,
    organizerId,
    dayIds,
    talentIds: people.filter((p) => p.role === 'talent').map((p) => p.id),
    recruiterIds: people.filter((p) => p.role === 'recruiter').map((p) => p.id),
  };
}

/** The large company's chats (and every chat's history): chat k belongs to team recruiter k mod 50 and to talent 3,000 + k. */
async function buildTeamChats(db: Db, eventId: string, dayIds: string[]): Promise<void> {
  await db.execute(sql`
    insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state, event_day_id, starts_at, ends_at, created_at, updated_at)
    select ${eventId}, t.id, r.id, 'talent', t.id, s.state::chat_state,
           case when s.state = 'confirmed' then a.event_day_id end,
           case when s.state = 'confirmed' then a.open_slot_starts[2 + (k - 1) / 150] end,
           case when s.state = 'confirmed' then a.open_slot_starts[2 + (k - 1) / 150] + interval '20 minutes' end,
           now() - (k || ' minutes')::interval, now() - (k || ' seconds')::interval
    from generate_series(1, ${TEAM_CHATS}) k
    cross join lateral (select case
      when k % 20 < 6 then 'requested' when k % 20 < 10 then 'in_scheduling' when k % 20 < 15 then 'confirmed'
      when k % 20 < 18 then 'declined' else 'cancelled' end as state) s
    join bench_people r on r.role = 'recruiter' and r.n = 1 + (k - 1) % ${TEAM_SIZE}
    join bench_people t on t.role = 'talent' and t.n = ${TEAM_TALENTS_FROM} + k
    join availability_days a on a.recruiter_id = r.id
      and a.event_day_id = (${pgArray(dayIds)}::uuid[])[1 + ((k - 1) / ${TEAM_SIZE}) % 3]`);
  // What each state went through, in order: the request, then the recruiter's answer, the booking, the cancellation.
  await db.execute(sql`
    insert into chat_history (chat_id, kind, actor_id, side, message, from_starts_at, to_starts_at, at)
    select c.id, h.kind::chat_history_kind, case h.side when 'talent' then c.talent_id else c.recruiter_id end,
           h.side::chat_initiator, h.message,
           case when h.kind = 'cancelled' then c.created_at + interval '30 days' end,
           case when h.kind = 'booked' then coalesce(c.starts_at, c.created_at + interval '30 days') end,
           c.created_at + h.step * interval '1 hour'
    from chats c
    join (values
      ('requested', 0, 'requested', 'talent', 'I would love to hear about your graduate programme.'),
      ('in_scheduling', 0, 'requested', 'talent', 'Could we talk about the robotics team?'),
      ('in_scheduling', 1, 'approved', 'recruiter', null),
      ('confirmed', 0, 'requested', 'talent', 'I am interested in the finance roles.'),
      ('confirmed', 1, 'approved', 'recruiter', null),
      ('confirmed', 2, 'booked', 'talent', null),
      ('declined', 0, 'requested', 'talent', 'Do you hire interns?'),
      ('declined', 1, 'declined', 'recruiter', 'No free slots left'),
      ('cancelled', 0, 'requested', 'talent', 'Looking forward to it.'),
      ('cancelled', 1, 'approved', 'recruiter', null),
      ('cancelled', 2, 'booked', 'talent', null),
      ('cancelled', 3, 'cancelled', 'talent', 'Something came up, sorry.')
    ) as h(state, step, kind, side, message) on h.state = c.state::text
    where c.event_id = ${eventId}
    order by c.created_at desc, h.step`);
}

/**
 * Talents for the waitlist row: the team's talents, whose chats are all with the team and never at the first slot
 * of a day, so none of them holds the time a non-team recruiter's first slot frees.
 */
export const waitingTalents = (scenario: Scenario, count: number) =>
  scenario.talentIds.slice(TEAM_TALENTS_FROM, TEAM_TALENTS_FROM + count);

/** Recruiters of the companies of ten, after the team: those the booking rows use. */
export const otherRecruiters = (scenario: Scenario) => scenario.recruiterIds.slice(TEAM_SIZE);

export interface PreparedConfirmation {
  chatId: string;
  talentId: string;
  startsAt: string;
}

/**
 * `count` approved chats ready to book on day `day` (one set a day, so sets never overlap in time), for
 * talents after the team's and recruiters after the team. With `contended`, every two chats compete for one slot.
 */
export async function prepareConfirmations(
  db: Db,
  scenario: Scenario,
  input: { count: number; day: number; contended: boolean },
): Promise<PreparedConfirmation[]> {
  const recruiters = otherRecruiters(scenario);
  // Each day's set takes its own third of the free talents, so no talent–recruiter pair is made twice.
  const free = scenario.talentIds.slice(TEAM_TALENTS_FROM + TEAM_CHATS);
  const third = Math.floor(free.length / 3);
  const talents = free.slice(input.day * third, (input.day + 1) * third);
  if (talents.length < input.count)
    throw new Error(`only ${talents.length} talents left for ${input.count} bookings`);
  const perSlot = input.contended ? 2 : 1;
  return rows<PreparedConfirmation>(
    db,
    sql`
    with wanted as (
      select i, (${pgArray(talents.slice(0, input.count))}::uuid[])[i] as talent_id,
             (${pgArray(recruiters)}::uuid[])[1 + ((i - 1) / ${perSlot}) % ${recruiters.length}] as recruiter_id,
             2 + ((i - 1) / ${perSlot}) / ${recruiters.length} as slot
      from generate_series(1, ${input.count}) i
    ), made as (
      insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state)
      select ${scenario.eventId}, talent_id, recruiter_id, 'talent', talent_id, 'in_scheduling' from wanted
      returning id, talent_id, recruiter_id
    )
    select m.id as "chatId", m.talent_id as "talentId",
           to_char(a.open_slot_starts[w.slot] at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "startsAt"
    from made m join wanted w using (talent_id, recruiter_id)
    join availability_days a on a.recruiter_id = m.recruiter_id and a.event_day_id = ${scenario.dayIds[input.day]!}
    order by w.i`,
  );
}
