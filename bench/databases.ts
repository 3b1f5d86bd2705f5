import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/server/infra/db/client.js';
import { capturePglite, capturePostgres } from './capture.js';

export interface BenchDatabase {
  label: string;
  database: Database;
  /** The server URL of this fresh database (PostgreSQL only), for a second app process. */
  url?: string;
  dispose(): Promise<void>;
}

/** A fresh PGlite database on disk, as `npm start` uses it: in a worker thread of its own. */
export async function freshPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  const database = await openPglite({ dataDir: dir });
  capturePglite((database.db as unknown as { $client: PGlite }).$client);
  return {
    label: 'PGlite (embedded, on disk)',
    database,
    async dispose() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the PostgreSQL server of `serverUrl`, dropped afterwards; null when none answers. */
export async function freshPostgres(serverUrl: string): Promise<BenchDatabase | null> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  capturePostgres();
  const name = `parley_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    label: `PostgreSQL server (${url.host})`,
    database,
    url: url.toString(),
    async dispose() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
