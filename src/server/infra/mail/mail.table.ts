import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MailKind } from '../../../shared/schemas/notification-log.schemas.js';

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

/**
 * Mail written in the same transaction as the change it reports, and sent by the worker afterwards, so a down
 * mail server delays mail but never loses it, and a rolled-back change sends nothing.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** An RFC 5545 calendar object sent as the invitation, with its METHOD. */
    calendar: jsonb('calendar').$type<{ method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null>(),
    status: outboxStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** A worker's claim, so several processes never send one message twice. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /**
     * New on every claim: a worker whose lease passed to another one finds a different token and neither sends
     * nor records anything for that message (a fencing token).
     */
    claimToken: uuid('claim_token'),
    /** When the worker first tried it, by the worker's clock: retries go on for a fixed time from then. */
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The request whose change queued the mail (its `x-request-id`), so the worker's log lines name it. */
    requestId: text('request_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /**
     * Whom and what the mail is about, for the organizer's notification log. Plain ids without foreign keys: the
     * outbox serves every module and outlives what it reports. Null on mail queued before they were recorded,
     * which the log finds by its address instead.
     */
    recipientId: uuid('recipient_id'),
    eventId: uuid('event_id'),
    kind: text('kind').$type<MailKind>(),
    chatId: uuid('chat_id'),
    /** The in-app notification sent with it, when there is one. */
    notificationId: uuid('notification_id'),
    /** An organizer's explicit copy of this earlier message; the original is never touched. */
    resentFrom: uuid('resent_from').references((): AnyPgColumn => mailOutbox.id, { onDelete: 'set null' }),
    resentBy: uuid('resent_by'),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('mail_outbox_created_idx').on(t.createdAt),
    index('mail_outbox_event_idx').on(t.eventId, t.createdAt.desc(), t.id.desc()),
    // Mail from before recipients were recorded: the log matches it to the event's people by address.
    index('mail_outbox_unattributed_idx')
      .on(t.createdAt.desc(), t.id.desc())
      .where(sql`${t.eventId} is null and ${t.recipientId} is null`),
    // One click is one resend: a second copy of the same message waits until the first has left the queue.
    uniqueIndex('mail_outbox_one_queued_resend_idx')
      .on(t.resentFrom)
      .where(sql`${t.resentFrom} is not null and ${t.status} = 'pending'`),
  ],
);
