import { pgEnum, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';

export const experienceLevel = pgEnum('experience_level', ['student', 'entry', 'mid', 'senior', 'executive']);

export const talentProfiles = pgTable(
  'talent_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    headline: text('headline').notNull().default(''),
    background: text('background').notNull().default(''),
    level: experienceLevel('level'),
    languages: text('languages').array().notNull().default([]),
    topics: text('topics').array().notNull().default([]),
    bio: text('bio').notNull().default(''),
    links: text('links').array().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_profiles_languages_idx').using('gin', t.languages),
    index('talent_profiles_topics_idx').using('gin', t.topics),
  ],
);
