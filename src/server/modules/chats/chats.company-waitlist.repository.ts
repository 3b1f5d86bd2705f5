import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { openStates } from '../../../shared/booking/chat-phase.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { chats, companyWaitlistEntries } from './chats.table.js';

/*
 * Company waitlists ("talk to anyone at Acme"): talents waiting for whichever recruiter of a company frees time.
 */

/** A talent's place on a company's waitlist at an event. */
export type CompanyWaitlistPlace = { eventId: string; companyId: string; talentId: string; joinedAt: Date };

/** A talent joins a company's waitlist at an event; joining again keeps their place. */
export async function insertCompanyWaitlistEntry(q: Queryable, entry: CompanyWaitlistPlace) {
  await q.insert(companyWaitlistEntries).values(entry).onConflictDoNothing();
}

export async function deleteCompanyWaitlistEntry(q: Queryable, entry: CompanyWaitlistPlace) {
  await q
    .delete(companyWaitlistEntries)
    .where(
      and(
        eq(companyWaitlistEntries.eventId, entry.eventId),
        eq(companyWaitlistEntries.companyId, entry.companyId),
        eq(companyWaitlistEntries.talentId, entry.talentId),
      ),
    );
}

/** Takes talents off the waitlist of a recruiter's company (the recruiter's own list is `deleteWaitlistEntries`). */
export async function deleteCompanyWaitlistEntries(
  q: Queryable,
  input: { eventId: string; recruiterId: string; talentIds: string[] },
) {
  await q
    .delete(companyWaitlistEntries)
    .where(
      and(
        eq(companyWaitlistEntries.eventId, input.eventId),
        eq(companyWaitlistEntries.companyId, companyOf(input.recruiterId)),
        inArray(companyWaitlistEntries.talentId, input.talentIds),
      ),
    );
}

const companyOf = (recruiterId: string) =>
  sql`(select ${users.companyId} from ${users} where ${users.id} = ${recruiterId})`;

const colleague = alias(users, 'colleague');
const held = alias(chats, 'held');

/**
 * The waitlist of the recruiter's company in order, each talent with their open chat with the recruiter (if any)
 * and their booked or offered chat with anyone of the company, which serves them (`confirmed` wins over `offered`).
 */
export async function listCompanyWaitlistOf(q: Queryable, eventId: string, recruiterId: string) {
  // 2 for a booked chat, 1 for an offered one: the strongest hold of the talent on the company.
  const companyHold = sql<number | null>`(select max(case ${held.state}
      when 'confirmed' then 2 when 'offered' then 1 end) from ${chats} as ${held}
      inner join ${users} as ${colleague} on ${colleague.id} = ${held.recruiterId}
      where ${held.eventId} = ${companyWaitlistEntries.eventId} and ${held.talentId} = ${companyWaitlistEntries.talentId}
        and ${colleague.companyId} = ${companyWaitlistEntries.companyId} and ${held.state} in ('confirmed', 'offered'))`;
  const rows = await q
    .select({
      talentId: companyWaitlistEntries.talentId,
      joinedAt: companyWaitlistEntries.joinedAt,
      openChatId: chats.id,
      openChatState: chats.state,
      companyHold,
    })
    .from(companyWaitlistEntries)
    // One open chat per pair at most (`chats_one_open_per_pair`): one row per talent.
    .leftJoin(
      chats,
      and(
        eq(chats.eventId, companyWaitlistEntries.eventId),
        eq(chats.talentId, companyWaitlistEntries.talentId),
        eq(chats.recruiterId, recruiterId),
        inArray(chats.state, [...openStates]),
      ),
    )
    .where(
      and(
        eq(companyWaitlistEntries.eventId, eventId),
        eq(companyWaitlistEntries.companyId, companyOf(recruiterId)),
      ),
    )
    .orderBy(asc(companyWaitlistEntries.joinedAt), asc(companyWaitlistEntries.talentId));
  return rows.map(({ talentId, joinedAt, openChatId, openChatState, companyHold: held }) => ({
    talentId,
    joinedAt,
    openChat: openChatId && openChatState ? { id: openChatId, state: openChatState } : null,
    companyHold: held === 2 ? ('confirmed' as const) : held === 1 ? ('offered' as const) : null,
  }));
}

/** Places on a company's waitlist are by the time of joining; talents who joined at the same instant by id. */
const companyPosition = sql<number>`(row_number() over (partition by ${companyWaitlistEntries.companyId}
  order by ${companyWaitlistEntries.joinedAt}, ${companyWaitlistEntries.talentId}))::int`;

/** The talent's places on the company waitlists of an event, with each company's name. */
export async function listTalentCompanyWaitlists(q: Queryable, eventId: string, talentId: string) {
  const ranked = q
    .select({
      companyId: companyWaitlistEntries.companyId,
      talentId: companyWaitlistEntries.talentId,
      joinedAt: companyWaitlistEntries.joinedAt,
      position: companyPosition.as('position'),
    })
    .from(companyWaitlistEntries)
    .where(
      and(
        eq(companyWaitlistEntries.eventId, eventId),
        inArray(
          companyWaitlistEntries.companyId,
          q
            .select({ id: companyWaitlistEntries.companyId })
            .from(companyWaitlistEntries)
            .where(
              and(eq(companyWaitlistEntries.eventId, eventId), eq(companyWaitlistEntries.talentId, talentId)),
            ),
        ),
      ),
    )
    .as('ranked');
  return q
    .select({
      companyId: ranked.companyId,
      companyName: companies.name,
      position: ranked.position,
      joinedAt: ranked.joinedAt,
    })
    .from(ranked)
    .innerJoin(companies, eq(companies.id, ranked.companyId))
    .where(eq(ranked.talentId, talentId))
    .orderBy(asc(ranked.joinedAt));
}

/** How many talents wait on a company's waitlist at an event. */
export async function countCompanyWaitlist(
  q: Queryable,
  eventId: string,
  companyId: string,
): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(companyWaitlistEntries)
    .where(and(eq(companyWaitlistEntries.eventId, eventId), eq(companyWaitlistEntries.companyId, companyId)));
  return row!.n;
}
