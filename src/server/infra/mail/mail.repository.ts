import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { MailKind } from '../../../shared/schemas/notification-log.schemas.js';
import { toSingleLine } from '../../../shared/text.js';
import type { Queryable } from '../db/client.js';
import { currentRequestId } from '../http/request-id.js';
import { mailOutbox } from './mail.table.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null;
  /** Whom and what it is about, for the organizer's notification log: give it for any mail to a person. */
  about?: MailAbout;
}

export interface MailAbout {
  recipientId: string;
  kind: MailKind;
  eventId?: string | null;
  chatId?: string | null;
  notificationId?: string | null;
}

/**
 * Call inside the transaction of the change the mail reports. Subjects carry people's names: a line break there
 * would start a header of its own, so header values are kept to one line. The request being served, if any, is
 * recorded so the worker's log lines of the mail name it.
 */
export async function enqueueMail(q: Queryable, mail: OutgoingMail | OutgoingMail[]): Promise<void> {
  const rows = Array.isArray(mail) ? mail : [mail];
  if (rows.length === 0) return;
  await q.insert(mailOutbox).values(rows.map(outboxValues));
}

/** A mail as its outbox row, for a caller that queues it as part of a larger statement. */
export const outboxValues = (m: OutgoingMail) => ({
  toAddress: toSingleLine(m.to),
  subject: toSingleLine(m.subject),
  text: m.text,
  html: m.html,
  calendar: m.calendar ?? null,
  requestId: currentRequestId() ?? null,
  recipientId: m.about?.recipientId ?? null,
  eventId: m.about?.eventId ?? null,
  kind: m.about?.kind ?? null,
  chatId: m.about?.chatId ?? null,
  notificationId: m.about?.notificationId ?? null,
});

export type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * Claims due messages for one worker: `for update skip locked` lets several processes share the outbox, the lease
 * lets another worker take over if this one dies, and each claim gets a new token that fences off the old holder.
 */
export async function claimDueMail(
  q: Queryable,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxRow[]> {
  return q.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'pending'),
          lte(mailOutbox.nextAttemptAt, now),
          or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, now)),
        ),
      )
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    // Mail for a deleted account is given up in the same statement instead of claimed: the one check every
    // sender's mail passes, however long it waited in the outbox.
    const claimed = await tx
      .update(mailOutbox)
      .set({
        lockedUntil: sql`case when ${toDeletedAccount} then null else ${leaseEnd(now, leaseMs).toISOString()}::timestamptz end`,
        claimToken: sql`case when ${toDeletedAccount} then null else gen_random_uuid() end`,
        status: sql`case when ${toDeletedAccount} then 'failed'::outbox_status else ${mailOutbox.status} end`,
        lastError: sql`case when ${toDeletedAccount} then ${NOT_SENT_DELETED} else ${mailOutbox.lastError} end`,
      })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
    return claimed.filter((row) => row.status === 'pending');
  });
}

const NOT_SENT_DELETED = 'Not sent: the account was deleted.';

/**
 * The recipient's account was deleted. Named by SQL alone: the outbox serves every module and imports none, and a
 * deleted account keeps its row (with `deleted_at` set) under an address that is its own.
 */
const toDeletedAccount = sql`exists (select 1 from users u where lower(u.email) = lower(${mailOutbox.toAddress}) and u.deleted_at is not null)`;

/**
 * Within an account's deletion: the outbox's mail to its old address, sent or not, is readdressed to the address
 * the account keeps, so the address is gone from the outbox and whatever still waits is given up at its turn.
 */
export async function readdressMail(q: Queryable, from: string, to: string): Promise<void> {
  await q
    .update(mailOutbox)
    .set({ toAddress: to })
    .where(sql`lower(${mailOutbox.toAddress}) = ${from.toLowerCase()}`);
}

const leaseEnd = (now: Date, leaseMs: number) => new Date(now.getTime() + leaseMs);

/** The message while this worker's claim on it holds: nobody took it over since. */
const stillClaimed = (row: Pick<OutboxRow, 'id' | 'claimToken'>) =>
  and(
    eq(mailOutbox.id, row.id),
    eq(mailOutbox.claimToken, row.claimToken!),
    eq(mailOutbox.status, 'pending'),
  );

/**
 * Starts one send of a claimed message: its lease runs again from now, so a message that waited behind others of
 * its batch still has the whole lease for its own send. Undefined when another worker has taken it over.
 */
export async function startAttempt(
  q: Queryable,
  row: OutboxRow,
  now: Date,
  leaseMs: number,
): Promise<OutboxRow | undefined> {
  const [started] = await q
    .update(mailOutbox)
    .set({
      lockedUntil: leaseEnd(now, leaseMs),
      attempts: sql`${mailOutbox.attempts} + 1`,
      firstAttemptAt: sql`coalesce(${mailOutbox.firstAttemptAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(stillClaimed(row))
    .returning();
  return started;
}

/** False when the claim was lost meanwhile: the other worker's record stands. */
export async function markSent(q: Queryable, row: OutboxRow, now: Date): Promise<boolean> {
  const updated = await q
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lockedUntil: null, lastError: null })
    .where(stillClaimed(row))
    .returning({ id: mailOutbox.id });
  return updated.length > 0;
}

/** Records a failed send: tried again at `nextAttemptAt`, or given up (`failed`) when that is null. */
export async function markFailedAttempt(
  q: Queryable,
  row: OutboxRow,
  error: string,
  nextAttemptAt: Date | null,
): Promise<void> {
  await q
    .update(mailOutbox)
    .set(
      nextAttemptAt
        ? { lastError: error, nextAttemptAt, lockedUntil: null }
        : { lastError: error, status: 'failed', lockedUntil: null },
    )
    .where(stillClaimed(row));
}

/** Messages still to send, and when the oldest of them was queued (null when none waits). */
export async function pendingMailStats(
  q: Queryable,
): Promise<{ depth: number; oldestCreatedAt: Date | null }> {
  const [stats] = await q
    .select({
      depth: sql<number>`count(*)::int`,
      oldest: sql<Date | null>`min(${mailOutbox.createdAt})`.mapWith(mailOutbox.createdAt),
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.status, 'pending'));
  return { depth: stats?.depth ?? 0, oldestCreatedAt: stats?.oldest ?? null };
}

export async function listRecentMail(q: Queryable, limit: number): Promise<OutboxRow[]> {
  return q.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

export async function findMail(q: Queryable, id: string): Promise<OutboxRow | undefined> {
  const [row] = await q.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}
