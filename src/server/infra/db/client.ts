import { existsSync, mkdirSync, openSync, closeSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { pgliteExtensions, pgliteStartParams, snapshotPglite } from './pglite-setup.js';
import { keepStatementsPrepared } from './pglite-statements.js';
import { PgliteThread } from './pglite-thread.js';
import { type PoolProbe, probePglite, probePgPool } from './pool-probe.js';
import * as schema from './schema.js';

keepStatementsPrepared();

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
type Tx = PgTransaction<PgQueryResultHKT, Schema>;
/** Anything that runs queries: the database or a transaction inside it. */
export type Queryable = Db | Tx;

const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../src/server/infra/db/migrations',
);

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Waits for a connection, for the metrics. */
  pool: PoolProbe;
  /** Runs `fn` for every NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  /** A consistent gzipped tarball of the embedded database's data folder (PGlite only: a server has pg_dump). */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export { pgliteExtensions };

export class DatabaseLockedError extends Error {}

/**
 * PGlite has no lock of its own: two processes on one folder would both write and corrupt it. A lock file holding
 * our pid refuses a second process, and a stale lock (its process gone) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const lockFile = path.join(dir, 'parley.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockFile, 'utf8'));
      if (pid && pid !== process.pid && processIsAlive(pid)) {
        throw new DatabaseLockedError(
          `The embedded database in ${dir} is in use by another Parley process (pid ${pid}). ` +
            'Stop it first, or set DATABASE_URL to share a PostgreSQL server between processes.',
        );
      }
      unlinkSync(lockFile);
    }
  }
  throw new DatabaseLockedError(`Could not lock ${dir}`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database. With a `dataDir` (the app, `npm start`) PGlite runs in a worker thread of its own
 * (`pglite-thread.ts`); a `client` given by a test, or an in-memory database, runs on the calling thread.
 */
export async function openPglite(
  options: { dataDir?: string; client?: PGlite; migrate?: boolean } = {},
): Promise<Database> {
  if (options.dataDir && !options.client) return openPgliteThread(options.dataDir, options.migrate !== false);
  const pglite =
    options.client ?? (await PGlite.create({ extensions: pgliteExtensions, startParams: pgliteStartParams }));
  const probe = probePglite(pglite);
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  if (options.migrate !== false) await migratePglite(drizzlePglite(pglite, { schema }), { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    pool: probe,
    async listen(channel, fn) {
      const unsubscribe = await pglite.listen(channel, fn);
      return () => unsubscribe();
    },
    snapshot: () => snapshotPglite(pglite),
    close: () => pglite.close(),
  };
}

async function openPgliteThread(dataDir: string, migrate: boolean): Promise<Database> {
  const folder = path.join(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    if (!existsSync(path.join(folder, 'PG_VERSION'))) await PgliteThread.create(folder);
    const thread = await PgliteThread.start({ dataDir: folder, startParams: pgliteStartParams });
    const probe = probePglite(thread as unknown as PGlite);
    if (migrate)
      await migratePglite(drizzlePglite(thread as unknown as PGlite, { schema }), { migrationsFolder });
    return {
      db: drizzlePglite(thread as unknown as PGlite, { schema }) as unknown as Db,
      kind: 'pglite',
      pool: probe,
      listen: (channel, fn) => thread.listen(channel, fn),
      snapshot: () => thread.snapshot(),
      async close() {
        await thread.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

const MIGRATION_LOCK_KEY = 7_461_001;

export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<Database> {
  // A server that does not answer fails the request after ten seconds instead of holding it forever.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection dropped by the server (restart, failover) is discarded by the pool and replaced on the next
  // query; without a listener the error would crash the process.
  pool.on('error', () => {});
  const probe = probePgPool(pool);
  const db = drizzlePg(pool, { schema });
  // Several app processes may start at once against one server: only one migrates at a time.
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    lockClient.release();
  }
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let listener: Promise<pg.Client> | undefined;
  let closed = false;
  // LISTEN needs one connection of its own. If the server drops it (restart, failover), it is opened again and
  // every channel listened to anew; notifications sent in between are lost, as NOTIFY never stores them.
  const connectListener = (): Promise<pg.Client> => {
    listener ??= (async () => {
      const client = new pg.Client({ connectionString: url });
      client.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      client.on('error', () => {
        listener = undefined;
        client.end().catch(() => {});
        if (!closed) setTimeout(() => connectListener().catch(() => {}), 1_000);
      });
      await client.connect();
      for (const channel of handlers.keys()) await client.query(`listen "${channel}"`);
      return client;
    })().catch((error) => {
      listener = undefined;
      throw error;
    });
    return listener;
  };
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    pool: probe,
    async listen(channel, fn) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        const client = await connectListener();
        await client.query(`listen "${channel}"`);
      }
      set.add(fn);
      return async () => {
        set.delete(fn);
      };
    },
    async close() {
      closed = true;
      await (await listener?.catch(() => undefined))?.end();
      await pool.end();
    },
  };
}

export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: config.dataDir });
}

/** An error and the errors it wraps (Drizzle wraps the driver's error in `cause`). */
function* causeChain(error: unknown): Generator<{ code?: unknown; message?: unknown; constraint?: unknown }> {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    yield current as { code?: unknown; message?: unknown; constraint?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** The database's own error inside whatever wrapped it on the way up. */
function databaseError(error: unknown) {
  for (const link of causeChain(error)) {
    if (typeof link.code === 'string' && /^[0-9A-Z]{5}$/.test(link.code)) return link;
  }
  return undefined;
}

// Connection exceptions (class 08), and the server shutting down, crashing or still starting (57P01–57P03).
const unavailableSqlState = /^(08...|57P0[123])$/;
const unreachableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
// The drivers' own words for a connection that is gone or never came (node-postgres and its pool, PGlite).
const unavailableMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed)/;

/** True when the database could not be reached at all, as opposed to refusing a query: a retry may succeed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    if (typeof link.code === 'string') {
      if (unavailableSqlState.test(link.code) || unreachableSocketCodes.has(link.code)) return true;
    }
    if (typeof link.message === 'string' && unavailableMessage.test(link.message)) return true;
  }
  return false;
}

/** The SQLSTATE of a database error, whichever driver raised it. */
export function sqlState(error: unknown): string | undefined {
  return databaseError(error)?.code as string | undefined;
}

/** The name of the constraint a database error reports, whichever driver raised it. */
export function sqlConstraint(error: unknown): string | undefined {
  const constraint = databaseError(error)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
