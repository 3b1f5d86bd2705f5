import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './client.js';

const DELETE_BATCH = 500;

/**
 * Deletes the rows of `table` that are `due`, one bounded batch per statement. Rows another process is deleting
 * are skipped, so several processes can sweep at once without waiting on each other. Returns how many it deleted.
 */
export async function deleteInBatches(q: Queryable, table: PgTable, due: SQL): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = q
      .select({ row: sql`ctid` })
      .from(table)
      .where(due)
      .limit(DELETE_BATCH)
      .for('update', { skipLocked: true });
    const deleted = await q.delete(table).where(sql`ctid in (${batch})`).returning({ row: sql`1` });
    total += deleted.length;
    if (deleted.length < DELETE_BATCH) return total;
  }
}
