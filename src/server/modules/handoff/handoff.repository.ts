import { and, asc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ChatState } from '../../../shared/booking/chat-phase.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { chatAssessments, chatNotes } from '../chat-notes/chat-notes.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays } from '../events/events.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { talentCvs, talentProfiles } from '../talents/talents.table.js';
import { dataSharingConsents } from './handoff.table.js';

const talent = alias(users, 'talent');
const recruiter = alias(users, 'recruiter');
const author = alias(users, 'author');

const consentColumns = {
  consent: dataSharingConsents,
  company: { id: companies.id, name: companies.name },
};

/**
 * Gives the consent, or gives it again after a revocation (a new `given_at`); one already in force keeps its date.
 * Runs inside the transaction of a request, booking or acceptance that carried the tick.
 */
export async function giveConsent(q: Queryable, values: { talentId: string; companyId: string; at: Date }) {
  await q
    .insert(dataSharingConsents)
    .values({ talentId: values.talentId, companyId: values.companyId, givenAt: values.at })
    .onConflictDoUpdate({
      target: [dataSharingConsents.talentId, dataSharingConsents.companyId],
      set: {
        givenAt: sql`case when ${dataSharingConsents.revokedAt} is null then ${dataSharingConsents.givenAt} else excluded.given_at end`,
        revokedAt: null,
      },
    });
}

/** Ends the consent in force, if any; a revoked one keeps the date it was first revoked. */
export async function revokeConsent(q: Queryable, values: { talentId: string; companyId: string; at: Date }) {
  await q
    .update(dataSharingConsents)
    .set({ revokedAt: values.at })
    .where(
      and(
        eq(dataSharingConsents.talentId, values.talentId),
        eq(dataSharingConsents.companyId, values.companyId),
        isNull(dataSharingConsents.revokedAt),
      ),
    );
}

/** The talent's consents, in force or revoked, by company name. */
export function listConsents(q: Queryable, talentId: string) {
  return q
    .select(consentColumns)
    .from(dataSharingConsents)
    .innerJoin(companies, eq(companies.id, dataSharingConsents.companyId))
    .where(eq(dataSharingConsents.talentId, talentId))
    .orderBy(asc(companies.name), asc(companies.id));
}

export type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];

export async function findConsent(q: Queryable, talentId: string, companyId: string) {
  const [row] = await q
    .select(consentColumns)
    .from(dataSharingConsents)
    .innerJoin(companies, eq(companies.id, dataSharingConsents.companyId))
    .where(and(eq(dataSharingConsents.talentId, talentId), eq(dataSharingConsents.companyId, companyId)));
  return row;
}

/**
 * The company, when the talent may name it: it takes part in one of the talent's events, or the talent shared
 * their details with it before. Any other company stays unknown to them.
 */
export async function findCompanyKnownToTalent(q: Queryable, talentId: string, companyId: string) {
  const [row] = await q
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(
      and(
        eq(companies.id, companyId),
        sql`(${exists(
          q
            .select({ one: sql`1` })
            .from(eventCompanies)
            .innerJoin(eventTalents, eq(eventTalents.eventId, eventCompanies.eventId))
            .where(and(eq(eventCompanies.companyId, companyId), eq(eventTalents.talentId, talentId))),
        )} or ${exists(
          q
            .select({ one: sql`1` })
            .from(dataSharingConsents)
            .where(
              and(eq(dataSharingConsents.companyId, companyId), eq(dataSharingConsents.talentId, talentId)),
            ),
        )})`,
      ),
    );
  return row;
}

/**
 * The company's chats at the event that a hiring team follows up: booked ones (confirmed, completed, no-show).
 * Requests never booked, declined and cancelled chats are no conversation to hand on. `shares` says whether the
 * talent's consent to the company is in force now.
 */
export function listCompanyChats(
  q: Queryable,
  scope: { eventId: string; companyId: string; states: readonly ChatState[] },
) {
  return q
    .select({
      chat: {
        id: chats.id,
        state: chats.state,
        startsAt: chats.startsAt,
        endsAt: chats.endsAt,
      },
      mode: eventDays.mode,
      recruiter: { id: recruiter.id, name: recruiter.name, email: recruiter.email },
      talent: { id: talent.id, name: talent.name, email: talent.email },
      profile: {
        headline: talentProfiles.headline,
        background: talentProfiles.background,
        level: talentProfiles.level,
        languages: talentProfiles.languages,
        topics: talentProfiles.topics,
        links: talentProfiles.links,
      },
      hasCv: sql<boolean>`${talentCvs.talentId} is not null`,
      assessment: {
        rating: chatAssessments.rating,
        tags: chatAssessments.tags,
        nextStep: chatAssessments.nextStep,
      },
      shares: sql<boolean>`${dataSharingConsents.talentId} is not null`,
    })
    .from(chats)
    .innerJoin(recruiter, eq(recruiter.id, chats.recruiterId))
    .innerJoin(talent, eq(talent.id, chats.talentId))
    .leftJoin(eventDays, eq(eventDays.id, chats.eventDayId))
    .leftJoin(talentProfiles, eq(talentProfiles.userId, chats.talentId))
    .leftJoin(talentCvs, eq(talentCvs.talentId, chats.talentId))
    .leftJoin(chatAssessments, eq(chatAssessments.chatId, chats.id))
    .leftJoin(
      dataSharingConsents,
      and(
        eq(dataSharingConsents.talentId, chats.talentId),
        eq(dataSharingConsents.companyId, scope.companyId),
        isNull(dataSharingConsents.revokedAt),
      ),
    )
    .where(
      and(
        eq(chats.eventId, scope.eventId),
        eq(recruiter.companyId, scope.companyId),
        inArray(chats.state, [...scope.states]),
      ),
    )
    .orderBy(asc(chats.startsAt), asc(chats.id));
}

export type CompanyChatRow = Awaited<ReturnType<typeof listCompanyChats>>[number];

/** Every note on the chats, oldest first: all of them are the company's (a chat's notes are its company's). */
export function listNotesOf(q: Queryable, chatIds: string[]) {
  if (chatIds.length === 0) return Promise.resolve([]);
  return q
    .select({
      chatId: chatNotes.chatId,
      author: { name: author.name, email: author.email },
      body: chatNotes.body,
      createdAt: chatNotes.createdAt,
    })
    .from(chatNotes)
    .innerJoin(author, eq(author.id, chatNotes.authorId))
    .where(inArray(chatNotes.chatId, chatIds))
    .orderBy(asc(chatNotes.createdAt), asc(chatNotes.id));
}

export type NoteRow = Awaited<ReturnType<typeof listNotesOf>>[number];

/** The talents of the event who share their details with the company now. */
export async function listSharingTalents(q: Queryable, scope: { eventId: string; companyId: string }) {
  const rows = await q
    .select({ id: eventTalents.talentId })
    .from(eventTalents)
    .innerJoin(
      dataSharingConsents,
      and(
        eq(dataSharingConsents.talentId, eventTalents.talentId),
        eq(dataSharingConsents.companyId, scope.companyId),
        isNull(dataSharingConsents.revokedAt),
      ),
    )
    .where(eq(eventTalents.eventId, scope.eventId));
  return rows.map((row) => row.id);
}

export async function findCompany(q: Queryable, companyId: string) {
  const [row] = await q
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row;
}

/** A leaving talent's consents end with their account: nothing of them is left to export. */
export async function deleteConsentsOf(q: Queryable, talentId: string): Promise<void> {
  await q.delete(dataSharingConsents).where(eq(dataSharingConsents.talentId, talentId));
}
