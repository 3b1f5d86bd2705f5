import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { capture } from './capture.js';
import type { LoadRequest } from './load.js';
import { summarize } from './measure.js';
import { ms, percent, perSecond, record } from './report.js';
import { type PreparedConfirmation, prepareConfirmations, rows } from './scenario.js';
import type { Section } from './section.js';

const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue(value: unknown): unknown;
};

async function confirmRequests(s: Section, prepared: PreparedConfirmation[]): Promise<LoadRequest[]> {
  const requests: LoadRequest[] = [];
  for (const p of prepared) {
    const client = await s.clientFor(p.talentId);
    requests.push({
      method: 'POST',
      path: `/api/chats/${p.chatId}/confirm`,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ startsAt: p.startsAt }),
    });
  }
  return requests;
}

/** Confirmed chats of the event overlapping another of the same recruiter or talent: must be 0. */
async function doubleBookings(s: Section): Promise<number> {
  const [found] = await rows<{ n: number }>(
    s.ctx.db,
    sql`select count(*)::int as n from chats a join chats b
      on a.id < b.id and (a.recruiter_id = b.recruiter_id or a.talent_id = b.talent_id)
      and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
      where a.event_id = ${s.scenario.eventId} and b.event_id = ${s.scenario.eventId}
        and a.state = 'confirmed' and b.state = 'confirmed'`,
  );
  return found!.n;
}

const outcomeText = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ');

/** Slot confirmations through the app, 50 in flight, each on a slot of its own (PostgreSQL: beside pgbench). */
export async function confirmRows(s: Section): Promise<void> {
  const count = s.quick ? 100 : 1000;
  const prepared = await prepareConfirmations(s.ctx.db, s.scenario, { count, day: 0, contended: false });
  const result = await s.load.http({
    url: s.base,
    connections: 50,
    amount: count,
    requests: await confirmRequests(s, prepared),
  });
  const summary = summarize(result.latencies, result.seconds);
  const booked = result.statuses['200'] ?? 0;
  const doubles = await doubleBookings(s);
  if (s.database === 'PGlite') {
    const cost = await pgliteCostPerBooking(s, s.quick ? 20 : 50);
    record({
      database: s.database,
      name: 'slot confirmations, 50 in flight',
      figure: perSecond(booked / result.seconds),
      latency: summary,
      cpu: `${ms(cost.cpuMs)} PGlite per booking, one at a time (${cost.statements} statements)`,
      target: '≥ 500/s, 0 double',
      pass: booked / result.seconds >= 500 && doubles === 0,
      notes: `${outcomeText(result.statuses)}; ${doubles} double bookings`,
    });
    return;
  }
  const replay = await pgbenchReplay(s, count);
  const share = booked / result.seconds / replay.tps;
  record({
    database: s.database,
    name: 'slot confirmations vs pgbench replaying the same statements, 50 in flight',
    figure: `${perSecond(booked / result.seconds)}, ${replay.statements} statements (besides begin/commit) and ${replay.checkouts} pool checkouts per booking`,
    baseline: `pgbench ${perSecond(replay.tps)} (p99 ${ms(replay.p99)})`,
    ratio: percent(share),
    latency: summary,
    target: '≥ 50 % of pgbench, ≤ 6 statements, 1 checkout, p99 ≤ 100 ms',
    pass:
      share >= 0.5 && replay.statements <= 6 && replay.checkouts <= 1 && summary.p99 <= 100 && doubles === 0,
    notes: `${outcomeText(result.statuses)}; ${doubles} double bookings; pgbench script: ${replay.script}`,
  });
}

/**
 * PGlite's CPU per booking: `count` more bookings (day 3, no contention) one at a time with capture on, each
 * talent's session cached first as in the app; the CPU inside PGlite's calls, including the work each booking
 * leaves for after its answer, and the statements besides `begin` and `commit`.
 */
async function pgliteCostPerBooking(s: Section, count: number) {
  const prepared = await prepareConfirmations(s.ctx.db, s.scenario, { count, day: 2, contended: false });
  const requests = await confirmRequests(s, prepared);
  for (const request of requests)
    await (
      await fetch(`${s.base}/api/auth/session`, { headers: { cookie: request.headers!.cookie! } })
    ).arrayBuffer();
  capture.reset();
  capture.recording = true;
  await s.load.http({ url: s.base, connections: 1, amount: count, requests });
  await new Promise((resolve) => setTimeout(resolve, 300));
  capture.recording = false;
  return {
    cpuMs: capture.pgliteCpuMicros / 1000 / count,
    statements: capture.statements.length / count,
  };
}

/** 1,000 confirmations (`--quick`: 250) sent at once, two for every slot: time until the last answer, and no slot booked twice. */
export async function burstRow(s: Section): Promise<void> {
  const count = s.quick ? 250 : 1000;
  const prepared = await prepareConfirmations(s.ctx.db, s.scenario, { count, day: 1, contended: true });
  const result = await s.load.http({
    url: s.base,
    connections: count,
    amount: count,
    requests: await confirmRequests(s, prepared),
  });
  const doubles = await doubleBookings(s);
  record({
    database: s.database,
    name: `a burst of ${count.toLocaleString('en')} confirmations at once (two per slot)`,
    figure: `all answered after ${result.seconds.toFixed(1)} s, ${doubles} double bookings`,
    latency: summarize(result.latencies, result.seconds),
    target: 'within 5 s for 1,000, 0 double bookings',
    // A smaller burst (`--quick`) says nothing about the 5 s of 1,000; a double booking fails any.
    pass: doubles > 0 ? false : count === 1000 ? result.seconds <= 5 && result.errors === 0 : null,
    notes: outcomeText(result.statuses) + (result.errors ? `; ${result.errors} transport errors` : ''),
  });
}

