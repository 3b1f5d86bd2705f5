import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  type NotificationParams,
  notificationKinds,
  switchableEmailGroups,
} from '../../../shared/schemas/notifications.schemas.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { events } from '../events/events.table.js';
import { supportConversations } from '../support/support.table.js';

export const notificationKind = pgEnum('notification_kind', notificationKinds);
export const notificationEmailGroup = pgEnum('notification_email_group', switchableEmailGroups);

/** One change that concerns one person, shown under the header's bell until read. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
    chatId: uuid('chat_id').references(() => chats.id, { onDelete: 'cascade' }),
    supportConversationId: uuid('support_conversation_id').references(() => supportConversations.id, {
      onDelete: 'cascade',
    }),
    /** Who caused it; null for the clock's reminders or a person since removed. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Names and times as they were when it happened, so the text does not change under the reader. */
    params: jsonb('params').$type<NotificationParams>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_newest_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The bell's count: only the unread rows of one person.
    index('notifications_user_unread_idx').on(t.userId, t.createdAt.desc()).where(sql`${t.readAt} is null`),
    index('notifications_support_idx').on(t.supportConversationId),
    // The organizer's notification log of an event, newest first.
    index('notifications_event_newest_idx').on(t.eventId, t.createdAt.desc(), t.id.desc()),
  ],
);

/** A group of notifications someone no longer wants by email; no row means the default, email on. */
export const notificationEmailOptOuts = pgTable(
  'notification_email_opt_outs',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    emailGroup: notificationEmailGroup('email_group').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.emailGroup] })],
);

export type NotificationRow = typeof notifications.$inferSelect;
