import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';

/** Delivered to every connection listening on `channel` once the surrounding transaction commits. */
export async function notify(q: Queryable, channel: string, payload: string): Promise<void> {
  await q.execute(sql`select pg_notify(${channel}, ${payload})`);
}
