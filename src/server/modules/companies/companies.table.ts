import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';

/**
 * A company belongs to the organizer who registered it: another organizer registering the same name gets a
 * company of their own, so nobody joins or changes a team they do not run.
 */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /**
     * Null only for a company from before owners were recorded that no registration or chat traces to an
     * organizer: no one can register or join it.
     */
    ownerId: uuid('owner_id').references((): AnyPgColumn => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('companies_owner_name_unique').on(t.ownerId, sql`lower(${t.name})`),
    // The talents' recruiter list is in company name order: its first page walks the first companies only.
    index('companies_name_idx').on(t.name),
  ],
);
