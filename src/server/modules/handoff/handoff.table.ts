import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';

/**
 * A talent's consent to share their profile and contact details with one company, for hiring. One row per talent
 * and company: revoking sets `revoked_at` rather than deleting the row, so the company can be told when the
 * consent it relied on ended, the talent's Account page can offer to give it again, and giving it again starts a
 * new `given_at`. The export reads only rows with no `revoked_at`.
 */
export const dataSharingConsents = pgTable(
  'data_sharing_consents',
  {
    talentId: uuid('talent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.talentId, t.companyId] }),
    // The export reads a company's consenting talents.
    index('data_sharing_consents_company_idx').on(t.companyId),
    check('data_sharing_consents_time_order', sql`${t.revokedAt} is null or ${t.revokedAt} >= ${t.givenAt}`),
  ],
);
