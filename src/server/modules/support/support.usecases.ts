import type {
  SupportConversation,
  SupportConversationSummary,
  SupportListQuery,
  SupportMessageInput,
  SupportMessagePage,
} from '../../../shared/schemas/support.schemas.js';
import { MESSAGE_PAGE_DEFAULT, type MessagePageQuery } from '../../../shared/schemas/paging.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { onField } from '../../infra/http/errors.js';
import { checkMessageRate } from '../../infra/messages/message-rate.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import {
  announceNotified,
  deliverNotices,
  markSupportNotificationsRead,
  type Notice,
  type Notified,
} from '../notifications/index.js';
import { supportErrors } from './support.errors.js';
import { asAgent, asAsker, checkedContext, type SupportAsker } from './support.policy.js';
import { presentConversation, presentMessage, presentSummary } from './support.presenters.js';
import * as repo from './support.repository.js';

/** The asker and every agent refetch what they show of the conversation. */
function announce(ctx: AppContext, conversation: Pick<repo.ConversationRow, 'id' | 'userId'>) {
  return ctx.live.publish([liveTopics.user(conversation.userId), liveTopics.supportAgents()], {
    type: 'support.changed',
    conversationId: conversation.id,
  });
}

const newestPage = { limit: MESSAGE_PAGE_DEFAULT };

/** A conversation with its newest messages; earlier ones come page by page (`listConversationMessages`). */
async function withNewestMessages(q: Queryable, view: repo.ConversationView): Promise<SupportConversation> {
  // Without a cursor there is always a page, empty at worst.
  const newest = await repo.listMessagePage(q, view.conversation.id, newestPage);
  return presentConversation(view, newest!);
}

async function loadConversation(q: Queryable, conversationId: string): Promise<SupportConversation> {
  const view = await repo.findConversationView(q, conversationId);
  if (!view) throw supportErrors.not_found();
  return withNewestMessages(q, view);
}

/** Under the conversation's lock, which serializes its messages, so parallel requests cannot all slip through. */
function checkRate(tx: Queryable, conversationId: string, authorId: string, now: Date) {
  return checkMessageRate({
    now,
    recentTimes: (since, limit) => repo.recentMessageTimes(tx, { conversationId, authorId }, since, limit),
    tooFast: supportErrors.too_fast,
  });
}

/**
 * The conversation the person sees in the support drawer: the open one, else the latest; null before the first.
 * Only the open drawer fetches it, so the replies it shows are no longer news under the bell.
 */
export async function getMyConversation(input: {
  ctx: AppContext;
  user: SessionUser;
}): Promise<SupportConversation | null> {
  const { ctx } = input;
  const asker = asAsker(input.user);
  const view = await repo.findLatestConversationView(ctx.db, asker.id);
  if (!view) return null;
  await markSupportNotificationsRead(ctx, asker.id, view.conversation.id);
  return withNewestMessages(ctx.db, view);
}

/** A page of a conversation's messages, for the agents and for the person who asks (their own only). */
export async function listConversationMessages(input: {
  ctx: AppContext;
  user: SessionUser;
  conversationId: string;
  page: MessagePageQuery;
}): Promise<SupportMessagePage> {
  const { ctx, user } = input;
  const view = await repo.findConversationView(ctx.db, input.conversationId);
  // Someone else's conversation is, to a person asking, as if it did not exist.
  const allowed = user.role === 'support' || view?.conversation.userId === asAsker(user).id;
  if (!view || !allowed) throw supportErrors.not_found();
  const page = await repo.listMessagePage(ctx.db, view.conversation.id, input.page);
  if (!page) throw onField(supportErrors.unknown_message(), 'before');
  return { messages: page.messages.map(presentMessage), nextBefore: page.nextBefore };
}

/**
 * The person's open conversation, locked, or a new one. Two first messages sent at once meet at the unique index
 * (one open conversation per person): the second one's insert does nothing and it continues the first's.
 */
async function lockOrOpenConversation(
  tx: Queryable,
  asker: SupportAsker,
  context: { eventId: string | null; chatId: string | null },
  now: Date,
): Promise<repo.ConversationRow> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = await repo.lockOpenConversation(tx, asker.id);
    if (open) return open;
    const created = await repo.insertOpenConversation(tx, { userId: asker.id, ...context, createdAt: now });
    if (created) return created;
  }
  throw new Error(`No open support conversation could be found or opened for user ${asker.id}`);
}

