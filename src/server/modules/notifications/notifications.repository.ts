import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { EmailGroup, SwitchableEmailGroup } from '../../../shared/schemas/notifications.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { type OutgoingMail, outboxValues } from '../../infra/mail/mail.repository.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import { notificationEmailOptOuts, type NotificationRow, notifications } from './notifications.table.js';

/** A mail to queue unless its reader switched its group off. */
export interface MailFor {
  userId: string;
  /** Null: a mail no one can switch off. */
  emailGroup: EmailGroup | null;
  mail: OutgoingMail;
}

/**
 * Writes the notification rows and queues the mails their readers still want, in one statement: a change's
 * transaction waits for each statement it sends, and the opt-outs are checked where they are kept.
 */
export async function insertNotificationsAndMail(
  q: Queryable,
  rows: (typeof notifications.$inferInsert)[],
  mails: MailFor[],
) {
  const notify = rows.length > 0 && q.insert(notifications).values(rows).getSQL();
  if (mails.length === 0) {
    if (notify) await q.execute(notify);
    return;
  }
  const queued = JSON.stringify(
    mails.map(({ userId, emailGroup, mail }) => ({ userId, emailGroup, ...outboxValues(mail) })),
  );
  const enqueue = sql`insert into ${mailOutbox} (to_address, subject, text, html, calendar, request_id,
      recipient_id, event_id, kind, chat_id, notification_id)
    select m."toAddress", m.subject, m.text, m.html, m.calendar, m."requestId",
      m."recipientId", m."eventId", m.kind, m."chatId", m."notificationId"
    from json_to_recordset(${queued}::json)
      as m("userId" uuid, "emailGroup" text, "toAddress" text, subject text, text text, html text, calendar jsonb,
        "requestId" text, "recipientId" uuid, "eventId" uuid, kind text, "chatId" uuid, "notificationId" uuid)
    where m."emailGroup" is null or not exists (
      select 1 from ${notificationEmailOptOuts} o
      where o.user_id = m."userId" and o.email_group::text = m."emailGroup"
    )`;
  await q.execute(notify ? sql`with notified as (${notify}) ${enqueue}` : enqueue);
}

/** The cursor row's time as the database prints it: a JS Date would drop its microseconds. */
async function findCursor(q: Queryable, userId: string, id: string) {
  const [row] = await q
    .select({ at: sql<string>`${notifications.createdAt}::text` })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row && { id, at: row.at };
}

/**
 * A page of the person's notifications, newest first, ordered by `(created_at, id)` so that rows written in one
 * transaction (the same instant) still page stably. Undefined when `before` is not one of theirs.
 */
export async function listPage(
  q: Queryable,
  userId: string,
  page: { before?: string; limit: number },
): Promise<{ rows: NotificationRow[]; nextBefore: string | null } | undefined> {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (page.before) {
    const cursor = await findCursor(q, userId, page.before);
    if (!cursor) return undefined;
    conditions.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await q
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { rows: shown, nextBefore: rows.length > page.limit ? shown.at(-1)!.id : null };
}

export async function countUnread(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** False when the notification is not the person's (or does not exist); reading it twice is fine. */
export async function markRead(q: Queryable, userId: string, id: string, now: Date): Promise<boolean> {
  const [row] = await q
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return row !== undefined;
}

/** Marks the person's unread notifications read, those about one support conversation only when it is given. */
export async function markAllRead(
  q: Queryable,
  userId: string,
  now: Date,
  about: { supportConversationId?: string } = {},
): Promise<number> {
  const conditions: SQL[] = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (about.supportConversationId)
    conditions.push(eq(notifications.supportConversationId, about.supportConversationId));
  const rows = await q
    .update(notifications)
    .set({ readAt: now })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function listOptOuts(q: Queryable, userIds: string[]) {
  if (userIds.length === 0) return [];
  return q
    .select({ userId: notificationEmailOptOuts.userId, emailGroup: notificationEmailOptOuts.emailGroup })
    .from(notificationEmailOptOuts)
    .where(inArray(notificationEmailOptOuts.userId, userIds));
}

/** Replaces the person's opt-outs with `groups` in one statement each way, inside the caller's transaction. */
export async function replaceOptOuts(
  q: Queryable,
  userId: string,
  groups: SwitchableEmailGroup[],
  now: Date,
) {
  await q.delete(notificationEmailOptOuts).where(eq(notificationEmailOptOuts.userId, userId));
  if (groups.length === 0) return;
  await q
    .insert(notificationEmailOptOuts)
    .values(groups.map((emailGroup) => ({ userId, emailGroup, createdAt: now })));
}

/** Within an account's deletion: what was under the person's bell, and their email switches. */
export async function deleteNotificationsOf(q: Queryable, userId: string): Promise<void> {
  await q.delete(notifications).where(eq(notifications.userId, userId));
  await q.delete(notificationEmailOptOuts).where(eq(notificationEmailOptOuts.userId, userId));
}
