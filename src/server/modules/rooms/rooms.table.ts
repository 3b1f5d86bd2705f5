import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';

/** The text chat of a 1-1 chat's room: kept after the end, read-only then. */
export const roomMessages = pgTable(
  'room_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('room_messages_chat_idx').on(t.chatId, t.createdAt),
    check('room_messages_body_length', sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

/** One row per stay in a room (join to leave), so who attended and for how long is known per chat. */
export const roomAttendance = pgTable(
  'room_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    /** Null while present; a crashed process's stays are closed at their last heartbeat. */
    leftAt: timestamp('left_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('room_attendance_chat_idx').on(t.chatId, t.userId),
    check('room_attendance_order', sql`${t.leftAt} is null or ${t.leftAt} >= ${t.joinedAt}`),
  ],
);
