import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.js';
import { users } from '../auth/auth.table.js';
import { recruiterDetails } from '../availability/availability.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { chats } from './chats.table.js';

export type ChatRow = typeof chats.$inferSelect;

const talent = alias(users, 'talent');
const recruiter = alias(users, 'recruiter');
const creator = alias(users, 'creator');
const suggested = alias(users, 'suggested');

/** A chat with everything its presentation needs, in one query. */
function selectChatView(q: Queryable) {
  return q
    .select({
      chat: chats,
      talent: { id: talent.id, name: talent.name, email: talent.email },
      talentHeadline: talentProfiles.headline,
      recruiter: { id: recruiter.id, name: recruiter.name, email: recruiter.email },
      company: { id: companies.id, name: companies.name },
      booth: eventCompanies.booth,
      createdBy: { id: creator.id, name: creator.name },
      suggestedRecruiter: { id: suggested.id, name: suggested.name },
      day: { id: eventDays.id, date: eventDays.date, mode: eventDays.mode },
      customQuestion: recruiterDetails.customQuestion,
    })
    .from(chats)
    .innerJoin(talent, eq(talent.id, chats.talentId))
    .leftJoin(talentProfiles, eq(talentProfiles.userId, chats.talentId))
    .innerJoin(recruiter, eq(recruiter.id, chats.recruiterId))
    .innerJoin(companies, eq(companies.id, recruiter.companyId))
    .leftJoin(
      eventCompanies,
      and(eq(eventCompanies.eventId, chats.eventId), eq(eventCompanies.companyId, companies.id)),
    )
    .innerJoin(creator, eq(creator.id, chats.createdById))
    .leftJoin(suggested, eq(suggested.id, chats.suggestedRecruiterId))
    .leftJoin(eventDays, eq(eventDays.id, chats.eventDayId))
    .leftJoin(
      recruiterDetails,
      and(eq(recruiterDetails.eventId, chats.eventId), eq(recruiterDetails.recruiterId, chats.recruiterId)),
    );
}

export type ChatView = Awaited<ReturnType<ReturnType<typeof selectChatView>['execute']>>[number];

export async function findChatView(q: Queryable, chatId: string): Promise<ChatView | undefined> {
  const [row] = await selectChatView(q).where(eq(chats.id, chatId));
  return row;
}

export async function listChatViews(
  q: Queryable,
  filter: { eventId: string; talentId?: string; recruiterIds?: string[] },
): Promise<ChatView[]> {
  const conditions: SQL[] = [eq(chats.eventId, filter.eventId)];
  if (filter.talentId) conditions.push(eq(chats.talentId, filter.talentId));
  if (filter.recruiterIds) {
    if (filter.recruiterIds.length === 0) return [];
    conditions.push(inArray(chats.recruiterId, filter.recruiterIds));
  }
  return selectChatView(q)
    .where(and(...conditions))
    .orderBy(asc(chats.startsAt), desc(chats.updatedAt), asc(chats.id));
}

/** Locks the chat for its transition, so two people acting at once apply one after the other. */
export async function lockChat(q: Queryable, chatId: string): Promise<ChatRow | undefined> {
  const [row] = await q.select().from(chats).where(eq(chats.id, chatId)).for('update');
  return row;
}

export async function insertChat(q: Queryable, values: typeof chats.$inferInsert): Promise<ChatRow> {
  const [row] = await q.insert(chats).values(values).returning();
  return row!;
}

export async function updateChat(q: Queryable, chatId: string, values: Partial<typeof chats.$inferInsert>) {
  const [row] = await q.update(chats).set(values).where(eq(chats.id, chatId)).returning();
  return row!;
}

/** The talent's own confirmed chats at an event, so the slot picker leaves out times they are already busy. */
export async function listTalentBookings(q: Queryable, eventId: string, talentId: string) {
  const rows = await q
    .select({ startsAt: chats.startsAt, endsAt: chats.endsAt })
    .from(chats)
    .where(and(eq(chats.eventId, eventId), eq(chats.talentId, talentId), eq(chats.state, 'confirmed')));
  return rows.map((r) => ({ startsAt: r.startsAt!, endsAt: r.endsAt! }));
}