/**
 * A talent or recruiter writes to support: continues their open conversation or opens one. The event and chat they
 * write from (checked) replace the conversation's earlier ones, so agents see where the person is now.
 */
export async function writeToSupport(input: {
  ctx: AppContext;
  user: SessionUser;
  message: SupportMessageInput;
}): Promise<SupportConversation> {
  const { ctx, message } = input;
  const asker = asAsker(input.user);
  const context = await checkedContext(ctx.db, asker, message);
  const named = context.eventId !== null;
  const now = ctx.now();
  const conversation = await ctx.db.transaction(async (tx) => {
    const conversation = await lockOrOpenConversation(tx, asker, context, now);
    await checkRate(tx, conversation.id, asker.id, now);
    await repo.insertMessage(tx, {
      conversationId: conversation.id,
      authorId: asker.id,
      fromSupport: false,
      body: message.body,
      createdAt: now,
    });
    // Waiting since the oldest unanswered message: a second message does not reset the clock.
    await repo.updateConversation(tx, conversation.id, {
      waitingSince: conversation.waitingSince ?? now,
      ...(named ? context : {}),
    });
    return conversation;
  });
  await announce(ctx, conversation);
  return loadConversation(ctx.db, conversation.id);
}

export async function listConversations(input: {
  ctx: AppContext;
  user: SessionUser;
  query: SupportListQuery;
}): Promise<SupportConversationSummary[]> {
  asAgent(input.user);
  const views = await repo.listConversationViews(input.ctx.db, input.query);
  const latest = await repo.latestMessages(
    input.ctx.db,
    views.map((view) => view.conversation.id),
  );
  return views.map((view) => presentSummary(view, latest.get(view.conversation.id)));
}

export async function getConversation(input: {
  ctx: AppContext;
  user: SessionUser;
  conversationId: string;
}): Promise<SupportConversation> {
  asAgent(input.user);
  return loadConversation(input.ctx.db, input.conversationId);
}

/**
 * Locks an open conversation for an agent's change; a closed one takes no more replies. The change says whom to
 * notify.
 */
async function changeOpenConversation(
  input: { ctx: AppContext; user: SessionUser; conversationId: string },
  change: (
    tx: Queryable,
    conversation: repo.ConversationRow,
    agentId: string,
    now: Date,
  ) => Promise<Notice[]>,
): Promise<SupportConversation> {
  const { ctx } = input;
  const agent = asAgent(input.user);
  const now = ctx.now();
  let notified: Notified = new Set();
  const conversation = await ctx.db.transaction(async (tx) => {
    const conversation = await repo.lockConversation(tx, input.conversationId);
    if (!conversation) throw supportErrors.not_found();
    if (conversation.status !== 'open') throw supportErrors.closed();
    notified = await deliverNotices(tx, now, await change(tx, conversation, agent.id, now));
    return conversation;
  });
  await announce(ctx, conversation);
  await announceNotified(ctx, notified);
  return loadConversation(ctx.db, conversation.id);
}

/**
 * An agent answers: the person is no longer waiting, and finds the reply under the bell unless their drawer shows
 * it already. Not emailed: they wrote moments ago and the answer arrives live.
 */
export function replyToConversation(input: {
  ctx: AppContext;
  user: SessionUser;
  conversationId: string;
  body: string;
}): Promise<SupportConversation> {
  return changeOpenConversation(input, async (tx, conversation, agentId, now) => {
    await checkRate(tx, conversation.id, agentId, now);
    await repo.insertMessage(tx, {
      conversationId: conversation.id,
      authorId: agentId,
      fromSupport: true,
      body: input.body,
      createdAt: now,
    });
    await repo.updateConversation(tx, conversation.id, { waitingSince: null });
    return [
      {
        userId: conversation.userId,
        notification: {
          kind: 'support_reply',
          eventId: conversation.eventId,
          supportConversationId: conversation.id,
          actorId: agentId,
          params: {},
        },
      },
    ];
  });
}

/** An agent closes the conversation; the person's next message opens a new one. */
export function closeConversation(input: {
  ctx: AppContext;
  user: SessionUser;
  conversationId: string;
}): Promise<SupportConversation> {
  return changeOpenConversation(input, async (tx, conversation, agentId, now) => {
    await repo.updateConversation(tx, conversation.id, {
      status: 'closed',
      closedAt: now,
      closedById: agentId,
      waitingSince: null,
    });
    return [];
  });
}
