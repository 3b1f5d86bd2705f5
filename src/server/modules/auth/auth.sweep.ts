import type { AppContext } from '../../context.js';
import { deleteExpiredAuthRows } from './auth.repository.js';

/** The clock's job: forget what no longer grants or refuses anything. Safe with several processes at once. */
export async function sweepAuth({ ctx }: { ctx: AppContext }): Promise<number> {
  return deleteExpiredAuthRows(ctx.db, ctx.now());
}