/** A parameter as a quoted literal, untyped like the parameter it replaces. */
function literal(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null || prepared === undefined) return 'null';
  const text = String(prepared instanceof Buffer ? `\\x${prepared.toString('hex')}` : prepared);
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Books one more chat through the app with capture on, then turns its statements into a pgbench script: the ids and
 * times of that booking become variables read (one extra primary-key lookup) from a table of prepared bookings,
 * every other parameter a literal. pgbench (simple protocol: it substitutes variables as text, and leaves `:00` in a
 * time alone, which its prepared mode would not) then books `count` chats with 50 clients and the same statements.
 */
async function pgbenchReplay(s: Section, count: number) {
  const prepared = await prepareConfirmations(s.ctx.db, s.scenario, {
    count: count + 1,
    day: 2,
    contended: false,
  });
  const [probe, ...rest] = prepared;
  const [request] = await confirmRequests(s, [probe!]);
  // A signed-in talent's session is cached after their first request: the booking itself is what is captured.
  await (
    await fetch(`${s.base}/api/auth/session`, { headers: { cookie: request!.headers!.cookie! } })
  ).arrayBuffer();
  capture.reset();
  capture.recording = true;
  const response = await fetch(`${s.base}${request!.path}`, {
    method: 'POST',
    headers: request!.headers,
    body: request!.body,
  });
  await response.arrayBuffer();
  // Work the booking leaves for after its answer (mails, live messages) belongs to it too.
  await new Promise((resolve) => setTimeout(resolve, 300));
  capture.recording = false;
  const statements = capture.statements;
  const checkouts = capture.checkouts;
  const [ids] = await rows<Record<string, unknown>>(
    s.ctx.db,
    sql`select id::text as chat_id, talent_id::text, recruiter_id::text, event_id::text, event_day_id::text as day_id,
      starts_at, ends_at from chats where id = ${probe!.chatId}`,
  );
  await s.ctx.db.execute(sql`
    create table bench_pgbench_args as
    select row_number() over (order by c.id) as n, c.id as chat_id, c.talent_id, c.recruiter_id, c.event_id,
      a.event_day_id as day_id, w.starts_at, w.starts_at + interval '20 minutes' as ends_at
    from chats c join unnest(${`{${rest.map((p) => p.chatId).join(',')}}`}::uuid[], ${`{${rest.map((p) => p.startsAt).join(',')}}`}::timestamptz[]) as w(chat_id, starts_at)
      on w.chat_id = c.id
    join availability_days a on a.recruiter_id = c.recruiter_id and w.starts_at = any(a.open_slot_starts)`);
  await s.ctx.db.execute(sql`alter table bench_pgbench_args add primary key (n)`);
  await s.ctx.db.execute(sql`create sequence bench_pgbench_seq`);
  const variables = new Map<string, string>();
  for (const [name, value] of Object.entries(ids!)) {
    if (value instanceof Date || name.endsWith('_at'))
      variables.set(String(new Date(value as string | Date).getTime()), name);
    else if (typeof value === 'string') variables.set(value, name);
  }
  const variableFor = (value: unknown) => {
    if (value instanceof Date) return variables.get(String(value.getTime()));
    if (typeof value === 'string') return variables.get(value) ?? variables.get(String(Date.parse(value)));
    return undefined;
  };
  const lines = [
    `select chat_id, talent_id, recruiter_id, event_id, day_id, starts_at, ends_at from bench_pgbench_args where n = (select nextval('bench_pgbench_seq')) \\gset`,
  ];
  for (const statement of statements) {
    const text = statement.text.replace(/\$(\d+)/g, (_, index: string) => {
      const value = statement.values[Number(index) - 1];
      const name = variableFor(value);
      return name ? `':${name}'` : literal(value);
    });
    lines.push(`${text.trim()};`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-pgbench-'));
  const script = path.join(dir, 'confirm.sql');
  writeFileSync(script, `${lines.join('\n')}\n`);
  // Kept after the run, so a reader can see what was replayed.
  const kept = path.join(tmpdir(), 'parley-bench-confirm.pgbench.sql');
  writeFileSync(kept, readFileSync(script));
  const clients = 50;
  const pgbench = spawnSync(
    'pgbench',
    [
      '-n',
      '-M',
      'simple',
      '-c',
      String(clients),
      '-j',
      '2',
      '-t',
      String(Math.floor(count / clients)),
      '-f',
      script,
      '-l',
      `--log-prefix=${path.join(dir, 'log')}`,
      s.target.url!,
    ],
    { encoding: 'utf8' },
  );
  const output = pgbench.stdout;
  if (pgbench.status !== 0) {
    console.log(`    pgbench failed (${kept}):\n${pgbench.stderr.split('\n').slice(0, 6).join('\n')}`);
  }
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
  const latencies = readdirSync(dir)
    .filter((file) => file.startsWith('log'))
    .flatMap((file) =>
      readFileSync(path.join(dir, file), 'utf8')
        .trim()
        .split('\n')
        .map((line) => Number(line.split(' ')[2]) / 1000),
    );
  rmSync(dir, { recursive: true, force: true });
  const failed = /number of failed transactions: (\d+)/.exec(output)?.[1];
  if (failed && failed !== '0') console.log(`    pgbench: ${failed} failed transactions`);
  return {
    tps,
    p99: summarize(latencies, 1).p99,
    // `begin` and `commit` frame the work; the target counts the statements that do it.
    statements: statements.filter((statement) => !/^(begin|commit)$/i.test(statement.text.trim())).length,
    checkouts,
    script: `${kept} (${response.status})`,
  };
}
