import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/infra/db/client.js';
import { hashPassword } from '../src/server/modules/auth/auth.passwords.js';
import { slotStarts } from '../src/shared/booking/grid.js';
import { addDays } from '../src/shared/time/zoned.js';

export interface Scenario {
  eventId: string;
  dayIds: string[];
  talentIds: string[];
  recruiterIds: string[];
}

const TIME_ZONE = 'Europe/Berlin';

/** Both drivers answer raw SQL with `{ rows }`. */
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * A large event built with set-based SQL: `recruiters` recruiters in companies of ten, each confirmed with every
 * 20-minute slot open on each day, `talents` talents, and one booked chat per recruiter and day.
 */
export async function buildScenario(
  db: Db,
  input: { recruiters: number; talents: number; days: number },
): Promise<Scenario> {
  const hash = await hashPassword('bench-password-1');
  const firstDate = addDays(new Date().toISOString().slice(0, 10), 30);
  const organizer = await rows<{ id: string }>(
    db,
    sql`insert into users (email, name, role, password_hash) values ('bench-organizer@bench.test', 'Bench Organizer', 'organizer', ${hash}) returning id`,
  );
  const organizerId = organizer[0]!.id;
  const event = await rows<{ id: string }>(
    db,
    sql`insert into events (organizer_id, name, time_zone, request_policy, published_at) values (${organizerId}, 'Bench Fair', ${TIME_ZONE}, 'both', now()) returning id`,
  );
  const eventId = event[0]!.id;
  const dayIds: string[] = [];
  for (let d = 0; d < input.days; d++) {
    const date = addDays(firstDate, d);
    const day = await rows<{ id: string }>(
      db,
      sql`insert into event_days (event_id, date, mode, opens_at_minute, closes_at_minute, durations) values (${eventId}, ${date}, 'virtual', 540, 1020, '{20,30}') returning id`,
    );
    dayIds.push(day[0]!.id);
  }
  const companies = Math.ceil(input.recruiters / 10);
  await db.execute(
    sql`insert into companies (name) select 'Bench Company ' || g from generate_series(1, ${companies}) g`,
  );
  await db.execute(sql`
    insert into users (email, name, role, password_hash, company_id)
    select 'recruiter' || g || '@bench.test', 'Recruiter ' || g, 'recruiter', ${hash},
           (select id from companies where name = 'Bench Company ' || ((g - 1) / 10 + 1))
    from generate_series(1, ${input.recruiters}) g`);
  await db.execute(
    sql`insert into event_companies (event_id, company_id) select ${eventId}, id from companies where name like 'Bench Company %'`,
  );
  await db.execute(sql`
    insert into recruiter_details (event_id, recruiter_id, languages, topics, confirmed_at)
    select ${eventId}, id, array['English', case when random() < 0.5 then 'German' else 'French' end],
           array[case when random() < 0.5 then 'Robotics' else 'Finance' end], now()
    from users where role = 'recruiter' and email like '%@bench.test'`);
  for (const [d, dayId] of dayIds.entries()) {
    const starts = slotStarts(
      { date: addDays(firstDate, d), opensAtMinute: 540, closesAtMinute: 1020 },
      20,
      TIME_ZONE,
    );
    const literal = `{${starts.map((s) => `"${s.toISOString()}"`).join(',')}}`;
    await db.execute(sql`
      insert into availability_days (event_day_id, recruiter_id, duration_minutes, open_slot_starts)
      select ${dayId}, id, 20, ${literal}::timestamptz[] from users where role = 'recruiter' and email like '%@bench.test'`);
  }
  await db.execute(sql`
    insert into users (email, name, role, password_hash)
    select 'talent' || g || '@bench.test', 'Talent ' || g, 'talent', ${hash} from generate_series(1, ${input.talents}) g`);
  await db.execute(
    sql`insert into talent_profiles (user_id) select id from users where role = 'talent' and email like '%@bench.test'`,
  );
  await db.execute(
    sql`insert into event_talents (event_id, talent_id) select ${eventId}, id from users where role = 'talent' and email like '%@bench.test'`,
  );
  const talentIds = (
    await rows<{ id: string }>(
      db,
      sql`select id from users where role = 'talent' and email like '%@bench.test' order by email`,
    )
  ).map((r) => r.id);
  const recruiterIds = (
    await rows<{ id: string }>(
      db,
      sql`select id from users where role = 'recruiter' and email like '%@bench.test' order by email`,
    )
  ).map((r) => r.id);
  // The first slot of each day is booked for every recruiter, each with a different talent.
  for (const [d, dayId] of dayIds.entries()) {
    const start = slotStarts(
      { date: addDays(firstDate, d), opensAtMinute: 540, closesAtMinute: 1020 },
      20,
      TIME_ZONE,
    )[0]!;
    await db.execute(sql`
      insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state, event_day_id, starts_at, ends_at)
      select ${eventId}, t.id, r.id, 'talent', t.id, 'confirmed', ${dayId}, ${start.toISOString()}::timestamptz, ${start.toISOString()}::timestamptz + interval '20 minutes'
      from (select id, row_number() over (order by email) n from users where role = 'recruiter' and email like '%@bench.test') r
      join (select id, row_number() over (order by email) n from users where role = 'talent' and email like '%@bench.test') t
        on t.n = r.n + ${d * input.recruiters}
      where r.n + ${d * input.recruiters} <= ${input.talents}`);
  }
  return { eventId, dayIds, talentIds, recruiterIds };
}
