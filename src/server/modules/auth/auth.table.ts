import { sql } from 'drizzle-orm';
import {
  boolean,
  type AnyPgColumn,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  integer,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { companies } from '../companies/companies.table.js';

export const userRole = pgEnum('user_role', ['organizer', 'recruiter', 'talent', 'support']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** Null until the invited person sets a password. */
    passwordHash: text('password_hash'),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'restrict' }),
    /**
     * The organizer whose registration created the account: only they may change its name and profile by
     * registering it again; other organizers register it as it is.
     */
    registeredBy: uuid('registered_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** Part of the personal calendar feed's secret: raising it turns every earlier feed address off. */
    calendarFeedVersion: integer('calendar_feed_version').notNull().default(0),
    /** The zone the person chose on the Account page: emails show times on this clock. */
    timeZone: text('time_zone'),
    /** The zone of the browser they last used, for emails when they chose none. */
    browserTimeZone: text('browser_time_zone'),
    /** The language the person chose on the Account page for the app and their emails. */
    language: text('language'),
    /** The language of the browser they last used, for emails when they chose none. */
    browserLanguage: text('browser_language'),
    /** The clock the person chose on the Account page (`24h`, `12h`) for the app and their emails; null: 24-hour. */
    clock: text('clock'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the person deleted their account. The row stays for the chats and reports others still need, under a
     * placeholder name and an address that can never receive mail or match anyone's; nothing can sign in to it.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    check(
      'users_deleted_signs_nobody_in',
      sql`${t.deletedAt} is null or (${t.passwordHash} is null and ${t.email} like 'deleted-%@invalid')`,
    ),
    index('users_company_idx').on(t.companyId),
    check('users_recruiter_has_company', sql`(${t.role} = 'recruiter') = (${t.companyId} is not null)`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie's token: a leaked table does not hand out sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const authTokenPurpose = pgEnum('auth_token_purpose', ['invitation', 'password_reset']);

export const authTokens = pgTable(
  'auth_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: authTokenPurpose('purpose').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('auth_tokens_user_idx').on(t.userId),
    // What the sweep looks for: used or expired, whichever came first.
    index('auth_tokens_done_idx').on(sql`least(${t.usedAt}, ${t.expiresAt})`),
  ],
);

/**
 * Attempt counters of login and password-reset requests, one row per bucket and key (e.g. an account at an
 * address). Counted before the slow work, in one locked row, so parallel requests cannot slip past the limit.
 */
export const throttles = pgTable(
  'throttles',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    attempts: integer('attempts').notNull(),
    /** Further attempts are refused until then. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    /** From then on the counter starts over, and the sweep may delete the row. */
    forgetAt: timestamp('forget_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.key] }), index('throttles_forget_idx').on(t.forgetAt)],
);

/**
 * The one row of settings that every process sharing a PostgreSQL database must agree on, such as the generated
 * secret that signs session cookies and calendar feed addresses.
 */
export const instanceSettings = pgTable(
  'instance_settings',
  {
    id: boolean('id').primaryKey().default(true),
    sessionSecret: text('session_secret').notNull(),
  },
  (t) => [check('instance_settings_one_row', sql`${t.id}`)],
);
