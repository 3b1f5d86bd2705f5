import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { eventDays, events } from '../events/events.table.js';
import { experienceLevel } from '../talents/talents.table.js';

/** What a recruiter tells talents about whom they want to meet at one event, and whether they are bookable. */
export const recruiterDetails = pgTable(
  'recruiter_details',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    recruiterId: uuid('recruiter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    backgrounds: text('backgrounds').array().notNull().default([]),
    levels: experienceLevel('levels').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    topics: text('topics').array().notNull().default([]),
    customQuestion: text('custom_question'),
    /** The recruiter asks for approval of each chat although the event books directly (when the event lets them). */
    requiresApproval: boolean('requires_approval').notNull().default(false),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.recruiterId] })],
);

/**
 * One duration per recruiter and day, and the slot starts the recruiter opened. Slots themselves are derived
 * from the day's hours and the duration, so they never disagree with the event.
 */
export const availabilityDays = pgTable(
  'availability_days',
  {
    eventDayId: uuid('event_day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    recruiterId: uuid('recruiter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    durationMinutes: integer('duration_minutes').notNull(),
    openSlotStarts: timestamp('open_slot_starts', { withTimezone: true })
      .array()
      .notNull()
      .default(sql`'{}'`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventDayId, t.recruiterId] }),
    check('availability_days_duration_valid', sql`${t.durationMinutes} between 5 and 120`),
  ],
);
