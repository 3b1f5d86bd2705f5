import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { companyRequestStates } from '../../../shared/schemas/company-requests.schemas.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { events } from '../events/events.table.js';
import { chats } from './chats.table.js';

export const companyRequestState = pgEnum('company_request_state', companyRequestStates);

/**
 * A talent's request to a company rather than one recruiter (`Request any recruiter`): it waits until the first
 * recruiter of the company accepts it (a chat is created with them, approved), one declines it, or the talent
 * withdraws it. The row keeps the talent's message until then; the chat's history carries it afterwards.
 */
export const companyRequests = pgTable(
  'company_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message'),
    state: companyRequestState('state').notNull().default('waiting'),
    /** Who accepted or declined it; null while it waits, or once their account is gone. */
    decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** The recruiter the accepted request's chat is with. */
    recruiterId: uuid('recruiter_id').references(() => users.id, { onDelete: 'set null' }),
    chatId: uuid('chat_id').references(() => chats.id, { onDelete: 'set null' }),
    declineMessage: text('decline_message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One waiting request per talent and company at an event.
    uniqueIndex('company_requests_one_waiting')
      .on(t.eventId, t.companyId, t.talentId)
      .where(sql`${t.state} = 'waiting'`),
    index('company_requests_company_idx').on(t.eventId, t.companyId, t.createdAt.desc()),
    index('company_requests_talent_idx').on(t.eventId, t.talentId, t.createdAt.desc()),
    check('company_requests_decided', sql`(${t.state} = 'waiting') = (${t.decidedAt} is null)`),
    check(
      'company_requests_declined_reason',
      sql`${t.state} <> 'declined' or ${t.declineMessage} is not null`,
    ),
  ],
);
