import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../src/server/infra/db/client.js';
import { rows } from './scenario.js';

interface CapturedStatement {
  text: string;
  values: unknown[];
}

/**
 * What the app asks of the database, read from the drivers themselves, so the bench follows the code as it changes:
 * every statement (node-postgres and PGlite), every pool checkout (node-postgres), and on PGlite the process CPU
 * spent inside its calls (requests run one at a time meanwhile, so that CPU is the database thread's).
 */
export const capture = {
  statements: [] as CapturedStatement[],
  checkouts: 0,
  pgliteCpuMicros: 0,
  recording: false,
  reset() {
    this.statements = [];
    this.checkouts = 0;
    this.pgliteCpuMicros = 0;
  },
};

let installed = false;
/** Wraps node-postgres once for the whole process: `Pool#connect` (which `Pool#query` uses too) and `Client#query`. */
export function capturePostgres(): void {
  if (installed) return;
  installed = true;
  const connect = pg.Pool.prototype.connect as (...args: unknown[]) => unknown;
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    if (capture.recording) capture.checkouts++;
    return connect.apply(this, args);
  } as typeof pg.Pool.prototype.connect;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (capture.recording) {
      const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown];
      const text = typeof config === 'string' ? config : config.text;
      const given = Array.isArray(values) ? values : typeof config === 'object' ? config.values : undefined;
      capture.statements.push({ text, values: given ?? [] });
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** Wraps one PGlite instance's `query` (and a transaction's) to record statements and the CPU spent in them. */
export function capturePglite(client: PGlite): void {
  const wrap = <T extends { query: PGlite['query'] }>(target: T) => {
    const query = target.query.bind(target);
    target.query = (async (text: string, values?: unknown[], options?: unknown) => {
      const started = process.cpuUsage();
      try {
        return await query(text, values, options as never);
      } finally {
        if (capture.recording) {
          const spent = process.cpuUsage(started);
          capture.pgliteCpuMicros += spent.user + spent.system;
          capture.statements.push({ text, values: values ?? [] });
        }
      }
    }) as T['query'];
  };
  wrap(client);
  const transaction = client.transaction.bind(client);
  client.transaction = ((fn: Parameters<PGlite['transaction']>[0]) =>
    transaction((tx) => {
      wrap(tx);
      return fn(tx);
    })) as PGlite['transaction'];
}

const ticksPerSecond = 100;
/** CPU milliseconds the server's backends of this database have used so far, read from `/proc` (a local server). */
export async function postgresBackendCpuMs(db: Db): Promise<number | null> {
  const pids = await rows<{ pid: number }>(
    db,
    sql`select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`,
  );
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}
