import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import { companies } from './companies.table.js';

export type CompanyRow = typeof companies.$inferSelect;

export async function findCompanyById(q: Queryable, id: string): Promise<CompanyRow | undefined> {
  const [row] = await q.select().from(companies).where(eq(companies.id, id));
  return row;
}

/** One organizer's company of that name, whatever its case: other organizers' companies are not theirs to use. */
export async function findOwnCompanyByName(
  q: Queryable,
  ownerId: string,
  name: string,
): Promise<CompanyRow | undefined> {
  const [row] = await q
    .select()
    .from(companies)
    .where(and(eq(companies.ownerId, ownerId), sql`lower(${companies.name}) = ${name.toLowerCase()}`));
  return row;
}

/** Company names are unique per organizer regardless of case: their "ACME" is the Acme they already have. */
export async function findOrCreateOwnCompany(
  q: Queryable,
  ownerId: string,
  name: string,
): Promise<CompanyRow> {
  const existing = await findOwnCompanyByName(q, ownerId, name);
  if (existing) return existing;
  // A concurrent request may create it first: then its row is the one.
  const [created] = await q.insert(companies).values({ name, ownerId }).onConflictDoNothing().returning();
  return created ?? (await findOwnCompanyByName(q, ownerId, name))!;
}
