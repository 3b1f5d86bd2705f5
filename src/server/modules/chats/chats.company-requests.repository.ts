import { and, asc, desc, eq, isNotNull, not, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { recruiterDetails } from '../availability/availability.table.js';
import { companies } from '../companies/companies.table.js';
import { blockedEitherWay } from '../safety/index.js';
import { talentProfiles } from '../talents/talents.table.js';
import { companyRequests } from './chats.company-requests.table.js';

export type CompanyRequestRow = typeof companyRequests.$inferSelect;

const talent = alias(users, 'talent');
const decider = alias(users, 'decider');
const chatRecruiter = alias(users, 'chat_recruiter');

/** A company request with the names its presentation and its notices need, in one query. */
function selectCompanyRequestView(q: Queryable) {
  return q
    .select({
      request: companyRequests,
      company: { id: companies.id, name: companies.name },
      talent: {
        id: talent.id,
        name: talent.name,
        email: talent.email,
        timeZone: sql<string | null>`coalesce(${talent.timeZone}, ${talent.browserTimeZone})`,
        language: sql<string | null>`coalesce(${talent.language}, ${talent.browserLanguage})`,
        clock: talent.clock,
      },
      talentHeadline: sql<string | null>`(select ${talentProfiles.headline} from ${talentProfiles}
        where ${talentProfiles.userId} = ${companyRequests.talentId})`,
      decidedBy: sql<{ id: string; name: string } | null>`case when ${decider.id} is null then null
        else json_build_object('id', ${decider.id}, 'name', ${decider.name}) end`,
      recruiter: sql<{ id: string; name: string } | null>`case when ${chatRecruiter.id} is null then null
        else json_build_object('id', ${chatRecruiter.id}, 'name', ${chatRecruiter.name}) end`,
    })
    .from(companyRequests)
    .innerJoin(companies, eq(companies.id, companyRequests.companyId))
    .innerJoin(talent, eq(talent.id, companyRequests.talentId))
    .leftJoin(decider, eq(decider.id, companyRequests.decidedById))
    .leftJoin(chatRecruiter, eq(chatRecruiter.id, companyRequests.recruiterId));
}

export type CompanyRequestView = Awaited<
  ReturnType<ReturnType<typeof selectCompanyRequestView>['execute']>
>[number];

export async function findCompanyRequestView(
  q: Queryable,
  requestId: string,
): Promise<CompanyRequestView | undefined> {
  const [row] = await selectCompanyRequestView(q).where(eq(companyRequests.id, requestId));
  return row;
}

/** Whose company requests: a talent's own, or those to one company. */
type Owner = { talentId: string } | { companyId: string };
/** A talent's own company requests at an event, or those to one company there. */
export type CompanyRequestScope = { eventId: string } & Owner;

const ownedBy = (owner: Owner): SQL =>
  'talentId' in owner
    ? eq(companyRequests.talentId, owner.talentId)
    : eq(companyRequests.companyId, owner.companyId);

/** The waiting ones first, then the latest answered; the 100 most recent answered are enough to look back on. */
export async function listCompanyRequests(q: Queryable, scope: CompanyRequestScope) {
  return selectCompanyRequestView(q)
    .where(and(eq(companyRequests.eventId, scope.eventId), ownedBy(scope)))
    .orderBy(
      asc(sql`${companyRequests.state} <> 'waiting'`),
      desc(companyRequests.createdAt),
      desc(companyRequests.id),
    )
    .limit(100);
}

export async function countWaiting(q: Queryable, scope: CompanyRequestScope): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(companyRequests)
    .where(
      and(eq(companyRequests.eventId, scope.eventId), ownedBy(scope), eq(companyRequests.state, 'waiting')),
    );
  return row!.n;
}

export async function insertCompanyRequest(
  q: Queryable,
  values: typeof companyRequests.$inferInsert,
): Promise<CompanyRequestRow> {
  const [row] = await q.insert(companyRequests).values(values).returning();
  return row!;
}

/**
 * Answers a request only while it waits, in one conditional update: of several recruiters answering at once, the
 * first takes the row's lock and changes it; the others wait for that lock, read the row again and match nothing.
 * `owner` narrows it to the company's recruiters or the talent.
 */
export async function decideIfWaiting(
  q: Queryable,
  requestId: string,
  owner: Owner,
  values: Partial<typeof companyRequests.$inferInsert>,
): Promise<CompanyRequestRow | undefined> {
  const [row] = await q
    .update(companyRequests)
    .set(values)
    .where(and(eq(companyRequests.id, requestId), eq(companyRequests.state, 'waiting'), ownedBy(owner)))
    .returning();
  return row;
}

export async function setRequestChat(q: Queryable, requestId: string, chatId: string): Promise<void> {
  await q.update(companyRequests).set({ chatId }).where(eq(companyRequests.id, requestId));
}

/**
 * The recruiters of a company who confirmed their availability at an event: whom a company request may reach. With
 * `reachableBy`, only those with no block either way with that talent.
 */
export async function listConfirmedRecruiters(
  q: Queryable,
  eventId: string,
  companyId: string,
  reachableBy?: string,
) {
  return q
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: sql<string | null>`coalesce(${users.timeZone}, ${users.browserTimeZone})`,
      language: sql<string | null>`coalesce(${users.language}, ${users.browserLanguage})`,
      clock: users.clock,
      requiresApproval: recruiterDetails.requiresApproval,
    })
    .from(recruiterDetails)
    .innerJoin(users, eq(users.id, recruiterDetails.recruiterId))
    .where(
      and(
        eq(recruiterDetails.eventId, eventId),
        eq(users.companyId, companyId),
        eq(users.role, 'recruiter'),
        isNotNull(recruiterDetails.confirmedAt),
        reachableBy ? not(blockedEitherWay(users.id, reachableBy)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** The talent's company requests still waiting for an answer. */
export async function listWaitingRequestIdsOf(q: Queryable, talentId: string): Promise<string[]> {
  const rows = await q
    .select({ id: companyRequests.id })
    .from(companyRequests)
    .where(and(eq(companyRequests.talentId, talentId), eq(companyRequests.state, 'waiting')));
  return rows.map((row) => row.id);
}

/** Within an account's deletion: the talent's messages on company requests become `removed`. */
export async function removeRequestWords(q: Queryable, talentId: string, removed: string): Promise<void> {
  await q
    .update(companyRequests)
    .set({ message: removed })
    .where(and(eq(companyRequests.talentId, talentId), isNotNull(companyRequests.message)));
}
