import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { announcementAudiences } from '../../../shared/schemas/announcements.schemas.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { events } from '../events/events.table.js';

export const announcementAudience = pgEnum('announcement_audience', announcementAudiences);
/** `sending` is not stored: a scheduled one whose time came is being sent, in the one transaction that sends it. */
export const announcementState = pgEnum('announcement_state', ['scheduled', 'sent', 'cancelled']);

/** An organizer's message to the people of an event, kept with when it went and to how many. */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    audience: announcementAudience('audience').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    message: text('message').notNull(),
    sentById: uuid('sent_by_id').references(() => users.id, { onDelete: 'set null' }),
    state: announcementState('state').notNull().default('scheduled'),
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    recipients: integer('recipients'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('announcements_event_idx').on(t.eventId, t.createdAt.desc()),
    // The clock's question: which scheduled ones are due.
    index('announcements_due_idx').on(t.sendAt).where(sql`${t.state} = 'scheduled'`),
    check('announcements_company_audience', sql`(${t.audience} = 'company') = (${t.companyId} is not null)`),
    check('announcements_sent_has_time', sql`(${t.state} = 'sent') = (${t.sentAt} is not null)`),
  ],
);

export type AnnouncementRow = typeof announcements.$inferSelect;
