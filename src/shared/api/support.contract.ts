import { z } from 'zod';
import { MessagePageQuery } from '../schemas/paging.schemas.js';
import {
  MySupportConversationResponse,
  SupportConversation,
  SupportConversationListResponse,
  SupportListQuery,
  SupportMessageInput,
  SupportMessagePage,
  SupportReplyInput,
} from '../schemas/support.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const supportErrorCatalog = errorCatalog('support', {
  askers_only: {
    kind: 'forbidden',
    message: 'Only talents and recruiters write to technical support.',
  },
  agents_only: {
    kind: 'forbidden',
    message: 'Only support agents can see the support conversations.',
  },
  not_found: { kind: 'not_found', message: 'This support conversation does not exist.' },
  event_not_found: {
    kind: 'not_found',
    message: 'This event does not exist or you do not take part in it.',
  },
  chat_not_found: {
    kind: 'not_found',
    message: 'This 1-1 chat does not exist or you do not take part in it.',
  },
  chat_of_other_event: { kind: 'invalid', message: 'This 1-1 chat belongs to another event.' },
  too_fast: { kind: 'too_many_requests', message: 'You are sending messages too fast; wait a few seconds.' },
  unknown_message: { kind: 'invalid', message: 'This message is not in this conversation.' },
  closed: {
    kind: 'conflict',
    message: 'This conversation is closed. If the person writes again, a new conversation opens.',
  },
});

const ConversationParams = z.object({
  conversationId: z.uuid({ error: 'Not a valid conversation id.' }),
});

export const supportApi = defineRoutes('support', {
  mine: {
    method: 'GET',
    path: '/api/support/conversation',
    summary:
      "A talent's or recruiter's own support conversation: the open one, else the latest (null before the first)",
    responses: { 200: MySupportConversationResponse },
  },
  write: {
    method: 'POST',
    path: '/api/support/messages',
    summary:
      'Write to technical support (talents and recruiters), optionally from an event and chat: continues the open conversation or opens one (10 messages per 10 s and 60 per 5 min; 429 beyond)',
    body: SupportMessageInput,
    responses: { 201: SupportConversation },
  },
  conversations: {
    method: 'GET',
    path: '/api/support/conversations',
    summary: 'Support agents: conversations, open first and the longest waiting first',
    query: SupportListQuery,
    responses: { 200: SupportConversationListResponse },
  },
  conversation: {
    method: 'GET',
    path: '/api/support/conversations/:conversationId',
    summary: 'Support agents: one conversation with its messages',
    params: ConversationParams,
    responses: { 200: SupportConversation },
  },
  messages: {
    method: 'GET',
    path: '/api/support/conversations/:conversationId/messages',
    summary:
      "A conversation's messages a page at a time, newest page first; `before` (a page's `nextBefore`) fetches the one before. For agents, and for the person asking (their own conversations)",
    params: ConversationParams,
    query: MessagePageQuery,
    responses: { 200: SupportMessagePage },
  },
  reply: {
    method: 'POST',
    path: '/api/support/conversations/:conversationId/replies',
    summary: 'Support agents: answer an open conversation (the person stops waiting)',
    params: ConversationParams,
    body: SupportReplyInput,
    responses: { 201: SupportConversation },
  },
  close: {
    method: 'POST',
    path: '/api/support/conversations/:conversationId/close',
    summary: "Support agents: close a conversation; the person's next message opens a new one",
    params: ConversationParams,
    responses: { 200: SupportConversation },
  },
});
