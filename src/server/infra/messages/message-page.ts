import { and, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/client.js';

/**
 * Cursor paging over a message table, newest page first. `(created_at, id)` orders messages stably even when
 * their times tie, so walking back page by page meets every message exactly once.
 */
type MessageTable = PgTable & { id: AnyPgColumn; createdAt: AnyPgColumn; authorId: AnyPgColumn };

export interface MessageCursor {
  id: string;
  /** The cursor message's time as the database prints it: a JS Date would drop its microseconds. */
  at: string;
}

/** The cursor message, when it belongs to `scope` (the same room or conversation); undefined otherwise. */
export async function findMessageCursor(
  q: Queryable,
  table: MessageTable,
  scope: SQL,
  id: string,
): Promise<MessageCursor | undefined> {
  const [row] = await q
    .select({ at: sql<string>`${table.createdAt}::text` })
    .from(table as PgTable)
    .where(and(eq(table.id, id), scope));
  return row && { id, at: row.at };
}

export function olderThan(table: MessageTable, cursor: MessageCursor | undefined): SQL | undefined {
  return cursor && sql`(${table.createdAt}, ${table.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

export const newestFirst = (table: MessageTable) => [desc(table.createdAt), desc(table.id)];

/** From `limit + 1` rows newest first: the page oldest first, and the cursor of the page before it. */
export function toPage<T>(rowsNewestFirst: T[], limit: number, idOf: (row: T) => string) {
  const messages = rowsNewestFirst.slice(0, limit).reverse();
  return { messages, nextBefore: rowsNewestFirst.length > limit ? idOf(messages[0]!) : null };
}

/** When `authorId` last wrote within `scope` (a room or a conversation), newest first: what the rate limit counts. */
export async function recentAuthorTimes(
  q: Queryable,
  table: MessageTable,
  scope: SQL,
  authorId: string,
  window: { since: Date; limit: number },
): Promise<Date[]> {
  const rows = await q
    .select({ createdAt: table.createdAt })
    .from(table as PgTable)
    .where(and(scope, eq(table.authorId, authorId), gt(table.createdAt, window.since)))
    .orderBy(desc(table.createdAt))
    .limit(window.limit);
  return rows.map((row) => row.createdAt as Date);
}
