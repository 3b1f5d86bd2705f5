import { sql } from 'drizzle-orm';
import {
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { events } from '../events/events.table.js';

/**
 * One person blocked another: no requests, invitations, bookings or offers between the two, either way, at any event.
 * A recruiter's block is their own, not their company's.
 */
export const blocks = pgTable(
  'blocks',
  {
    blockerId: uuid('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: uuid('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index('blocks_blocked_idx').on(t.blockedId),
    check('blocks_not_self', sql`${t.blockerId} <> ${t.blockedId}`),
  ],
);

/**
 * A talent does not accept recruiters' invitations at one event, or (no event) at any event: the profile's overall
 * switch. One row per talent and event, and at most one overall row.
 */
export const invitationOptOuts = pgTable(
  'invitation_opt_outs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('invitation_opt_outs_talent_event').on(t.talentId, t.eventId).nullsNotDistinct()],
);

export const reportReason = pgEnum('report_reason', [
  'harassment',
  'spam',
  'inappropriate_content',
  'no_show_other',
]);

/** A person reported to the organizers; the reported person never sees it. */
export const safetyReports = pgTable(
  'safety_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reportedId: uuid('reported_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The event the report was made from; every event both take part in shows it to its organizer. */
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    reason: reportReason('reason').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledById: uuid('handled_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('safety_reports_reported_idx').on(t.reportedId),
    index('safety_reports_reporter_idx').on(t.reporterId),
    check('safety_reports_not_self', sql`${t.reporterId} <> ${t.reportedId}`),
    check('safety_reports_message_length', sql`char_length(${t.message}) between 1 and 1000`),
  ],
);
