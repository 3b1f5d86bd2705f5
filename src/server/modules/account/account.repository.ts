import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { talentFavourites } from '../availability/availability.favourites.table.js';
import { boothQueueEntries } from '../booths/booths.table.js';
import { companyRequests } from '../chats/chats.company-requests.table.js';
import { chatHistory, chats, companyWaitlistEntries, waitlistEntries } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { events } from '../events/events.table.js';
import { notificationEmailOptOuts, notifications } from '../notifications/notifications.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { roomAttendance, roomMessages } from '../rooms/rooms.table.js';
import { blocks, invitationOptOuts, safetyReports } from '../safety/safety.table.js';
import { dataSharingConsents } from '../handoff/handoff.table.js';
import { supportConversations, supportMessages } from '../support/support.table.js';
import { talentCvs, talentProfiles } from '../talents/talents.table.js';

/*
 * The reads of a person's data export: every table that holds something about them, read as it is stored. Only
 * reads: each table is written by its own module.
 */

export async function findAccount(q: Queryable, userId: string) {
  const [row] = await q
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      companyId: users.companyId,
      companyName: companies.name,
      timeZone: users.timeZone,
      browserTimeZone: users.browserTimeZone,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(users.id, userId));
  return row;
}

export async function findProfile(q: Queryable, userId: string) {
  const [row] = await q.select().from(talentProfiles).where(eq(talentProfiles.userId, userId));
  return row;
}

/** The CV's facts, never its bytes. */
export async function findCvFacts(q: Queryable, talentId: string) {
  const [row] = await q
    .select({ fileName: talentCvs.fileName, size: talentCvs.size, uploadedAt: talentCvs.uploadedAt })
    .from(talentCvs)
    .where(eq(talentCvs.talentId, talentId));
  return row;
}

/** The events the person takes part in: as a talent, through their company, or as their organizer. */
export async function listRegistrations(q: Queryable, user: { id: string; companyId: string | null }) {
  const asTalent = q
    .select({
      eventId: events.id,
      eventName: events.name,
      as: sql<string>`'talent'`,
      since: eventTalents.createdAt,
    })
    .from(eventTalents)
    .innerJoin(events, eq(events.id, eventTalents.eventId))
    .where(eq(eventTalents.talentId, user.id));
  const asCompany = q
    .select({
      eventId: events.id,
      eventName: events.name,
      as: sql<string>`'company'`,
      since: eventCompanies.createdAt,
    })
    .from(eventCompanies)
    .innerJoin(events, eq(events.id, eventCompanies.eventId))
    .where(eq(eventCompanies.companyId, user.companyId ?? sql`null`));
  const asOrganizer = q
    .select({
      eventId: events.id,
      eventName: events.name,
      as: sql<string>`'organizer'`,
      since: events.createdAt,
    })
    .from(events)
    .where(eq(events.organizerId, user.id));
  return asTalent.unionAll(asCompany).unionAll(asOrganizer);
}

const talent = alias(users, 'talent');
const recruiter = alias(users, 'recruiter');

/** The person's own chats, as talent or as the recruiter they are with (a colleague's chats are the company's). */
export async function listChats(q: Queryable, userId: string) {
  return q
    .select({
      id: chats.id,
      eventId: events.id,
      eventName: events.name,
      talentId: talent.id,
      talentName: talent.name,
      recruiterId: recruiter.id,
      recruiterName: recruiter.name,
      companyName: companies.name,
      state: chats.state,
      initiatedBy: chats.initiatedBy,
      talentAnswer: chats.talentAnswer,
      startsAt: chats.startsAt,
      endsAt: chats.endsAt,
      createdAt: chats.createdAt,
    })
    .from(chats)
    .innerJoin(events, eq(events.id, chats.eventId))
    .innerJoin(talent, eq(talent.id, chats.talentId))
    .innerJoin(recruiter, eq(recruiter.id, chats.recruiterId))
    .innerJoin(companies, eq(companies.id, recruiter.companyId))
    .where(or(eq(chats.talentId, userId), eq(chats.recruiterId, userId)))
    .orderBy(asc(chats.createdAt), asc(chats.id));
}

