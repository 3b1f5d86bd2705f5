import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the pool probe', () => {
  it('counts who waits for a connection while all are taken, and times each checkout', async () => {
    const waits: number[] = [];
    const stop = database.pool.onCheckout((seconds) => waits.push(seconds));
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    // More transactions than any pool here has connections (10 on PostgreSQL, one for PGlite), each held open.
    const held = Array.from({ length: 12 }, () =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await gate;
      }),
    );
    await expect.poll(() => database.pool.waiting()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    open();
    await Promise.all(held);
    stop();
    expect(database.pool.waiting()).toBe(0);
    expect(waits.length).toBeGreaterThanOrEqual(12);
    // Those that waited for the gate waited at least the 50 ms it stayed shut.
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(0.05);
  });
});
