import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { companies } from './companies.table.js';

export type CompanyRow = typeof companies.$inferSelect;

export async function findCompanyById(q: Queryable, id: string): Promise<CompanyRow | undefined> {
  const [row] = await q.select().from(companies).where(eq(companies.id, id));
  return row;
}

export async function findCompanyByName(q: Queryable, name: string): Promise<CompanyRow | undefined> {
  const [row] = await q.select().from(companies).where(sql`lower(${companies.name}) = ${name.toLowerCase()}`);
  return row;
}

/** Company names are unique regardless of case: "ACME" is the Acme that already exists. */
export async function findOrCreateCompany(q: Queryable, name: string): Promise<CompanyRow> {
  const existing = await findCompanyByName(q, name);
  if (existing) return existing;
  // A concurrent request may create it first: then its row is the one.
  const [created] = await q.insert(companies).values({ name }).onConflictDoNothing().returning();
  return created ?? (await findCompanyByName(q, name))!;
}