export async function listHistory(q: Queryable, chatIds: string[]) {
  if (chatIds.length === 0) return [];
  return q
    .select({
      chatId: chatHistory.chatId,
      kind: chatHistory.kind,
      side: chatHistory.side,
      by: users.name,
      message: chatHistory.message,
      fromStartsAt: chatHistory.fromStartsAt,
      toStartsAt: chatHistory.toStartsAt,
      at: chatHistory.at,
    })
    .from(chatHistory)
    .leftJoin(users, eq(users.id, chatHistory.actorId))
    .where(inArray(chatHistory.chatId, chatIds))
    .orderBy(asc(chatHistory.id));
}

/** The room's text chat of the given chats, everyone's messages: what the person saw in the room. */
export async function listRoomMessages(q: Queryable, chatIds: string[]) {
  if (chatIds.length === 0) return [];
  return q
    .select({
      chatId: roomMessages.chatId,
      by: users.name,
      body: roomMessages.body,
      at: roomMessages.createdAt,
    })
    .from(roomMessages)
    .innerJoin(users, eq(users.id, roomMessages.authorId))
    .where(inArray(roomMessages.chatId, chatIds))
    .orderBy(asc(roomMessages.createdAt), asc(roomMessages.id));
}

export async function listRoomMessagesWritten(q: Queryable, userId: string) {
  return q
    .select({ chatId: roomMessages.chatId, body: roomMessages.body, at: roomMessages.createdAt })
    .from(roomMessages)
    .where(eq(roomMessages.authorId, userId))
    .orderBy(asc(roomMessages.createdAt), asc(roomMessages.id));
}

export async function listRoomAttendance(q: Queryable, userId: string) {
  return q
    .select({
      chatId: roomAttendance.chatId,
      joinedAt: roomAttendance.joinedAt,
      leftAt: roomAttendance.leftAt,
    })
    .from(roomAttendance)
    .where(eq(roomAttendance.userId, userId))
    .orderBy(asc(roomAttendance.joinedAt));
}

export async function listCompanyRequests(q: Queryable, talentId: string) {
  return q
    .select({
      id: companyRequests.id,
      eventId: companyRequests.eventId,
      company: companies.name,
      message: companyRequests.message,
      state: companyRequests.state,
      declineMessage: companyRequests.declineMessage,
      chatId: companyRequests.chatId,
      createdAt: companyRequests.createdAt,
      decidedAt: companyRequests.decidedAt,
    })
    .from(companyRequests)
    .innerJoin(companies, eq(companies.id, companyRequests.companyId))
    .where(eq(companyRequests.talentId, talentId))
    .orderBy(asc(companyRequests.createdAt));
}

export async function listSupport(q: Queryable, userId: string) {
  const conversations = await q
    .select()
    .from(supportConversations)
    .where(eq(supportConversations.userId, userId))
    .orderBy(asc(supportConversations.createdAt));
  if (conversations.length === 0) return [];
  const messages = await q
    .select({
      conversationId: supportMessages.conversationId,
      by: users.name,
      body: supportMessages.body,
      at: supportMessages.createdAt,
    })
    .from(supportMessages)
    .innerJoin(users, eq(users.id, supportMessages.authorId))
    .where(
      inArray(
        supportMessages.conversationId,
        conversations.map((conversation) => conversation.id),
      ),
    )
    .orderBy(asc(supportMessages.createdAt), asc(supportMessages.id));
  return conversations.map((conversation) => ({
    conversation,
    messages: messages.filter((message) => message.conversationId === conversation.id),
  }));
}

export async function listNotifications(q: Queryable, userId: string) {
  return q
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}

export async function listEmailOptOuts(q: Queryable, userId: string) {
  return q
    .select({ emailGroup: notificationEmailOptOuts.emailGroup })
    .from(notificationEmailOptOuts)
    .where(eq(notificationEmailOptOuts.userId, userId));
}

