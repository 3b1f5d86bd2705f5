import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { events } from '../events/events.table.js';

/** A company attending an event; all its recruiters attend with it. */
export const eventCompanies = pgTable(
  'event_companies',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    /** Where to meet on in-person days: a booth or table name. */
    booth: text('booth').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.companyId] }),
    index('event_companies_company_idx').on(t.companyId),
  ],
);

export const eventTalents = pgTable(
  'event_talents',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.talentId] }), index('event_talents_talent_idx').on(t.talentId)],
);
