import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../src/server/context.js';
import type { BenchDatabase } from './databases.js';
import type { HttpJob, HttpResult, LoadRequest, LoadWorker } from './load.js';
import { type HttpSummary, summarizeHttp } from './load.js';
import type { Scenario } from './scenario.js';

export interface Client {
  cookie: string;
  csrf: string;
}

/** One database's part of the run: the generated fair, the app serving it in this process, and the load worker. */
export interface Section {
  database: 'PostgreSQL' | 'PGlite';
  target: BenchDatabase;
  scenario: Scenario;
  app: FastifyInstance;
  ctx: AppContext;
  base: string;
  clientFor(userId: string): Promise<Client>;
  load: LoadWorker;
  quick: boolean;
}

export const healthRequest: LoadRequest[] = [{ path: '/health' }];

/**
 * Runs the baseline job and the measured job in turn, A/B/A/B × `rounds`, so both see the same share of whatever
 * else the machine is doing; `during` wraps each measured run (to read CPU around it).
 */
export async function interleaved(
  load: LoadWorker,
  baseline: HttpJob,
  measured: HttpJob,
  rounds: number,
  during: (run: () => Promise<void>) => Promise<void> = (run) => run(),
): Promise<{ baseline: HttpSummary; measured: HttpSummary }> {
  const a: HttpResult[] = [];
  const b: HttpResult[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(await load.http(baseline));
    await settle(baseline.url);
    await during(async () => {
      b.push(await load.http(measured));
    });
    await settle(baseline.url);
  }
  return { baseline: summarizeHttp(a), measured: summarizeHttp(b) };
}

/**
 * Waits until the app answers `/health` quickly again: a run that ends on a deadline leaves requests in flight, which
 * would otherwise weigh on the next run.
 */
async function settle(base: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const started = performance.now();
    await fetch(`${base}/health`).then((r) => r.arrayBuffer());
    if (performance.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The app process's own CPU milliseconds while `run` runs. */
export async function appCpuMs(run: () => Promise<void>): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

export function statusNote(summary: HttpSummary): string | undefined {
  const others = Object.entries(summary.statuses).filter(([status]) => !status.startsWith('2'));
  if (summary.failures === 0) return undefined;
  return `${summary.failures} failed: ${others.map(([s, n]) => `${n}× ${s}`).join(', ') || 'transport errors'}`;
}