export async function listFavourites(q: Queryable, talentId: string) {
  return q
    .select({ eventId: talentFavourites.eventId, recruiterId: users.id, recruiter: users.name })
    .from(talentFavourites)
    .innerJoin(users, eq(users.id, talentFavourites.recruiterId))
    .where(eq(talentFavourites.talentId, talentId));
}

export async function listWaitlists(q: Queryable, talentId: string) {
  return q
    .select({
      eventId: waitlistEntries.eventId,
      recruiterId: users.id,
      recruiter: users.name,
      joinedAt: waitlistEntries.joinedAt,
    })
    .from(waitlistEntries)
    .innerJoin(users, eq(users.id, waitlistEntries.recruiterId))
    .where(eq(waitlistEntries.talentId, talentId));
}

export async function listCompanyWaitlists(q: Queryable, talentId: string) {
  return q
    .select({
      eventId: companyWaitlistEntries.eventId,
      company: companies.name,
      joinedAt: companyWaitlistEntries.joinedAt,
    })
    .from(companyWaitlistEntries)
    .innerJoin(companies, eq(companies.id, companyWaitlistEntries.companyId))
    .where(eq(companyWaitlistEntries.talentId, talentId));
}

export async function listBoothQueues(q: Queryable, talentId: string) {
  return q
    .select({
      eventId: boothQueueEntries.eventId,
      company: companies.name,
      state: boothQueueEntries.state,
      joinedAt: boothQueueEntries.joinedAt,
      calledAt: boothQueueEntries.calledAt,
      endedAt: boothQueueEntries.endedAt,
    })
    .from(boothQueueEntries)
    .innerJoin(companies, eq(companies.id, boothQueueEntries.companyId))
    .where(eq(boothQueueEntries.talentId, talentId));
}

export async function listInvitationOptOuts(q: Queryable, talentId: string) {
  return q
    .select({ eventId: invitationOptOuts.eventId, createdAt: invitationOptOuts.createdAt })
    .from(invitationOptOuts)
    .where(eq(invitationOptOuts.talentId, talentId));
}

/** Blocks the person made; who blocked them is the other person's to know. */
export async function listBlocksMade(q: Queryable, userId: string) {
  return q
    .select({ blockedId: users.id, blocked: users.name, createdAt: blocks.createdAt })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, userId));
}

/** Reports the person filed, as they wrote them; reports about them are the organizers'. */
export async function listReportsFiled(q: Queryable, userId: string) {
  return q
    .select({
      eventId: safetyReports.eventId,
      reportedId: users.id,
      reported: users.name,
      reason: safetyReports.reason,
      message: safetyReports.message,
      createdAt: safetyReports.createdAt,
    })
    .from(safetyReports)
    .innerJoin(users, eq(users.id, safetyReports.reportedId))
    .where(eq(safetyReports.reporterId, userId));
}

export async function listRecruiterDetails(q: Queryable, recruiterId: string) {
  return q.select().from(recruiterDetails).where(eq(recruiterDetails.recruiterId, recruiterId));
}

export async function listAvailability(q: Queryable, recruiterId: string) {
  return q
    .select({
      eventDayId: availabilityDays.eventDayId,
      durationMinutes: availabilityDays.durationMinutes,
      openSlotStarts: availabilityDays.openSlotStarts,
    })
    .from(availabilityDays)
    .where(and(eq(availabilityDays.recruiterId, recruiterId)));
}

/** The companies the person agreed to share their data with, and when; a revoked consent says when it ended. */
export async function listDataSharingConsents(q: Queryable, talentId: string) {
  return q
    .select({
      companyId: companies.id,
      company: companies.name,
      givenAt: dataSharingConsents.givenAt,
      revokedAt: dataSharingConsents.revokedAt,
    })
    .from(dataSharingConsents)
    .innerJoin(companies, eq(companies.id, dataSharingConsents.companyId))
    .where(eq(dataSharingConsents.talentId, talentId));
}
