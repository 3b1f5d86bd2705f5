import { and, asc, count, desc, eq, exists, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { toSingleLine } from '../../../shared/text.js';
import type { Queryable } from '../../db/client.js';
import { users } from '../auth/auth.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
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
      toAddress: toSingleLine(m.to),
      subject: toSingleLine(m.subject),
      text: m.text,
      html: m.html,
      calendar: m.calendar ?? null,
    })),
  );
}

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
    return tx
      .update(mailOutbox)
      .set({ lockedUntil: leaseEnd(now, leaseMs), claimToken: sql`gen_random_uuid()` })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
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

/** Mail given up, or refused at least once and still retried. */
const undelivered = or(
  eq(mailOutbox.status, 'failed'),
  and(eq(mailOutbox.status, 'pending'), isNotNull(mailOutbox.lastError)),
);

/** Mail addressed to a talent registered at the event or a recruiter of a company registered at it. */
const toPeopleOfEvent = (q: Queryable, eventId: string) =>
  exists(
    q
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          sql`lower(${users.email}) = lower(${mailOutbox.toAddress})`,
          or(
            exists(
              q
                .select({ id: eventTalents.talentId })
                .from(eventTalents)
                .where(and(eq(eventTalents.eventId, eventId), eq(eventTalents.talentId, users.id))),
            ),
            exists(
              q
                .select({ id: eventCompanies.companyId })
                .from(eventCompanies)
                .where(
                  and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, users.companyId)),
                ),
            ),
          ),
        ),
      ),
  );

/** Undelivered mail to the people of one event: the newest `limit` messages and how many there are in all. */
export async function listUndeliveredMail(q: Queryable, eventId: string, limit: number) {
  const where = and(undelivered, toPeopleOfEvent(q, eventId));
  const messages = await q
    .select()
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
  const [total] = await q.select({ count: count() }).from(mailOutbox).where(where);
  return { messages, count: total?.count ?? 0 };
}

export async function listRecentMail(q: Queryable, limit: number): Promise<OutboxRow[]> {
  return q.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

export async function findMail(q: Queryable, id: string): Promise<OutboxRow | undefined> {
  const [row] = await q.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}
