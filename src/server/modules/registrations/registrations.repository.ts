import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { openStates } from '../../../shared/booking/chat-phase.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { eventCompanies, eventTalents } from './registrations.table.js';

export type TalentProfileRow = typeof talentProfiles.$inferSelect;
export type TalentProfileValues = Partial<
  Pick<TalentProfileRow, 'headline' | 'background' | 'level' | 'languages' | 'topics' | 'bio' | 'links'>
>;

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  activated: sql<boolean>`${users.passwordHash} is not null`,
};

export async function findRegistration(q: Queryable, eventId: string, companyId: string) {
  const [row] = await q
    .select({ booth: eventCompanies.booth })
    .from(eventCompanies)
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId)));
  return row;
}

export async function insertRegistration(q: Queryable, eventId: string, companyId: string, booth: string) {
  await q.insert(eventCompanies).values({ eventId, companyId, booth }).onConflictDoNothing();
}

export async function setBooth(q: Queryable, eventId: string, companyId: string, booth: string) {
  await q
    .update(eventCompanies)
    .set({ booth })
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId)));
}

export async function deleteRegistration(q: Queryable, eventId: string, companyId: string) {
  await q
    .delete(eventCompanies)
    .where(and(eq(eventCompanies.eventId, eventId), eq(eventCompanies.companyId, companyId)));
}

/** The companies registered for an event (or the one given), each with all of its recruiters. */
export async function listRegisteredCompanies(q: Queryable, eventId: string, onlyCompanyId?: string) {
  const registered = await q
    .select({ id: companies.id, name: companies.name, booth: eventCompanies.booth })
    .from(eventCompanies)
    .innerJoin(companies, eq(companies.id, eventCompanies.companyId))
    .where(
      and(
        eq(eventCompanies.eventId, eventId),
        onlyCompanyId ? eq(eventCompanies.companyId, onlyCompanyId) : undefined,
      ),
    )
    .orderBy(sql`lower(${companies.name})`);
  if (registered.length === 0) return [];
  const recruiters = await q
    .select({ ...personColumns, companyId: users.companyId })
    .from(users)
    .where(
      and(
        eq(users.role, 'recruiter'),
        inArray(
          users.companyId,
          registered.map((company) => company.id),
        ),
      ),
    )
    .orderBy(sql`lower(${users.name})`, asc(users.email));
  return registered.map((company) => ({
    ...company,
    recruiters: recruiters.filter((recruiter) => recruiter.companyId === company.id),
  }));
}

export async function countOpenChatsOfCompany(q: Queryable, eventId: string, companyId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(chats)
    .innerJoin(users, eq(users.id, chats.recruiterId))
    .where(
      and(eq(chats.eventId, eventId), eq(users.companyId, companyId), inArray(chats.state, [...openStates])),
    );
  return Number(row?.n ?? 0);
}

export async function countOpenChatsOfTalent(q: Queryable, eventId: string, talentId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(chats)
    .where(
      and(eq(chats.eventId, eventId), eq(chats.talentId, talentId), inArray(chats.state, [...openStates])),
    );
  return Number(row?.n ?? 0);
}

export async function listRegisteredTalents(q: Queryable, eventId: string) {
  return q
    .select(personColumns)
    .from(eventTalents)
    .innerJoin(users, eq(users.id, eventTalents.talentId))
    .where(eq(eventTalents.eventId, eventId))
    .orderBy(sql`lower(${users.name})`, asc(users.email));
}

/** The talents among `talentIds` that were not registered for the event before. */
export async function insertTalentRegistrations(q: Queryable, eventId: string, talentIds: string[]) {
  if (talentIds.length === 0) return new Set<string>();
  const rows = await q
    .insert(eventTalents)
    .values(talentIds.map((talentId) => ({ eventId, talentId })))
    .onConflictDoNothing()
    .returning({ talentId: eventTalents.talentId });
  return new Set(rows.map((row) => row.talentId));
}

/** True when the talent was registered. */
export async function deleteTalentRegistration(q: Queryable, eventId: string, talentId: string) {
  const rows = await q
    .delete(eventTalents)
    .where(and(eq(eventTalents.eventId, eventId), eq(eventTalents.talentId, talentId)))
    .returning({ talentId: eventTalents.talentId });
  return rows.length === 1;
}

type NewAccount = {
  email: string;
  name: string;
  role: 'talent' | 'recruiter';
  companyId: string | null;
  registeredBy: string;
};

/** The accounts created; an email taken in the meantime (by a concurrent request) is left out. */
export async function insertUsersIfAbsent(q: Queryable, values: NewAccount[]) {
  if (values.length === 0) return [];
  return q.insert(users).values(values).onConflictDoNothing().returning();
}

export async function renameUsers(q: Queryable, renames: { id: string; name: string }[]) {
  if (renames.length === 0) return;
  const rows = sql.join(
    renames.map(({ id, name }) => sql`(${id}::uuid, ${name})`),
    sql`, `,
  );
  await q.execute(
    sql`update ${users} set name = v.name from (values ${rows}) as v(id, name) where ${users.id} = v.id`,
  );
}

export const profileColumns = [
  'headline',
  'background',
  'level',
  'languages',
  'topics',
  'bio',
  'links',
] as const satisfies readonly (keyof TalentProfileValues)[];

/** Writes whole profiles (every column given), creating the missing ones. */
export async function upsertTalentProfiles(
  q: Queryable,
  profiles: ({ userId: string } & TalentProfileValues)[],
  now: Date,
) {
  if (profiles.length === 0) return;
  const replaced = Object.fromEntries(
    profileColumns.map((column) => [column, sql.raw(`excluded.${talentProfiles[column].name}`)]),
  );
  await q
    .insert(talentProfiles)
    .values(profiles.map((profile) => ({ ...profile, updatedAt: now })))
    .onConflictDoUpdate({ target: talentProfiles.userId, set: { ...replaced, updatedAt: now } });
}

const CHUNK = 1000;

/** Accounts of many emails at once (for imports), keyed by lower-cased email. */
export async function findUsersByEmails(q: Queryable, emails: string[]) {
  const found = new Map<string, typeof users.$inferSelect>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const chunk = emails.slice(i, i + CHUNK).map((email) => email.toLowerCase());
    const rows = await q
      .select()
      .from(users)
      .where(inArray(sql`lower(${users.email})`, chunk));
    for (const row of rows) found.set(row.email.toLowerCase(), row);
  }
  return found;
}

export async function findTalentProfiles(q: Queryable, userIds: string[]) {
  const found = new Map<string, TalentProfileRow>();
  for (let i = 0; i < userIds.length; i += CHUNK) {
    const rows = await q
      .select()
      .from(talentProfiles)
      .where(inArray(talentProfiles.userId, userIds.slice(i, i + CHUNK)));
    for (const row of rows) found.set(row.userId, row);
  }
  return found;
}

/** Whether the talent takes part in the event: registered, with an account not deleted since. */
export async function isTalentRegistered(q: Queryable, eventId: string, talentId: string): Promise<boolean> {
  const [row] = await q
    .select({ talentId: eventTalents.talentId })
    .from(eventTalents)
    .innerJoin(users, eq(users.id, eventTalents.talentId))
    .where(
      and(eq(eventTalents.eventId, eventId), eq(eventTalents.talentId, talentId), isNull(users.deletedAt)),
    );
  return row !== undefined;
}
