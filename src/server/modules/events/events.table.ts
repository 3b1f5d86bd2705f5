import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { NO_SHOW_AFTER_DEFAULT, noShowAfterBounds } from '../../../shared/booking/attendance.js';
import { bookingModes } from '../../../shared/booking/booking-window.js';
import { type BookingRuleName, bookingRuleBounds } from '../../../shared/booking/fair-use.js';
import { offerHoldBounds } from '../../../shared/booking/limits.js';
import { users } from '../auth/auth.table.js';

export const requestPolicy = pgEnum('request_policy', ['talents', 'recruiters', 'both']);
export const bookingMode = pgEnum('booking_mode', bookingModes);
export const dayMode = pgEnum('day_mode', ['virtual', 'in_person']);

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    timeZone: text('time_zone').notNull(),
    requestPolicy: requestPolicy('request_policy').notNull().default('both'),
    bookingMode: bookingMode('booking_mode').notNull().default('approval'),
    bookingsOpenAt: timestamp('bookings_open_at', { withTimezone: true }),
    bookingsCloseAt: timestamp('bookings_close_at', { withTimezone: true }),
    /** Whether a recruiter may ask for approval of their chats while the event books directly. */
    recruitersMayRequireApproval: boolean('recruiters_may_require_approval').notNull().default(true),
    // The fair-use rules (`src/shared/booking/fair-use.ts`): each one off while null.
    maxChatsPerTalent: integer('max_chats_per_talent'),
    maxChatsPerTalentPerDay: integer('max_chats_per_talent_per_day'),
    maxOpenRequestsPerTalent: integer('max_open_requests_per_talent'),
    maxChatsPerRecruiterPerDay: integer('max_chats_per_recruiter_per_day'),
    breakAfterChats: integer('break_after_chats'),
    breakMinutes: integer('break_minutes'),
    minGapMinutes: integer('min_gap_minutes'),
    minNoticeHours: integer('min_notice_hours'),
    requestCutoffHours: integer('request_cutoff_hours'),
    changeCutoffHours: integer('change_cutoff_hours'),
    maxReschedulesPerChat: integer('max_reschedules_per_chat'),
    noShowLimit: integer('no_show_limit'),
    /** A talent not checked in this many minutes after a chat's start may be marked a no-show. */
    noShowAfterMinutes: integer('no_show_after_minutes').notNull().default(NO_SHOW_AFTER_DEFAULT),
    /** Whether the clock marks those no-shows itself, rather than waiting for the recruiter's side. */
    autoMarkNoShows: boolean('auto_mark_no_shows').notNull().default(false),
    /** How long a talent from a waitlist holds an offered slot before it passes to the next one. */
    offerHoldMinutes: integer('offer_hold_minutes').notNull().default(15),
    /** The same on the event's own days, when a freed slot is soon and the next talent should get their turn. */
    offerHoldMinutesOnEventDays: integer('offer_hold_minutes_on_event_days').notNull().default(5),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_organizer_idx').on(t.organizerId),
    check(
      'events_booking_window_valid',
      sql`${t.bookingsOpenAt} is null or ${t.bookingsCloseAt} is null or ${t.bookingsCloseAt} > ${t.bookingsOpenAt}`,
    ),
    ...Object.entries(bookingRuleBounds).map(([rule, { min, max }]) => {
      const column = t[rule as BookingRuleName];
      return check(
        `events_${column.name}_range`,
        sql`${column} is null or ${column} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`,
      );
    }),
    check(
      'events_no_show_after_range',
      sql`${t.noShowAfterMinutes} between ${sql.raw(String(noShowAfterBounds.min))} and ${sql.raw(String(noShowAfterBounds.max))}`,
    ),
    check(
      'events_offer_hold_range',
      sql`${t.offerHoldMinutes} between ${sql.raw(String(offerHoldBounds.min))} and ${sql.raw(String(offerHoldBounds.max))}`,
    ),
    check(
      'events_offer_hold_on_event_days_range',
      sql`${t.offerHoldMinutesOnEventDays} between ${sql.raw(String(offerHoldBounds.min))} and ${sql.raw(String(offerHoldBounds.max))}`,
    ),
    check('events_break_complete', sql`(${t.breakAfterChats} is null) = (${t.breakMinutes} is null)`),
  ],
);

export const eventDays = pgTable(
  'event_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    mode: dayMode('mode').notNull(),
    /** Opening hours in minutes after local midnight in the event's zone; 1440 means 24:00. */
    opensAtMinute: integer('opens_at_minute').notNull(),
    closesAtMinute: integer('closes_at_minute').notNull(),
    durations: integer('durations').array().notNull(),
  },
  (t) => [
    unique('event_days_event_date_unique').on(t.eventId, t.date),
    check(
      'event_days_hours_valid',
      sql`${t.opensAtMinute} >= 0 and ${t.closesAtMinute} <= 1440 and ${t.opensAtMinute} < ${t.closesAtMinute}`,
    ),
    check(
      'event_days_durations_valid',
      sql`cardinality(${t.durations}) between 1 and 20 and 5 <= all(${t.durations}) and 120 >= all(${t.durations})`,
    ),
  ],
);
