import {
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
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

/** Raw bytes: node-postgres reads a Buffer, PGlite a Uint8Array; both are handed on as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * A talent's one CV, in the database rather than on a disk so that every app process sharing PostgreSQL serves it
 * and a backup holds it. Deleting the CV deletes the row: nothing of it is kept.
 */
export const talentCvs = pgTable(
  'talent_cvs',
  {
    talentId: uuid('talent_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    content: bytea('content').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('talent_cvs_size_matches', sql`${t.size} = octet_length(${t.content})`),
    check('talent_cvs_size_limit', sql`${t.size} between 1 and 5242880`),
  ],
);
