import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  MySupportConversationResponse,
  SupportConversation,
  SupportConversationListResponse,
  SupportListQuery,
  SupportMessageInput,
  SupportMessagePage,
  SupportReplyInput,
} from '../../../shared/schemas/support.schemas.js';
import { MessagePageQuery } from '../../../shared/schemas/paging.schemas.js';
import type { AppContext } from '../../context.js';
import { typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import { asAgent, asAsker } from './support.policy.js';
import * as support from './support.usecases.js';

/** Checked before the body, so someone without access hears 401 or 403 rather than a complaint about it. */
const askersOnly = async (request: FastifyRequest) => {
  asAsker(requireUser(request));
};
const agentsOnly = async (request: FastifyRequest) => {
  asAgent(requireUser(request));
};

const ConversationParams = z.object({
  conversationId: z.uuid({ error: 'Not a valid conversation id.' }),
});

export function supportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['support'];

  r.get('/api/support/conversation', {
    onRequest: askersOnly,
    schema: {
      tags,
      summary:
        "A talent's or recruiter's own support conversation: the open one, else the latest (null before the first)",
      response: { 200: MySupportConversationResponse },
    },
    handler: async (request) => ({
      conversation: await support.getMyConversation({ ctx, user: requireUser(request) }),
    }),
  });

  r.post('/api/support/messages', {
    onRequest: askersOnly,
    schema: {
      tags,
      summary:
        'Write to technical support (talents and recruiters), optionally from an event and chat: continues the open conversation or opens one (10 messages per 10 s and 60 per 5 min; 429 beyond)',
      body: SupportMessageInput,
      response: { 201: SupportConversation },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await support.writeToSupport({ ctx, user: requireUser(request), message: request.body })),
  });

  r.get('/api/support/conversations', {
    onRequest: agentsOnly,
    schema: {
      tags,
      summary: 'Support agents: conversations, open first and the longest waiting first',
      querystring: SupportListQuery,
      response: { 200: SupportConversationListResponse },
    },
    handler: async (request) => ({
      conversations: await support.listConversations({
        ctx,
        user: requireUser(request),
        query: request.query,
      }),
    }),
  });

  r.get('/api/support/conversations/:conversationId', {
    onRequest: agentsOnly,
    schema: {
      tags,
      summary: 'Support agents: one conversation with its messages',
      params: ConversationParams,
      response: { 200: SupportConversation },
    },
    handler: (request) =>
      support.getConversation({
        ctx,
        user: requireUser(request),
        conversationId: request.params.conversationId,
      }),
  });

  r.get('/api/support/conversations/:conversationId/messages', {
    schema: {
      tags,
      summary:
        "A conversation's messages a page at a time, newest page first; `before` (a page's `nextBefore`) fetches the one before. For agents, and for the person asking (their own conversations)",
      params: ConversationParams,
      querystring: MessagePageQuery,
      response: { 200: SupportMessagePage },
    },
    handler: (request) =>
      support.listConversationMessages({
        ctx,
        user: requireUser(request),
        conversationId: request.params.conversationId,
        page: request.query,
      }),
  });

  r.post('/api/support/conversations/:conversationId/replies', {
    onRequest: agentsOnly,
    schema: {
      tags,
      summary: 'Support agents: answer an open conversation (the person stops waiting)',
      params: ConversationParams,
      body: SupportReplyInput,
      response: { 201: SupportConversation },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await support.replyToConversation({
          ctx,
          user: requireUser(request),
          conversationId: request.params.conversationId,
          body: request.body.body,
        }),
      ),
  });

  r.post('/api/support/conversations/:conversationId/close', {
    onRequest: agentsOnly,
    schema: {
      tags,
      summary: "Support agents: close a conversation; the person's next message opens a new one",
      params: ConversationParams,
      response: { 200: SupportConversation },
    },
    handler: (request) =>
      support.closeConversation({
        ctx,
        user: requireUser(request),
        conversationId: request.params.conversationId,
      }),
  });
}
