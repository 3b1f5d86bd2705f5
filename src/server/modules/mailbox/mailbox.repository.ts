import { and, count, desc, eq, exists, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import { users } from '../auth/auth.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';

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
          // A deleted account's mail was given up on purpose: nothing for the organizer to chase.
          isNull(users.deletedAt),
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
