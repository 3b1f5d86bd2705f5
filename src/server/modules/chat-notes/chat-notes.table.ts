import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { MAX_TAGS_PER_CHAT } from '../../../shared/notes/tags.js';
import { MAX_NOTE_LENGTH, nextSteps } from '../../../shared/schemas/notes.schemas.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';

/** A recruiter's note on a 1-1 chat: its author's alone to change, read by every recruiter of the company. */
export const chatNotes = pgTable(
  'chat_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('chat_notes_chat_idx').on(t.chatId, t.createdAt),
    check(
      'chat_notes_body_length',
      sql`char_length(${t.body}) between 1 and ${sql.raw(String(MAX_NOTE_LENGTH))}`,
    ),
    check('chat_notes_time_order', sql`${t.updatedAt} >= ${t.createdAt}`),
  ],
);

export const chatNextStep = pgEnum('chat_next_step', nextSteps);

/** The company's verdict on a 1-1 chat, one per chat: a rating, tags and the next step, set by any of its recruiters. */
export const chatAssessments = pgTable(
  'chat_assessments',
  {
    chatId: uuid('chat_id')
      .primaryKey()
      .references(() => chats.id, { onDelete: 'cascade' }),
    rating: smallint('rating'),
    ratedById: uuid('rated_by_id').references(() => users.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    nextStep: chatNextStep('next_step'),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('chat_assessments_rating_range', sql`${t.rating} between 1 and 5`),
    check(
      'chat_assessments_tags_count',
      sql`cardinality(${t.tags}) <= ${sql.raw(String(MAX_TAGS_PER_CHAT))}`,
    ),
  ],
);
