import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { events } from '../events/events.table.js';

export const supportStatus = pgEnum('support_status', ['open', 'closed']);

/** A user's conversation with the support team (the room's life ring), about an event and a chat when known. */
export const supportConversations = pgTable(
  'support_conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    chatId: uuid('chat_id').references(() => chats.id, { onDelete: 'set null' }),
    status: supportStatus('status').notNull().default('open'),
    /** The oldest message support has not answered yet; null when the user is not waiting. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: uuid('closed_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    // One open conversation per person: asking again continues it.
    uniqueIndex('support_one_open_per_user').on(t.userId).where(sql`${t.status} = 'open'`),
    index('support_status_idx').on(t.status, t.waitingSince),
    check('support_closed_has_time', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

export const supportMessages = pgTable(
  'support_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => supportConversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Written by a support agent (shown as "Support" to the user), not by the person asking. */
    fromSupport: boolean('from_support').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_messages_conversation_idx').on(t.conversationId, t.createdAt),
    check('support_messages_body_length', sql`char_length(${t.body}) between 1 and 2000`),
  ],
);
