import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, isDatabaseUnavailable, openPglite, sqlConstraint, sqlState } from './client.js';

// The app's embedded database: PGlite in a worker thread, on a data folder of its own.
const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-thread-'));
let database: Database;
beforeAll(async () => {
  database = await openPglite({ dataDir });
  await database.db.execute(
    sql`create table thread_test (id int primary key, n int not null default 0, at timestamptz not null default now())`,
  );
  await database.db.execute(sql`insert into thread_test (id) values (1)`);
});
afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('PGlite in its own thread', () => {
  it('answers Drizzle queries with the types Drizzle expects', async () => {
    const { users } = await import('./schema.js');
    expect(await database.db.select().from(users).limit(1)).toEqual([]);
    const result = (await database.db.execute(
      sql`select id, n, at, array[1, 2] as list from thread_test where id = ${1}`,
    )) as unknown as { rows: { id: number; n: number; at: unknown; list: number[] }[] };
    // Timestamps stay text, as Drizzle asks, and arrays are parsed.
    expect(result.rows[0]).toMatchObject({ id: 1, n: 0, list: [1, 2] });
    expect(typeof result.rows[0]!.at).toBe('string');
  });

  it('commits and rolls back transactions, one at a time however many requests start them', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db.transaction(async (tx) => {
          const [row] = (
            (await tx.execute(sql`select n from thread_test where id = 1`)) as unknown as {
              rows: { n: number }[];
            }
          ).rows;
          await tx.execute(sql`update thread_test set n = ${row!.n + 1} where id = 1`);
        }),
      ),
    );
    const failed = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update thread_test set n = 1000 where id = 1`);
        throw new Error('changed my mind');
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe('changed my mind');
    const nested = await database.db.transaction(async (tx) => {
      await tx.transaction(async (inner) => inner.execute(sql`update thread_test set n = 2000 where id = 1`));
      return tx
        .transaction(async (inner) => {
          await inner.execute(sql`update thread_test set n = 3000 where id = 1`);
          inner.rollback();
        })
        .catch(() => 'rolled back to the savepoint');
    });
    expect(nested).toBe('rolled back to the savepoint');
    const { rows } = (await database.db.execute(sql`select n from thread_test where id = 1`)) as unknown as {
      rows: { n: number }[];
    };
    expect(rows[0]!.n).toBe(2000);
  });

  it('reports SQLSTATE codes and constraint names from its thread', async () => {
    const division = await database.db.execute(sql`select 1/0`).catch((e: unknown) => e);
    expect(sqlState(division)).toBe('22012');
    expect(isDatabaseUnavailable(division)).toBe(false);
    const duplicate = await database.db
      .execute(sql`insert into thread_test (id) values (1)`)
      .catch((e: unknown) => e);
    expect(sqlState(duplicate)).toBe('23505');
    expect(sqlConstraint(duplicate)).toBe('thread_test_pkey');
  });

  it('delivers notifications to every listener of a channel', async () => {
    const heard: string[] = [];
    await database.listen('parley_thread', (payload) => heard.push(`a:${payload}`));
    const stop = await database.listen('parley_thread', (payload) => heard.push(`b:${payload}`));
    await database.db.execute(sql`select pg_notify('parley_thread', 'one')`);
    await expect.poll(() => heard.length).toBe(2);
    await stop();
    await database.db.execute(sql`select pg_notify('parley_thread', 'two')`);
    await expect.poll(() => heard).toContain('a:two');
    expect(heard.sort()).toEqual(['a:one', 'a:two', 'b:one']);
  });

  it('keeps the event loop free while a long query runs', async () => {
    let timerFiredAt = 0;
    const timer = setTimeout(() => {
      timerFiredAt = performance.now();
    }, 20);
    await database.db.execute(sql`select count(*) from generate_series(1, 5000000)`);
    const queryDoneAt = performance.now();
    clearTimeout(timer);
    // On the main thread the WebAssembly would hold the loop until the query ended: the timer could not fire first.
    expect(timerFiredAt).toBeGreaterThan(0);
    expect(timerFiredAt).toBeLessThan(queryDoneAt);
  });

  it('takes a gzipped snapshot of the data folder', async () => {
    const archive = await database.snapshot!();
    expect([archive[0], archive[1]]).toEqual([0x1f, 0x8b]);
    expect(archive.length).toBeGreaterThan(100_000);
  });

  it('holds the lock on its folder until it closes, then answers as an unavailable database', async () => {
    expect(existsSync(path.join(dataDir, 'parley.lock'))).toBe(true);
    await database.close();
    expect(existsSync(path.join(dataDir, 'parley.lock'))).toBe(false);
    const afterClose = await database.db.execute(sql`select 1`).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(afterClose)).toBe(true);
  });
});
