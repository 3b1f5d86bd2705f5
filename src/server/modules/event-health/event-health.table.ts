import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { healthReminderKinds } from '../../../shared/schemas/event-health.schemas.js';
import { users } from '../auth/auth.table.js';
import { events } from '../events/events.table.js';

export const healthReminderKind = pgEnum('health_reminder_kind', healthReminderKinds);

/**
 * One reminder an organizer sent one person from the event's health warnings: kept so the same reminder does not
 * reach them twice within the quiet hours, and so the panel says when it last went.
 */
export const healthReminders = pgTable(
  'health_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: healthReminderKind('kind').notNull(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sentById: uuid('sent_by_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('health_reminders_recent_idx').on(t.eventId, t.kind, t.recipientId, t.sentAt)],
);
