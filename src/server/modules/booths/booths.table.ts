import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { boothQueueStates } from '../../../shared/schemas/booths.schemas.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays, events } from '../events/events.table.js';

export const boothQueueState = pgEnum('booth_queue_state', boothQueueStates);

/**
 * The walk-in queue at a company's booth on an in-person day: one row per talent and time they queued. A row waits,
 * is called by a recruiter of the company, and ends served (a walk-in chat), left (the talent) or no answer (the
 * talent was called and not there). A talent waits at most once per booth and day; they may queue at several booths.
 */
export const boothQueueEntries = pgTable(
  'booth_queue_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Queues are per day: yesterday's line never carries over. */
    eventDayId: uuid('event_day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: boothQueueState('state').notNull().default('waiting'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    /** The recruiter who called; null once their account is gone. */
    calledById: uuid('called_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** The walk-in chat a served entry became. */
    chatId: uuid('chat_id').references(() => chats.id, { onDelete: 'set null' }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('booth_queue_one_active_per_talent')
      .on(t.eventDayId, t.companyId, t.talentId)
      .where(sql`${t.state} in ('waiting', 'called')`),
    // The queue in its order, as `Call next` and the positions read it.
    index('booth_queue_line_idx')
      .on(t.eventDayId, t.companyId, t.joinedAt, t.id)
      .where(sql`${t.state} in ('waiting', 'called')`),
    index('booth_queue_talent_idx').on(t.talentId),
    check('booth_queue_called_has_time', sql`${t.state} in ('waiting', 'left') or ${t.calledAt} is not null`),
    check('booth_queue_ended_has_time', sql`${t.state} in ('waiting', 'called') or ${t.endedAt} is not null`),
  ],
);
