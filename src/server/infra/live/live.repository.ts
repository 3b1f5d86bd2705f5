import { eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { liveSpill } from './live.table.js';

/**
 * Delivered to every connection listening on `channel` once the surrounding transaction commits, in the given
 * order, all in one statement.
 */
export async function notify(q: Queryable, channel: string, payloads: string[]): Promise<void> {
  await q.execute(
    // The elements come in the array's order, and PostgreSQL delivers notifications in the order they were sent.
    sql`select pg_notify(${channel}, payload) from json_array_elements_text(${JSON.stringify(payloads)}::json) as payload`,
  );
}

/** Parks an envelope too large for NOTIFY; returns the id to notify instead. */
export async function spill(q: Queryable, envelope: unknown): Promise<number> {
  const [row] = await q.insert(liveSpill).values({ envelope }).returning({ id: liveSpill.id });
  return row!.id;
}

export async function readSpill(q: Queryable, id: number): Promise<unknown> {
  const [row] = await q.select({ envelope: liveSpill.envelope }).from(liveSpill).where(eq(liveSpill.id, id));
  return row?.envelope;
}

export async function deleteSpillsBefore(q: Queryable, before: Date): Promise<void> {
  await q.delete(liveSpill).where(lt(liveSpill.createdAt, before));
}
