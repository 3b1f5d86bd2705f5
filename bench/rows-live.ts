import { type ChildProcess, fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { liveTopics } from '../src/shared/schemas/live.schemas.js';
import { LoadWorker, wallClock } from './load.js';
import { summarize } from './measure.js';
import { ms, record } from './report.js';
import type { Section } from './section.js';

const SOCKETS = 2000;

/**
 * Latencies of every arrival: per socket, arrival `r` answers publication `r`; missing ones are counted. The first
 * publication only warms both ends up and is left out.
 */
function fanOutLatencies(arrivals: number[][], published: number[]) {
  const latencies: number[] = [];
  let missing = 0;
  for (const socket of arrivals) {
    for (const [round, at] of published.entries()) {
      if (round === 0) continue;
      const arrived = socket[round];
      if (arrived === undefined) missing++;
      else latencies.push(arrived - at);
    }
  }
  return { summary: summarize(latencies, 1), missing };
}

async function publishRounds(rounds: number, publish: () => Promise<void> | void): Promise<number[]> {
  const published: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    published.push(wallClock());
    await publish();
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return published;
}

/** The same broadcast from a bare `ws` server in this process: what any fan-out costs on this machine. */
async function bareBroadcast(s: Section, rounds: number) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) =>
    socket.on('message', () =>
      socket.send(JSON.stringify({ type: 'watching', eventId: s.scenario.eventId })),
    ),
  );
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hello = JSON.stringify({ type: 'watch', eventId: s.scenario.eventId });
  await s.load.openSockets({
    count: SOCKETS,
    targets: [{ url, hello }],
    readyWhen: '"watching"',
    countWhen: '"event.changed"',
  });
  const message = JSON.stringify({ type: 'event.changed', eventId: s.scenario.eventId });
  const published = await publishRounds(rounds, () => {
    for (const client of server.clients) client.send(message);
  });
  const result = fanOutLatencies(await s.load.arrivals(), published);
  await s.load.closeSockets();
  await new Promise((resolve) => server.close(resolve));
  return result;
}

async function liveTargets(s: Section, bases: string[]) {
  const talents = s.scenario.talentIds.slice(0, SOCKETS);
  const hello = JSON.stringify({ type: 'watch', eventId: s.scenario.eventId });
  const targets = [];
  for (const [i, id] of talents.entries()) {
    const client = await s.clientFor(id);
    targets.push({
      url: `${bases[i % bases.length]!.replace('http', 'ws')}/live`,
      cookie: client.cookie,
      hello,
    });
  }
  return targets;
}

const publishEventChange = (s: Section) => () =>
  s.ctx.live.publish([liveTopics.event(s.scenario.eventId)], {
    type: 'event.changed',
    eventId: s.scenario.eventId,
  });

/** 2,000 sockets watching the event in this app process, p99 from publish to arrival, beside a bare `ws` broadcast. */
export async function fanOutRow(s: Section): Promise<void> {
  const rounds = 1 + (s.quick ? 5 : 20);
  const bare = await bareBroadcast(s, rounds);
  await s.load.openSockets({
    count: SOCKETS,
    targets: await liveTargets(s, [s.base]),
    readyWhen: '"watching"',
    countWhen: '"event.changed"',
  });
  const published = await publishRounds(rounds, publishEventChange(s));
  const app = fanOutLatencies(await s.load.arrivals(), published);
  await s.load.closeSockets();
  const ratio = app.summary.p99 / bare.summary.p99;
  record({
    database: s.database,
    name: `live fan-out to ${SOCKETS} sockets, one process, p99 vs a bare ws broadcast`,
    figure: `p99 ${ms(app.summary.p99)}`,
    baseline: `bare ws p99 ${ms(bare.summary.p99)}`,
    ratio: `× ${ratio.toFixed(1)}`,
    latency: app.summary,
    target: '≤ × 2',
    pass: ratio <= 2 && app.missing === 0,
    notes: `${rounds - 1} publications after one to warm up; ${app.missing} arrivals missing (bare ws: ${bare.missing})`,
  });
}

/** A second app process on the same PostgreSQL database, from `app-process.ts`. */
async function secondProcess(s: Section): Promise<{ base: string; child: ChildProcess }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'app-process.ts');
  const child = fork(script, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_APP_DATABASE_URL: s.target.url! },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`second app process exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

/** Two app processes on one PostgreSQL: the list served by both with no errors, and live updates crossing over. */
export async function processesRows(s: Section): Promise<void> {
  const second = await secondProcess(s);
  const otherLoad = new LoadWorker();
  try {
    const viewers = await Promise.all(s.scenario.talentIds.slice(-20).map((id) => s.clientFor(id)));
    const requests = viewers.map((v) => ({
      path: `/api/events/${s.scenario.eventId}/recruiters`,
      headers: { cookie: v.cookie },
    }));
    const amount = 25 * (s.quick ? 1 : 2);
    const [a, b] = await Promise.all([
      s.load.http({ url: s.base, connections: 25, amount, requests }),
      otherLoad.http({
        url: second.base,
        connections: 25,
        amount,
        requests,
      }),
    ]);
    const both = { a, b };
    const failures = Object.values(both).reduce(
      (sum, r) =>
        sum +
        r.errors +
        Object.entries(r.statuses)
          .filter(([st]) => !st.startsWith('2'))
          .reduce((n, [, c]) => n + c, 0),
      0,
    );
    const total = a.latencies.length + b.latencies.length;
    record({
      database: s.database,
      name: 'two app processes serving the list (25 connections each)',
      figure: `${total} answers, ${failures} errors`,
      latency: summarize([...a.latencies, ...b.latencies], Math.max(a.seconds, b.seconds)),
      target: 'no errors',
      pass: failures === 0 && a.latencies.length > 0 && b.latencies.length > 0,
      notes: `process A ${(a.latencies.length / a.seconds).toFixed(1)}/s ${JSON.stringify(a.statuses)}, process B ${(b.latencies.length / b.seconds).toFixed(1)}/s ${JSON.stringify(b.statuses)}`,
    });
    const rounds = 1 + (s.quick ? 5 : 20);
    await s.load.openSockets({
      count: SOCKETS,
      targets: await liveTargets(s, [s.base, second.base]),
      readyWhen: '"watching"',
      countWhen: '"event.changed"',
    });
    const published = await publishRounds(rounds, publishEventChange(s));
    const arrivals = await s.load.arrivals();
    await s.load.closeSockets();
    const all = fanOutLatencies(arrivals, published);
    // Sockets alternate between the processes: the odd ones are on the second, where every message crossed over.
    const crossed = fanOutLatencies(
      arrivals.filter((_, i) => i % 2 === 1),
      published,
    );
    record({
      database: s.database,
      name: `live fan-out across two app processes, ${SOCKETS} sockets (half on each), published in one`,
      figure: `p99 ${ms(all.summary.p99)} (crossing over: p99 ${ms(crossed.summary.p99)})`,
      latency: all.summary,
      target: 'p99 ≤ 60 ms',
      pass: all.summary.p99 <= 60 && all.missing === 0,
      notes: `${rounds - 1} publications after one to warm up; ${all.missing} arrivals missing`,
    });
  } finally {
    otherLoad.stop();
    second.child.kill('SIGTERM');
  }
}
