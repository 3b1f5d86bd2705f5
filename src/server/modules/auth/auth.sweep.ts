import { lte, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { authTokens, sessions, throttles } from './auth.table.js';

const SWEEP_BATCH = 500;

/**
 * Deletes the rows of `table` that are `due`, one bounded batch per statement. Rows another process is deleting
 * are skipped, so several processes can sweep at once without waiting on each other.
 */
async function deleteInBatches(q: Queryable, table: PgTable, due: SQL): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = q
      .select({ row: sql`ctid` })
      .from(table)
      .where(due)
      .limit(SWEEP_BATCH)
      .for('update', { skipLocked: true });
    const deleted = await q.delete(table).where(sql`ctid in (${batch})`).returning({ row: sql`1` });
    total += deleted.length;
    if (deleted.length < SWEEP_BATCH) return total;
  }
}

/**
 * Deletes expired sessions, used or expired invitation and reset links, and login and reset counters past their
 * time: none of them grants or refuses anything any more. Returns how many rows it deleted.
 */
export async function sweepAuth({ ctx }: { ctx: AppContext }): Promise<number> {
  const now = ctx.now();
  return (
    (await deleteInBatches(ctx.db, sessions, lte(sessions.expiresAt, now))) +
    // least() skips nulls: a link is due once used or once expired, whichever comes first.
    (await deleteInBatches(
      ctx.db,
      authTokens,
      sql`least(${authTokens.usedAt}, ${authTokens.expiresAt}) <= ${now.toISOString()}::timestamptz`,
    )) +
    (await deleteInBatches(ctx.db, throttles, lte(throttles.forgetAt, now)))
  );
}
