// `npm run bench`: figures for each database, beside raw baselines measured in the same run. Asserts nothing.
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/server/app.js';
import { type BenchDatabase, freshPglite, freshPostgres } from './databases.js';
import { measure, report } from './measure.js';

const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function baselines(target: BenchDatabase): Promise<void> {
  const { app } = await createApp({
    database: target.database,
    sessionSecret: 'bench-secret-bench-secret-bench',
    publicUrl: 'http://bench.test',
    localMailbox: true,
    webDir: '/nonexistent',
  });
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
      await baselines(target);
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
