// `npx tsx bench/pglite-thread.ts`: PGlite on the main thread (as it was, 128 MB of shared buffers) against PGlite
// in its worker thread (as `npm start` runs it), A/B/A/B in one process: the recruiter list and slot bookings under
// load, and how long the HTTP event loop waited meanwhile. Asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { type Database, openPglite, pgliteExtensions } from '../src/server/infra/db/client.js';
import type { BenchDatabase } from './databases.js';
import { measure, report } from './measure.js';
import { buildScenario } from './scenario.js';
import { serveBenchApp } from './serve.js';

const SIZE = {
  recruiters: Number(process.env.BENCH_RECRUITERS ?? 200),
  talents: Number(process.env.BENCH_TALENTS ?? 2000),
  days: 3,
};
const pgArray = (list: readonly string[]) => `{${list.join(',')}}`;

const modes: Record<string, (dir: string) => Promise<Database>> = {
  'main thread': async (dir) =>
    openPglite({ client: await PGlite.create(path.join(dir, 'pglite'), { extensions: pgliteExtensions }) }),
  'worker thread': (dir) => openPglite({ dataDir: dir }),
};

async function run(label: string, open: (dir: string) => Promise<Database>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  const database = await open(dir);
  const target: BenchDatabase = { label, database, dispose: async () => {} };
  try {
    console.log(`\nPGlite on the ${label}`);
    const scenario = await buildScenario(database.db, SIZE);
    const { app, base, clientFor } = await serveBenchApp(target);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    const loopReport = (what: string) => {
      const ms = (ns: number) => (ns / 1e6).toFixed(1);
      console.log(
        `    event loop delay during ${what}: p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms`,
      );
      loop.reset();
    };
    try {
      const viewers = await Promise.all(scenario.talentIds.slice(-20).map(clientFor));
      const list = (i: number) =>
        fetch(`${base}/api/events/${scenario.eventId}/recruiters`, {
          headers: { cookie: viewers[i % viewers.length]!.cookie },
        }).then((r) => r.arrayBuffer());
      const health = () => fetch(`${base}/health`).then((r) => r.arrayBuffer());
      await list(0);
      loop.enable();
      report('/health alone (8 in flight)', await measure(400, 8, health));
      loopReport('/health');
      report(`recruiter list (${SIZE.recruiters} recruiters, 8 in flight)`, await measure(100, 8, list));
      loopReport('the list');
      // What a cheap request waits for while the database is busy with lists.
      const [, healthUnderLoad] = await Promise.all([measure(100, 6, list), measure(200, 2, health)]);
      report('/health while lists run (2 in flight)', healthUnderLoad);
      loopReport('lists and /health');

      const contenders = scenario.talentIds.slice(SIZE.talents - 220, SIZE.talents - 20);
      const recruiters = scenario.recruiterIds.slice(0, 20);
      const chats = (await database.db.execute(sql`
        insert into chats (event_id, talent_id, recruiter_id, initiated_by, created_by_id, state)
        select ${scenario.eventId}, t.id, (${pgArray(recruiters)}::uuid[])[(t.n % 20) + 1], 'talent', t.id, 'in_scheduling'
        from unnest(${pgArray(contenders)}::uuid[]) with ordinality as t(id, n)
        returning id`)) as unknown as { rows: { id: string }[] };
      const slots = (await database.db.execute(
        sql`select unnest(open_slot_starts[2:6]) as s from availability_days where event_day_id = ${scenario.dayIds.at(-1)!} limit 5`,
      )) as unknown as { rows: { s: string | Date }[] };
      const choices = slots.rows.map((r) => new Date(r.s).toISOString());
      const clients = await Promise.all(contenders.map(clientFor));
      const outcomes: Record<string, number> = {};
      report(
        'slot confirmations under contention (32 in flight)',
        await measure(contenders.length, 32, async (i) => {
          const response = await fetch(`${base}/api/chats/${chats.rows[i]!.id}/confirm`, {
            method: 'POST',
            headers: {
              cookie: clients[i]!.cookie,
              'x-csrf-token': clients[i]!.csrf,
              'content-type': 'application/json',
            },
            body: JSON.stringify({ startsAt: choices[i % choices.length] }),
          });
          await response.arrayBuffer();
          outcomes[response.status] = (outcomes[response.status] ?? 0) + 1;
        }),
      );
      loopReport('bookings');
      console.log(`    outcomes: ${JSON.stringify(outcomes)}`);
    } finally {
      loop.disable();
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 2); round++) {
  for (const [label, open] of Object.entries(modes)) await run(label, open);
}
process.exit(0);
