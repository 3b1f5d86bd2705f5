import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../infra/db/client.js';
import {
  findMessageCursor,
  newestFirst,
  olderThan,
  recentAuthorTimes,
  toPage,
} from '../../infra/messages/message-page.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { events } from '../events/events.table.js';
import { supportConversations, supportMessages } from './support.table.js';

export type ConversationRow = typeof supportConversations.$inferSelect;

/** The closed list grows with every conversation ever held: the console shows the latest ones. */
const LIST_LIMIT = 200;

const asker = alias(users, 'asker');
const askerCompany = alias(companies, 'asker_company');
const chatTalent = alias(users, 'chat_talent');
const chatRecruiter = alias(users, 'chat_recruiter');
const chatCompany = alias(companies, 'chat_company');
const closer = alias(users, 'closer');

/** A conversation with who asks, from which event and chat, and who closed it, in one query. */
function selectConversationView(q: Queryable) {
  return q
    .select({
      conversation: supportConversations,
      asker: { id: asker.id, name: asker.name, role: asker.role },
      askerCompany: askerCompany.name,
      event: { id: events.id, name: events.name, timeZone: events.timeZone },
      chat: { id: chats.id, startsAt: chats.startsAt, endsAt: chats.endsAt },
      chatTalent: { id: chatTalent.id, name: chatTalent.name },
      chatRecruiter: { id: chatRecruiter.id, name: chatRecruiter.name },
      chatCompany: chatCompany.name,
      closedBy: { id: closer.id, name: closer.name },
    })
    .from(supportConversations)
    .innerJoin(asker, eq(asker.id, supportConversations.userId))
    .leftJoin(askerCompany, eq(askerCompany.id, asker.companyId))
    .leftJoin(events, eq(events.id, supportConversations.eventId))
    .leftJoin(chats, eq(chats.id, supportConversations.chatId))
    .leftJoin(chatTalent, eq(chatTalent.id, chats.talentId))
    .leftJoin(chatRecruiter, eq(chatRecruiter.id, chats.recruiterId))
    .leftJoin(chatCompany, eq(chatCompany.id, chatRecruiter.companyId))
    .leftJoin(closer, eq(closer.id, supportConversations.closedById));
}

export type ConversationView = Awaited<
  ReturnType<ReturnType<typeof selectConversationView>['execute']>
>[number];

export async function findConversationView(
  q: Queryable,
  conversationId: string,
): Promise<ConversationView | undefined> {
  const [row] = await selectConversationView(q).where(eq(supportConversations.id, conversationId));
  return row;
}

/** The person's open conversation, else their latest closed one. */
export async function findLatestConversationView(
  q: Queryable,
  userId: string,
): Promise<ConversationView | undefined> {
  const [row] = await selectConversationView(q)
    .where(eq(supportConversations.userId, userId))
    .orderBy(sql`${supportConversations.status} = 'open' desc`, desc(supportConversations.createdAt))
    .limit(1);
  return row;
}

/** Open first, the longest waiting first among them; then the most recently closed. */
export async function listConversationViews(
  q: Queryable,
  filter: { status?: 'open' | 'closed'; eventId?: string },
): Promise<ConversationView[]> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(supportConversations.status, filter.status));
  if (filter.eventId) conditions.push(eq(supportConversations.eventId, filter.eventId));
  return selectConversationView(q)
    .where(and(...conditions))
    .orderBy(
      sql`${supportConversations.status} = 'open' desc`,
      sql`${supportConversations.waitingSince} asc nulls last`,
      sql`${supportConversations.closedAt} desc nulls first`,
      desc(supportConversations.createdAt),
      asc(supportConversations.id),
    )
    .limit(LIST_LIMIT);
}

/** Locks the person's open conversation, so a message and an agent's close apply one after the other. */
export async function lockOpenConversation(
  q: Queryable,
  userId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await q
    .select()
    .from(supportConversations)
    .where(and(eq(supportConversations.userId, userId), eq(supportConversations.status, 'open')))
    .for('update');
  return row;
}

export async function lockConversation(
  q: Queryable,
  conversationId: string,
): Promise<ConversationRow | undefined> {
  const [row] = await q
    .select()
    .from(supportConversations)
    .where(eq(supportConversations.id, conversationId))
    .for('update');
  return row;
}

/** Opens a conversation; undefined when another request of the same person opened one first. */
export async function insertOpenConversation(
  q: Queryable,
  values: Pick<typeof supportConversations.$inferInsert, 'userId' | 'eventId' | 'chatId' | 'createdAt'>,
): Promise<ConversationRow | undefined> {
  const [row] = await q.insert(supportConversations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateConversation(
  q: Queryable,
  conversationId: string,
  values: Partial<typeof supportConversations.$inferInsert>,
): Promise<void> {
  await q.update(supportConversations).set(values).where(eq(supportConversations.id, conversationId));
}

export async function insertMessage(
  q: Queryable,
  values: typeof supportMessages.$inferInsert,
): Promise<void> {
  await q.insert(supportMessages).values(values);
}

const messageFields = {
  id: supportMessages.id,
  conversationId: supportMessages.conversationId,
  fromSupport: supportMessages.fromSupport,
  author: { id: users.id, name: users.name },
  body: supportMessages.body,
  createdAt: supportMessages.createdAt,
};

export type MessageView = {
  id: string;
  conversationId: string;
  fromSupport: boolean;
  author: { id: string; name: string };
  body: string;
  createdAt: Date;
};

const inConversation = (conversationId: string) => eq(supportMessages.conversationId, conversationId);

/** A page of the conversation's messages before `before` (a message id); undefined when it is not one of them. */
export async function listMessagePage(
  q: Queryable,
  conversationId: string,
  page: { before?: string; limit: number },
): Promise<{ messages: MessageView[]; nextBefore: string | null } | undefined> {
  const scope = inConversation(conversationId);
  const cursor = page.before ? await findMessageCursor(q, supportMessages, scope, page.before) : undefined;
  if (page.before && !cursor) return undefined;
  const rows = await q
    .select(messageFields)
    .from(supportMessages)
    .innerJoin(users, eq(users.id, supportMessages.authorId))
    .where(and(scope, olderThan(supportMessages, cursor)))
    .orderBy(...newestFirst(supportMessages))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id);
}

/** When the author last wrote in the conversation, newest first: what the rate limit counts. */
export const recentMessageTimes = (
  q: Queryable,
  scope: { conversationId: string; authorId: string },
  since: Date,
  limit: number,
) =>
  recentAuthorTimes(q, supportMessages, inConversation(scope.conversationId), scope.authorId, {
    since,
    limit,
  });

/** The newest message of each conversation, for the list's preview. */
export async function latestMessages(
  q: Queryable,
  conversationIds: string[],
): Promise<Map<string, MessageView>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([supportMessages.conversationId], messageFields)
    .from(supportMessages)
    .innerJoin(users, eq(users.id, supportMessages.authorId))
    .where(inArray(supportMessages.conversationId, conversationIds))
    .orderBy(supportMessages.conversationId, desc(supportMessages.createdAt), desc(supportMessages.id));
  return new Map(rows.map((row) => [row.conversationId, row]));
}

/** Within an account's deletion: the person's support conversations, with every message in them. */
export async function deleteConversationsOf(q: Queryable, userId: string): Promise<void> {
  await q.delete(supportConversations).where(eq(supportConversations.userId, userId));
}
