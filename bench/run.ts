// `npm run bench [-- --quick] [--only=list,cpu,team,dashboard,confirm,burst,backfill,fanout,processes,startup] [--db=pglite|postgres]`:
// the figures of the performance table, each beside a baseline measured in the same run, with its target and a
// PASS/FAIL mark. The app runs in this process; the load comes from child processes.
import { type BenchDatabase, freshPglite, freshPostgres } from './databases.js';
import { LoadWorker } from './load.js';
import { printTable } from './report.js';
import { burstRow, confirmRows } from './rows-booking.js';
import { dashboardRow } from './rows-dashboard.js';
import { type DatabaseCpu, listCpuAt, listRows, recordListCpu, teamRows } from './rows-lists.js';
import { fanOutRow, processesRows } from './rows-live.js';
import { startupRows } from './rows-startup.js';
import { backfillRow } from './rows-waitlist.js';
import { buildScenario } from './scenario.js';
import type { Client, Section } from './section.js';
import { serveBenchApp } from './serve.js';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = argv.includes('--quick');
const allRows = [
  'list',
  'cpu',
  'team',
  'dashboard',
  'confirm',
  'burst',
  'backfill',
  'fanout',
  'processes',
  'startup',
] as const;
type RowName = (typeof allRows)[number];
const only = option('only')?.split(',') ?? [...allRows];
const unknown = only.filter((name) => !allRows.includes(name as RowName));
if (unknown.length > 0)
  throw new Error(`unknown rows ${unknown.join(', ')}: choose among ${allRows.join(', ')}`);
const wants = (row: RowName) => only.includes(row);
const databases = option('db')?.split(',') ?? ['postgres', 'pglite'];

const postgresUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// The issue's fair; `--quick` a smaller one, still with the 50-recruiter team and its 2,000 chats.
const MAIN = quick ? { recruiters: 300, talents: 6_000 } : { recruiters: 1000, talents: 10_000 };
const CPU_SIZES = quick ? [100, 300] : [100, 1000, 5000];

const opener = (kind: string) => (kind === 'pglite' ? freshPglite : () => freshPostgres(postgresUrl));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** A fresh database with the fair of `size` and the app serving it. */
async function openSection(kind: string, size: typeof MAIN, load: LoadWorker): Promise<Section | null> {
  const target: BenchDatabase | null = await opener(kind)();
  if (!target) return null;
  const started = performance.now();
  const scenario = await buildScenario(target.database.db, size);
  const { app, ctx, base, clientFor } = await serveBenchApp(target);
  const clients = new Map<string, Promise<Client>>();
  console.log(
    `  ${target.label}: ${size.recruiters} recruiters × 3 days, ${size.talents} talents, the team's 2,000 chats generated in ${seconds(started)}`,
  );
  return {
    database: kind === 'pglite' ? 'PGlite' : 'PostgreSQL',
    target,
    scenario,
    app,
    ctx,
    base,
    clientFor(userId) {
      let client = clients.get(userId);
      if (!client) {
        client = clientFor(userId);
        clients.set(userId, client);
      }
      return client;
    },
    load,
    quick,
  };
}

async function closeSection(section: Section): Promise<void> {
  await section.app.close();
  await section.target.dispose();
}

async function runDatabase(kind: string, load: LoadWorker): Promise<void> {
  console.log(
    `\n== ${kind === 'pglite' ? 'PGlite (embedded, on disk)' : `PostgreSQL (${new URL(postgresUrl).host})`}`,
  );
  const section = await openSection(kind, MAIN, load);
  if (!section) {
    console.log(
      `  PostgreSQL server at ${new URL(postgresUrl).host} not reachable: skipped (set BENCH_DATABASE_URL).`,
    );
    return;
  }
  try {
    if (wants('list')) await listRows(section);
    if (wants('cpu')) {
      const sizes: DatabaseCpu[] = [];
      for (const recruiters of CPU_SIZES) {
        if (recruiters === MAIN.recruiters) {
          sizes.push(await listCpuAt(section, recruiters));
          continue;
        }
        const other = await openSection(kind, { ...MAIN, recruiters }, load);
        try {
          sizes.push(await listCpuAt(other!, recruiters));
        } finally {
          await closeSection(other!);
        }
      }
      await recordListCpu(section, sizes);
    }
    if (wants('team')) await teamRows(section);
    if (wants('dashboard')) await dashboardRow(section);
    if (wants('fanout')) await fanOutRow(section);
    if (wants('processes') && kind === 'postgres') await processesRows(section);
    if (wants('confirm')) await confirmRows(section);
    if (wants('burst')) await burstRow(section);
    if (wants('backfill')) await backfillRow(section);
  } finally {
    await closeSection(section);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `Parley bench${quick ? ' (quick)' : ''}: Node ${process.version}, ${new Date().toISOString()}, rows ${only.join(', ')}`,
  );
  const load = new LoadWorker();
  try {
    if (only.some((row) => row !== 'startup')) for (const kind of databases) await runDatabase(kind, load);
    if (wants('startup')) {
      console.log('\n== The built app (npm start, PGlite)');
      await startupRows(quick);
    }
  } finally {
    load.stop();
  }
  printTable();
  console.log(`\nwhole run: ${seconds(started)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
