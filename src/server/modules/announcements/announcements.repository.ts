import { and, desc, eq, sql } from 'drizzle-orm';
import type { AnnouncementAudience } from '../../../shared/schemas/announcements.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { type AnnouncementRow, announcements } from './announcements.table.js';

export type AnnouncementView = AnnouncementRow & { companyName: string | null };

export async function insertAnnouncement(
  q: Queryable,
  values: typeof announcements.$inferInsert,
): Promise<AnnouncementRow> {
  const [row] = await q.insert(announcements).values(values).returning();
  return row!;
}

const view = { row: announcements, companyName: companies.name };
const toView = ({ row, companyName }: { row: AnnouncementRow; companyName: string | null }) => ({
  ...row,
  companyName,
});

export async function listOfEvent(q: Queryable, eventId: string): Promise<AnnouncementView[]> {
  const rows = await q
    .select(view)
    .from(announcements)
    .leftJoin(companies, eq(companies.id, announcements.companyId))
    .where(eq(announcements.eventId, eventId))
    .orderBy(desc(announcements.createdAt), desc(announcements.id));
  return rows.map(toView);
}

export async function findOfEvent(q: Queryable, eventId: string, id: string) {
  const [row] = await q
    .select(view)
    .from(announcements)
    .leftJoin(companies, eq(companies.id, announcements.companyId))
    .where(and(eq(announcements.eventId, eventId), eq(announcements.id, id)));
  return row && toView(row);
}

/** Only one still scheduled and not yet due: the clock may be sending a due one at this moment. */
export async function cancelScheduled(q: Queryable, eventId: string, id: string, now: Date) {
  const [row] = await q
    .update(announcements)
    .set({ state: 'cancelled' })
    .where(
      and(
        eq(announcements.eventId, eventId),
        eq(announcements.id, id),
        eq(announcements.state, 'scheduled'),
        sql`${announcements.sendAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: announcements.id });
  return row !== undefined;
}

export async function companyAttends(q: Queryable, eventId: string, companyId: string): Promise<boolean> {
  const [row] = await q
    .select({ id: eventCompanies.companyId })
    .from(eventCompanies)
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId)));
  return row !== undefined;
}

/**
 * Takes one due announcement for the caller's transaction, skipping any another process holds: the row stays
 * locked until that transaction marks it sent, so two clocks never send the same one.
 */
export async function claimDue(q: Queryable, now: Date): Promise<AnnouncementRow | undefined> {
  const [row] = await q
    .select()
    .from(announcements)
    .where(
      and(
        eq(announcements.state, 'scheduled'),
        sql`${announcements.sendAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(announcements.sendAt)
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function markSent(q: Queryable, id: string, now: Date, recipients: number) {
  await q
    .update(announcements)
    .set({ state: 'sent', sentAt: now, recipients })
    .where(eq(announcements.id, id));
}

export interface Recipient {
  id: string;
  email: string;
  /** Their language, else their browser's; null: English. */
  language: string | null;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The people an audience names at an event, accounts deleted left out; one statement whatever their number. */
export async function listRecipients(
  q: Queryable,
  eventId: string,
  audience: AnnouncementAudience,
  companyId: string | null,
): Promise<Recipient[]> {
  const talents = sql`select ${users.id} as id, ${users.email} as email,
      coalesce(${users.language}, ${users.browserLanguage}) as language from ${users}
    join ${eventTalents} on ${eventTalents.talentId} = ${users.id} and ${eventTalents.eventId} = ${eventId}
    where ${users.role} = 'talent' and ${users.deletedAt} is null`;
  const recruiters = sql`select ${users.id} as id, ${users.email} as email,
      coalesce(${users.language}, ${users.browserLanguage}) as language from ${users}
    join ${eventCompanies} on ${eventCompanies.companyId} = ${users.companyId} and ${eventCompanies.eventId} = ${eventId}
    where ${users.role} = 'recruiter' and ${users.deletedAt} is null
    ${companyId ? sql`and ${users.companyId} = ${companyId}` : sql``}`;
  const chosen = {
    everyone: sql`${talents} union all ${recruiters}`,
    talents,
    recruiters,
    company: recruiters,
  }[audience];
  return rowsOf<Recipient>(await q.execute(sql`select * from (${chosen}) r order by r.id`));
}
