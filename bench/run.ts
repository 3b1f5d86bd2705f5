// `npm run bench`: figures for each database, beside raw baselines measured in the same run. Asserts nothing.
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { buildScenario } from './scenario.js';
import { type BenchDatabase, freshPglite, freshPostgres } from './databases.js';
import { importUnderLoad } from './import.js';
import { liveRelay } from './live.js';
import { measure, report } from './measure.js';
import { benchApp, serveBenchApp } from './serve.js';

const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function baselines(target: BenchDatabase): Promise<void> {
  const { app } = await benchApp(target);
  // The cheapest possible route: what Fastify and the loopback cost before any of our code runs.
  app.get('/bench/empty', { schema: { hide: true } }, async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    report(
      'HTTP empty route (32 in flight)',
      await measure(4000, 32, () => fetch(`${base}/bench/empty`).then((r) => r.arrayBuffer())),
    );
    report(
      'HTTP /health: one SELECT 1 (32 in flight)',
      await measure(4000, 32, () => fetch(`${base}/health`).then((r) => r.arrayBuffer())),
    );
    await target.database.db.execute(
      sql`create table if not exists bench_scratch (id serial primary key, v text not null)`,
    );
    report(
      'bare INSERT, one at a time',
      await measure(2000, 1, (i) =>
        target.database.db.execute(sql`insert into bench_scratch (v) values (${`row ${i}`})`),
      ),
    );
    report(
      'bare INSERT, 8 in flight',
      await measure(2000, 8, (i) =>
        target.database.db.execute(sql`insert into bench_scratch (v) values (${`row ${i}`})`),
      ),
    );
  } finally {
    await app.close();
  }
}

/** Drizzle spreads a JS array into a parameter list; a Postgres array literal travels as one parameter. */
const pgArray = (list: readonly string[]) => `{${list.join(',')}}`;

const SIZE = {
  recruiters: Number(process.env.BENCH_RECRUITERS ?? 1000),
  talents: Number(process.env.BENCH_TALENTS ?? 10_000),
  days: 3,
};

/** The product's hot paths on a generated event: the talent's recruiter list and slot booking under contention. */
async function chatScenario(target: BenchDatabase): Promise<void> {
  const started = performance.now();
  const scenario = await buildScenario(target.database.db, SIZE);
  console.log(
    `  generated ${SIZE.recruiters} recruiters × ${SIZE.days} days and ${SIZE.talents} talents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const { app, base, clientFor } = await serveBenchApp(target);
  try {
    const viewers = await Promise.all(scenario.talentIds.slice(-20).map(clientFor));
    const list = (i: number) =>
      fetch(`${base}/api/events/${scenario.eventId}/recruiters`, {
        headers: { cookie: viewers[i % viewers.length]!.cookie },
      }).then(async (r) => {
        if (r.status !== 200) throw new Error(`recruiter list answered ${r.status}`);
        return r.arrayBuffer();
      });
    await list(0);
    report(
      `talent's recruiter list (${SIZE.recruiters} recruiters, 4 in flight)`,
      await measure(100, 4, list),
    );
    report(
      `talent's recruiter list, filtered by language (4 in flight)`,
      await measure(100, 4, (i) =>
        fetch(`${base}/api/events/${scenario.eventId}/recruiters?language=German`, {
          headers: { cookie: viewers[i % viewers.length]!.cookie },
        }).then((r) => r.arrayBuffer()),
      ),
    );

    // Contention: 400 talents approved by 20 recruiters all try to book one of the first five free slots of the
    // last day at once: 100 slots for 400 people, so most attempts lose a race and get 409.
    const contenders = scenario.talentIds.slice(SIZE.talents - 420, SIZE.talents - 20);
    const recruiters = scenario.recruiterIds.slice(0, 20);
    const chats = (await target.database.db.execute(sql`
      insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state)
      select ${scenario.eventId}, t.id, (${pgArray(recruiters)}::uuid[])[(t.n % 20) + 1], 'talent', t.id, 'in_scheduling'
      from unnest(${pgArray(contenders)}::uuid[]) with ordinality as t(id, n)
      returning id`)) as unknown as { rows: { id: string }[] };
    const lastDay = scenario.dayIds.at(-1)!;
    const slots = (await target.database.db.execute(
      sql`select unnest(open_slot_starts[2:6]) as s from availability_days where event_day_id = ${lastDay} limit 5`,
    )) as unknown as { rows: { s: string | Date }[] };
    const choices = slots.rows.map((r) => new Date(r.s).toISOString());
    const clients = await Promise.all(contenders.map(clientFor));
    const outcomes = { 200: 0, 409: 0, other: 0 };
    const summary = await measure(contenders.length, 32, async (i) => {
      const client = clients[i]!;
      const response = await fetch(`${base}/api/chats/${chats.rows[i]!.id}/confirm`, {
        method: 'POST',
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ startsAt: choices[Math.floor(Math.random() * choices.length)] }),
      });
      await response.arrayBuffer();
      if (response.status === 200) outcomes[200]++;
      else if (response.status === 409) outcomes[409]++;
      else outcomes.other++;
    });
    report('slot confirmations under contention (32 in flight)', summary);
    const booked = (await target.database.db.execute(
      sql`select count(*)::int as n from chats where event_id = ${scenario.eventId} and state = 'confirmed' and event_day_id = ${lastDay} and recruiter_id = any(${pgArray(recruiters)}::uuid[]) and starts_at > (select min(s) from (select unnest(open_slot_starts) s from availability_days where event_day_id = ${lastDay} limit 1) x)`,
    )) as unknown as { rows: { n: number }[] };
    console.log(
      `    → ${outcomes[200]} booked (${(outcomes[200] / (summary.count / summary.perSecond || 1)).toFixed(1)}/s), ${outcomes[409]} refused with 409, ${outcomes.other} other; ${booked.rows[0]!.n} confirmed rows for ${recruiters.length * choices.length} contested slots`,
    );
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  console.log(`Parley benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  const targets: (() => Promise<BenchDatabase | null>)[] = [freshPglite, () => freshPostgres(postgresUrl)];
  for (const open of targets) {
    const target = await open();
    if (!target) {
      console.log(
        `\nPostgreSQL server at ${new URL(postgresUrl).host} not reachable: skipped (set BENCH_DATABASE_URL).`,
      );
      continue;
    }
    console.log(`\n${target.label}`);
    try {
      if (process.env.BENCH_ONLY === 'import') {
        await importUnderLoad(target);
        continue;
      }
      await baselines(target);
      await liveRelay(target);
      await importUnderLoad(target);
      await chatScenario(target);
    } finally {
      await target.dispose();
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
