import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  buildCompany,
  buildEvent,
  buildTalents,
  buildUser,
  registerCompany,
} from '../../src/server/test/factories.js';
import { loginAs, withTestApp } from '../../src/server/test/test-app.js';

/**
 * What a team's lists cost on a company of 50 recruiters with 2,000 chats (three history entries each) at an event
 * whose other companies hold as many chats again: p50/p95 and Node CPU per request at 10 requests in flight,
 * and the size of an answer. Run it on two commits to compare them (PGlite, or PostgreSQL with DATABASE_URL).
 */
const RECRUITERS = 50;
const CHATS = 2_000;
const IN_FLIGHT = 10;
const REQUESTS = Number(process.env.MEASURE_REQUESTS ?? 200);

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });

async function generate() {
  const db = t.ctx.db;
  const event = await buildEvent(db, {
    days: [{ date: '2030-03-04', opens: 8 * 60, closes: 20 * 60, durations: [20] }],
  });
  const dayId = event.days[0]!.id;
  const companies = [await buildCompany(db, { name: 'Acme' }), await buildCompany(db, { name: 'Globex' })];
  const me = await buildUser(db, { role: 'recruiter', companyId: companies[0]!.id });
  for (const company of companies) {
    await registerCompany(db, event.id, company.id, 'Booth 1');
    await db.execute(sql`insert into users (email, name, role, company_id, password_hash)
      select 'r-' || ${company.id}::text || '-' || i || '@measure.test', 'Recruiter ' || i, 'recruiter', ${company.id}::uuid, 'x'
      from generate_series(1, ${RECRUITERS - 1}) i`);
  }
  await db.execute(sql`insert into recruiter_details (event_id, recruiter_id, confirmed_at)
    select ${event.id}::uuid, id, now() from users where role = 'recruiter' and company_id in (${companies[0]!.id}::uuid, ${companies[1]!.id}::uuid)`);
  // Every 20-minute slot of the day open: 36 a recruiter.
  await db.execute(sql`insert into availability_days (event_day_id, recruiter_id, duration_minutes, open_slot_starts)
    select ${dayId}::uuid, id, 20, array(select '2030-03-04T08:00:00Z'::timestamptz + make_interval(mins => 20 * s) from generate_series(0, 35) s)
    from users where role = 'recruiter' and company_id in (${companies[0]!.id}::uuid, ${companies[1]!.id}::uuid)`);
  await buildTalents(db, event.id, CHATS * companies.length);
  // Each company: 40 chats a recruiter, a fifth each requested, in scheduling, confirmed, declined and completed.
  await db.execute(sql`
    with r as (select id, company_id, row_number() over (partition by company_id order by id)::int - 1 as n from users where role = 'recruiter' and company_id in (${companies[0]!.id}::uuid, ${companies[1]!.id}::uuid)),
    tl as (select talent_id as id, row_number() over (order by talent_id)::int - 1 as n from event_talents where event_id = ${event.id}::uuid),
    pairs as (select tl.id as talent_id, r.id as recruiter_id, ((tl.n % ${CHATS}) / ${RECRUITERS})::int as k
      from tl join r on r.n = tl.n % ${RECRUITERS} and r.company_id = (case when tl.n < ${CHATS} then ${companies[0]!.id}::uuid else ${companies[1]!.id}::uuid end))
    insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state, event_day_id, starts_at, ends_at, created_at, updated_at)
    select ${event.id}::uuid, talent_id, recruiter_id, 'talent', talent_id,
      (array['requested','in_scheduling','confirmed','declined','completed'])[k % 5 + 1]::chat_state,
      case when k % 5 in (2, 4) then ${dayId}::uuid end,
      case when k % 5 in (2, 4) then '2030-03-04T08:00:00Z'::timestamptz + make_interval(mins => 20 * (k / 5)) end,
      case when k % 5 in (2, 4) then '2030-03-04T08:20:00Z'::timestamptz + make_interval(mins => 20 * (k / 5)) end,
      '2030-02-01T00:00:00Z'::timestamptz + make_interval(mins => k),
      '2030-02-01T00:00:00Z'::timestamptz + make_interval(mins => k)
    from pairs`);
  for (const [kind, side] of [
    ['requested', 'talent'],
    ['approved', 'recruiter'],
    ['booked', 'talent'],
  ] as const)
    await db.execute(sql`insert into chat_history (chat_id, kind, actor_id, side, message, at)
      select id, ${kind}, case when ${side} = 'talent' then talent_id else recruiter_id end, ${side}::chat_initiator,
        'I would love to hear about the robotics team and the roles you are hiring for this spring.', updated_at
      from chats where event_id = ${event.id}::uuid`);
  await db.execute(sql`analyze`);
  return { eventId: event.id, me };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

it('measures the whole-team chat list and the team overview', async () => {
  const { eventId, me } = await generate();
  const client = await loginAs(t.app, me.email);
  const targets = {
    'whole-team chat list': `/api/events/${eventId}/chats?recruiterId=team`,
    'whole-team confirmed tab': `/api/events/${eventId}/chats?recruiterId=team&status=confirmed`,
    'team overview': `/api/events/${eventId}/team`,
  };
  for (const [name, url] of Object.entries(targets)) {
    const first = await client.get(url);
    expect(first.statusCode, first.body).toBe(200);
    for (let i = 0; i < 20; i++) await client.get(url);
    const times: number[] = [];
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next++ < REQUESTS) {
          const begun = performance.now();
          const response = await client.get(url);
          if (response.statusCode !== 200) throw new Error(response.body);
          times.push(performance.now() - begun);
        }
      }),
    );
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    times.sort((a, b) => a - b);
    console.log(
      `${name}: ${first.body.length} bytes, ${(JSON.parse(first.body).chats ?? JSON.parse(first.body).members).length} rows; ` +
        `${IN_FLIGHT} in flight: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(times, 99).toFixed(1)} ms, ${(REQUESTS / (wall / 1000)).toFixed(0)} req/s, ` +
        `CPU ${((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(1)} ms/request`,
    );
  }
});
