import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../infra/db/client.js';
import { withDatabase } from './global-setup.js';

export interface TestDatabase extends Database {
  /**
   * The same database through a connection pool of its own, as a second app process would have it (on PGlite,
   * which one process owns, the same handle). Close it before the database.
   */
  anotherProcess(): Promise<Database>;
}

/** A fresh, migrated database of its own for one test file, on PGlite or on the PostgreSQL server. */
export async function openTestDatabase(
  options: {
    poolSize?: number;
    /** Rewrites the URL the app connects with, e.g. to go through a proxy a test can cut. */
    connectThrough?: (url: string) => string;
  } = {},
): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (url && template) {
    const name = `parley_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const appUrl = withDatabase(url, name);
    const database = await openPostgres(options.connectThrough?.(appUrl) ?? appUrl, {
      poolSize: options.poolSize ?? 10,
    });
    return {
      ...database,
      anotherProcess: () => openPostgres(withDatabase(url, name), { poolSize: options.poolSize ?? 10 }),
      async close() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const dump = readFileSync(inject('pgliteDump'));
  if (process.env.TEST_PGLITE_THREAD) {
    // As `npm start` runs it: on disk, in a worker thread (slower to open, so only when asked).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
    mkdirSync(path.join(dataDir, 'pglite'));
    await (
      await PGlite.create(path.join(dataDir, 'pglite'), {
        loadDataDir: new Blob([dump]),
        extensions: { btree_gist },
      })
    ).close();
    const database = await openPglite({ dataDir, migrate: false });
    const close = async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    return { ...database, close, anotherProcess: async () => ({ ...database, close: async () => {} }) };
  }
  const client = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: { btree_gist } });
  const database = await openPglite({ client });
  return { ...database, anotherProcess: async () => ({ ...database, close: async () => {} }) };
}
