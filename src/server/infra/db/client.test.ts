import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database.js';
import { type Database, isDatabaseUnavailable, sqlState } from './client.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function nextPayload(channel: string): Promise<string> {
  return new Promise((resolve) => {
    let stop: (() => Promise<void>) | undefined;
    void database
      .listen(channel, (payload) => {
        void stop?.();
        resolve(payload);
      })
      .then((unsubscribe) => {
        stop = unsubscribe;
      });
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the database driver', () => {
  it('delivers notifications to listeners', async () => {
    const received = nextPayload('parley_test_a');
    await new Promise((r) => setTimeout(r, 50));
    await database.db.execute(sql`select pg_notify('parley_test_a', 'hello')`);
    expect(await received).toBe('hello');
  });

  it('listens again after the server drops the listening connection', async () => {
    const payloads: string[] = [];
    await database.listen('parley_test_b', (payload) => payloads.push(payload));
    if (database.kind === 'postgres') {
      // Drop every other connection of this database: the listener's among them.
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
    }
    await eventually(async () => {
      await database.db.execute(sql`select pg_notify('parley_test_b', 'after')`);
      return payloads.includes('after');
    });
    expect(payloads).toContain('after');
  });

  it('reports SQLSTATE codes from either driver', async () => {
    const error = await database.db.execute(sql`select 1/0`).catch((e: unknown) => e);
    expect(sqlState(error)).toBe('22012');
  });

  it('tells a refused query from an unreachable database', async () => {
    const refused = await database.db.execute(sql`select 1/0`).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(refused)).toBe(false);
    const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause });
    const unreachable = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated unexpectedly'),
      new Error('PGlite is closed'),
    ];
    for (const error of unreachable) expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });
});
