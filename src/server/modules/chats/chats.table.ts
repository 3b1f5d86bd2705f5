import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { chatStates } from '../../../shared/booking/chat-phase.js';
import { chatHistoryKinds } from '../../../shared/schemas/chats.schemas.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';

export const chatState = pgEnum('chat_state', chatStates);
export const reminderKind = pgEnum('reminder_kind', ['hour_before', 'ten_minutes_before']);
export const chatInitiator = pgEnum('chat_initiator', ['talent', 'recruiter']);
export const chatHistoryKind = pgEnum('chat_history_kind', chatHistoryKinds);

/**
 * One row per talent–recruiter conversation at an event. Overlap exclusion constraints on confirmed chats (per
 * recruiter and per talent) live in a hand-written migration, since Drizzle cannot express EXCLUDE.
 */
export const chats = pgTable(
  'chats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recruiterId: uuid('recruiter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    initiatedBy: chatInitiator('initiated_by').notNull(),
    /** Who sent it: the talent, the recruiter or a colleague acting on the recruiter's behalf. */
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: chatState('state').notNull(),
    talentAnswer: text('talent_answer'),
    suggestedRecruiterId: uuid('suggested_recruiter_id').references(() => users.id, { onDelete: 'set null' }),
    eventDayId: uuid('event_day_id').references(() => eventDays.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** Calendar SEQUENCE: raised on every change the invitation must reflect. */
    sequence: integer('sequence').notNull().default(0),
    /** When the chat last went back to scheduling from a confirmed time, so both sides can tell it was moved. */
    rescheduledAt: timestamp('rescheduled_at', { withTimezone: true }),
    /** While `offered`: when the talent's exclusive hold on the offered time lapses. */
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    /**
     * While `offered`: the state the chat returns to if the offer is declined or lapses (an approved request or an
     * invitation keeps waiting for a time); null for an offer that created the chat, which then ends cancelled.
     */
    offeredFrom: chatState('offered_from'),
    /** The talent's one-tap word before the start that they are running this many minutes late; null if none. */
    runningLateMinutes: integer('running_late_minutes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A person's chat list in its default order (`chatSortKeys.time`), so a page reads only the rows it shows.
    index('chats_event_recruiter_time_idx').on(
      t.eventId,
      t.recruiterId,
      sql`coalesce(${t.startsAt}, 'infinity'::timestamptz)`,
      t.updatedAt.desc(),
      t.id,
    ),
    index('chats_event_talent_time_idx').on(
      t.eventId,
      t.talentId,
      sql`coalesce(${t.startsAt}, 'infinity'::timestamptz)`,
      t.updatedAt.desc(),
      t.id,
    ),
    // Whether a recruiter is free at a time (the talents' day filter): their chats around it, at any event.
    index('chats_recruiter_starts_idx').on(t.recruiterId, t.startsAt),
    uniqueIndex('chats_one_open_per_pair')
      .on(t.eventId, t.talentId, t.recruiterId)
      .where(sql`${t.state} in ('requested', 'invited', 'in_scheduling', 'offered', 'confirmed')`),
    check(
      'chats_booked_has_time',
      sql`${t.state} not in ('confirmed', 'completed', 'offered', 'no_show') or (${t.startsAt} is not null and ${t.endsAt} > ${t.startsAt} and ${t.eventDayId} is not null)`,
    ),
    check(
      'chats_offer_has_expiry',
      sql`(${t.state} = 'offered') = (${t.offerExpiresAt} is not null) and (${t.offeredFrom} is null or ${t.state} = 'offered')`,
    ),
    check(
      'chats_offered_from_waiting',
      sql`${t.offeredFrom} is null or ${t.offeredFrom} in ('invited', 'in_scheduling')`,
    ),
    // The waitlist's clock finds lapsed offers without reading every chat.
    index('chats_offer_expiry_idx').on(t.offerExpiresAt).where(sql`${t.state} = 'offered'`),
    check(
      'chats_running_late_range',
      sql`${t.runningLateMinutes} is null or ${t.runningLateMinutes} between 1 and 60`,
    ),
  ],
);

export const checkInSide = pgEnum('check_in_side', ['talent', 'recruiter']);

/**
 * `I'm here`: one row per chat and side, the first check-in of that side (the talent, or the recruiter or a colleague
 * who took the chat for them), written by the button, the QR code at the booth or entering the video room. A second
 * check-in of the same side changes nothing.
 */
export const chatCheckIns = pgTable(
  'chat_check_ins',
  {
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    side: checkInSide('side').notNull(),
    /** Who checked in; null once their account is gone. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.side] })],
);

/**
 * One row per reminder sent, keyed by the chat's start it was for: inserting it in the transaction that queues the
 * mail makes each reminder go out once across restarts and processes, and a chat moved to a new time gets its own.
 */
export const chatReminders = pgTable(
  'chat_reminders',
  {
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    kind: reminderKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.kind, t.startsAt] })],
);

/**
 * Everything said or done about a chat, oldest first: who (and for which side), what, when, the message if any, and
 * the time it held before and holds after where that changed. It is the one place the chat's messages are kept
 * (the request or invitation message and the decline reason included); rows are written in the transaction of the
 * change they record and never updated.
 */
export const chatHistory = pgTable(
  'chat_history',
  {
    /** Insertion order: entries written at the same instant keep the order they happened in. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chatId: uuid('chat_id')
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    kind: chatHistoryKind('kind').notNull(),
    /** Who acted; null once their account is gone (the side still tells which side it was). */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    side: chatInitiator('side').notNull(),
    message: text('message'),
    /** The time the chat held before, when this entry released or replaced it. */
    fromStartsAt: timestamp('from_starts_at', { withTimezone: true }),
    /** The time the chat holds after, when this entry booked or moved it. */
    toStartsAt: timestamp('to_starts_at', { withTimezone: true }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('chat_history_chat_idx').on(t.chatId, t.id)],
);

/**
 * Talents waiting for a time with a recruiter who has none free: the first eligible one is offered each freed time
 * (`chats.waitlist.ts`). An accepted, declined or lapsed offer ends the entry; the talent may join again.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    recruiterId: uuid('recruiter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.recruiterId, t.talentId] }),
    // The list in its order, and a talent's own entries.
    index('waitlist_entries_order_idx').on(t.eventId, t.recruiterId, t.joinedAt, t.talentId),
    index('waitlist_entries_talent_idx').on(t.talentId, t.eventId),
  ],
);

/**
 * Talents waiting for any recruiter of a company ("talk to anyone at Acme"): each recruiter of the company offers a
 * freed time of theirs to the first eligible talent of their own list and this one merged by joining time
 * (`chats.waitlist.ts`). An accepted, declined or lapsed offer of one of the company's recruiters ends the entry.
 */
export const companyWaitlistEntries = pgTable(
  'company_waitlist_entries',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.companyId, t.talentId] }),
    // A company that leaves the event takes its waitlist with it.
    foreignKey({
      name: 'company_waitlist_entries_company_at_event_fk',
      columns: [t.eventId, t.companyId],
      foreignColumns: [eventCompanies.eventId, eventCompanies.companyId],
    }).onDelete('cascade'),
    // The list in its order, and a talent's own entries.
    index('company_waitlist_entries_order_idx').on(t.eventId, t.companyId, t.joinedAt, t.talentId),
    index('company_waitlist_entries_talent_idx').on(t.talentId, t.eventId),
  ],
);
