import { and, asc, desc, eq, lte, or, isNull, sql, inArray } from 'drizzle-orm';
import { singleLine } from '../../../shared/text.js';
import type { Queryable } from '../../db/client.js';
import { mailOutbox } from './mail.table.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null;
}

/**
 * Call inside the transaction of the change the mail reports. Subjects carry people's names: a line break there
 * would start a header of its own, so header values are kept to one line.
 */
export async function enqueueMail(q: Queryable, mail: OutgoingMail | OutgoingMail[]): Promise<void> {
  const rows = Array.isArray(mail) ? mail : [mail];
  if (rows.length === 0) return;
  await q.insert(mailOutbox).values(
    rows.map((m) => ({
      toAddress: singleLine(m.to),
      subject: singleLine(m.subject),
      text: m.text,
      html: m.html,
      calendar: m.calendar ?? null,
    })),
  );
}

export type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * Claims due messages for one worker: `for update skip locked` lets several processes share the outbox without
 * sending a message twice, and the lease lets another worker retry if this one dies mid-send.
 */
export async function claimDueMail(
  q: Queryable,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
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
    return tx
      .update(mailOutbox)
      .set({ lockedUntil: leaseUntil, attempts: sql`${mailOutbox.attempts} + 1` })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

export async function markSent(q: Queryable, id: string, now: Date): Promise<void> {
  await q
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lockedUntil: null, lastError: null })
    .where(eq(mailOutbox.id, id));
}

export async function markFailedAttempt(
  q: Queryable,
  id: string,
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
    .where(eq(mailOutbox.id, id));
}

export async function listRecentMail(q: Queryable, limit: number): Promise<OutboxRow[]> {
  return q.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

export async function findMail(q: Queryable, id: string): Promise<OutboxRow | undefined> {
  const [row] = await q.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}
