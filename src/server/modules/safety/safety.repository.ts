import { and, desc, eq, isNull, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import type { ContactFacts } from './safety.rules.js';
import { blocks, invitationOptOuts, safetyReports } from './safety.table.js';

/** Whether the user (columns of a `users` alias) takes part in the event as a talent or a recruiter. */
function takesPart(eventId: string, userId: SQLWrapper, companyId: SQLWrapper): SQL {
  return sql`(exists (select 1 from ${eventTalents} where ${eventTalents.eventId} = ${eventId} and ${eventTalents.talentId} = ${userId})
    or exists (select 1 from ${eventCompanies} where ${eventCompanies.eventId} = ${eventId} and ${eventCompanies.companyId} = ${companyId}))`;
}

/**
 * Whether either of two people blocked the other, as a condition for queries that pick whom a talent may reach
 * (a company's recruiters, a booth's line): the same rule as `contactRefusal`'s blocks, which stop everything
 * between the two whoever blocked.
 */
export function blockedEitherWay(a: SQLWrapper | string, b: SQLWrapper | string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${blocks} where (${blocks.blockerId} = ${a} and ${blocks.blockedId} = ${b})
    or (${blocks.blockerId} = ${b} and ${blocks.blockedId} = ${a}))`;
}

/** Everything `contactRefusal` weighs for a talent and a recruiter at an event, in one statement. */
export async function readContactFacts(
  q: Queryable,
  pair: { eventId: string; talentId: string; recruiterId: string },
): Promise<ContactFacts | undefined> {
  const { eventId, talentId, recruiterId } = pair;
  const blockedBy = (blocker: string, blocked: string) =>
    sql<boolean>`exists (select 1 from ${blocks} where ${blocks.blockerId} = ${blocker} and ${blocks.blockedId} = ${blocked})`;
  const optedOut = (scope: SQL) =>
    sql<boolean>`exists (select 1 from ${invitationOptOuts} where ${invitationOptOuts.talentId} = ${talentId} and ${scope})`;
  const [row] = await q
    .select({
      talentName: sql<string>`(select ${users.name} from ${users} where ${users.id} = ${talentId})`,
      recruiterName: users.name,
      talentBlockedRecruiter: blockedBy(talentId, recruiterId),
      recruiterBlockedTalent: blockedBy(recruiterId, talentId),
      optedOutHere: optedOut(sql`${invitationOptOuts.eventId} = ${eventId}`),
      optedOutEverywhere: optedOut(sql`${invitationOptOuts.eventId} is null`),
    })
    .from(users)
    .where(eq(users.id, recruiterId));
  return row;
}

/**
 * The person, when they take part in the event on the viewer's other side: a talent registered there for a
 * recruiter, a recruiter of a company attending it for a talent.
 */
export async function findCounterpart(
  q: Queryable,
  input: { eventId: string; viewerRole: 'talent' | 'recruiter'; userId: string },
): Promise<{ id: string; name: string } | undefined> {
  const { eventId, userId } = input;
  const otherSide =
    input.viewerRole === 'talent'
      ? sql`exists (select 1 from ${eventCompanies} where ${eventCompanies.eventId} = ${eventId} and ${eventCompanies.companyId} = ${users.companyId})`
      : sql`exists (select 1 from ${eventTalents} where ${eventTalents.eventId} = ${eventId} and ${eventTalents.talentId} = ${users.id})`;
  const [row] = await q
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        eq(users.role, input.viewerRole === 'talent' ? 'recruiter' : 'talent'),
        otherSide,
      ),
    );
  return row;
}

export async function insertBlock(
  q: Queryable,
  blockerId: string,
  blockedId: string,
  at: Date,
): Promise<void> {
  await q.insert(blocks).values({ blockerId, blockedId, createdAt: at }).onConflictDoNothing();
}

export async function deleteBlock(q: Queryable, blockerId: string, blockedId: string): Promise<void> {
  await q.delete(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
}

export async function listBlocked(q: Queryable, blockerId: string) {
  return q
    .select({ userId: blocks.blockedId, name: users.name, blockedAt: blocks.createdAt })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, blockerId))
    .orderBy(users.name, blocks.blockedId);
}

/** A null event is the talent's opt-out of every event. */
const optOutScope = (talentId: string, eventId: string | null) =>
  and(
    eq(invitationOptOuts.talentId, talentId),
    eventId === null ? isNull(invitationOptOuts.eventId) : eq(invitationOptOuts.eventId, eventId),
  );

export async function insertOptOut(q: Queryable, talentId: string, eventId: string | null, at: Date) {
  await q.insert(invitationOptOuts).values({ talentId, eventId, createdAt: at }).onConflictDoNothing();
}

export async function deleteOptOut(q: Queryable, talentId: string, eventId: string | null) {
  await q.delete(invitationOptOuts).where(optOutScope(talentId, eventId));
}

export async function readOptOuts(q: Queryable, talentId: string, eventId: string | null) {
  const rows = await q
    .select({ eventId: invitationOptOuts.eventId })
    .from(invitationOptOuts)
    .where(
      and(
        eq(invitationOptOuts.talentId, talentId),
        or(
          isNull(invitationOptOuts.eventId),
          eventId === null ? sql`false` : eq(invitationOptOuts.eventId, eventId),
        ),
      ),
    );
  return {
    here: eventId !== null && rows.some((row) => row.eventId === eventId),
    everywhere: rows.some((row) => row.eventId === null),
  };
}

export async function insertReport(q: Queryable, values: typeof safetyReports.$inferInsert) {
  const [row] = await q.insert(safetyReports).values(values).returning({ id: safetyReports.id });
  return row!;
}

const reporter = alias(users, 'reporter');
const reported = alias(users, 'reported');

/** Reports between two people who both take part in the event, whichever event they were made from; newest first. */
export async function listReportsOfEvent(q: Queryable, eventId: string, reportId?: string) {
  return q
    .select({
      id: safetyReports.id,
      reason: safetyReports.reason,
      message: safetyReports.message,
      createdAt: safetyReports.createdAt,
      handledAt: safetyReports.handledAt,
      reporter: { id: reporter.id, name: reporter.name },
      reported: { id: reported.id, name: reported.name },
    })
    .from(safetyReports)
    .innerJoin(reporter, eq(reporter.id, safetyReports.reporterId))
    .innerJoin(reported, eq(reported.id, safetyReports.reportedId))
    .where(
      and(
        takesPart(eventId, reporter.id, reporter.companyId),
        takesPart(eventId, reported.id, reported.companyId),
        reportId === undefined ? undefined : eq(safetyReports.id, reportId),
      ),
    )
    .orderBy(desc(safetyReports.createdAt), safetyReports.id);
}

export type ReportRow = Awaited<ReturnType<typeof listReportsOfEvent>>[number];

/** Marks a report handled once; a second mark keeps the first time. */
export async function markReportHandled(q: Queryable, reportId: string, organizerId: string, at: Date) {
  await q
    .update(safetyReports)
    .set({ handledAt: at, handledById: organizerId })
    .where(and(eq(safetyReports.id, reportId), isNull(safetyReports.handledAt)));
}

/**
 * Within an account's deletion: the blocks the person made and their invitation opt-outs go. Blocks of them by
 * others and reports (by them or of them) stay: they are the others' and the organizers' records.
 */
export async function deleteSafetyChoicesOf(q: Queryable, userId: string): Promise<void> {
  await q.delete(blocks).where(eq(blocks.blockerId, userId));
  await q.delete(invitationOptOuts).where(eq(invitationOptOuts.talentId, userId));
}
