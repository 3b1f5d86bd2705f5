import type { FastifyInstance, FastifyRequest } from 'fastify';
import { supportApi } from '../../../shared/api/support.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { asAgent, asAsker } from './support.policy.js';
import * as support from './support.usecases.js';

/** Checked before the body, so someone without access hears 401 or 403 rather than a complaint about it. */
const askersOnly = async (request: FastifyRequest) => {
  asAsker(requireUser(request));
};
const agentsOnly = async (request: FastifyRequest) => {
  asAgent(requireUser(request));
};

export function supportRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(
    app,
    supportApi.mine,
    async (request) => ({
      conversation: await support.getMyConversation({ ctx, user: requireUser(request) }),
    }),
    { onRequest: askersOnly },
  );

  route(
    app,
    supportApi.write,
    async (request, reply) =>
      reply
        .status(201)
        .send(await support.writeToSupport({ ctx, user: requireUser(request), message: request.body })),
    { onRequest: askersOnly },
  );

  route(
    app,
    supportApi.conversations,
    async (request) => ({
      conversations: await support.listConversations({
        ctx,
        user: requireUser(request),
        query: request.query,
      }),
    }),
    { onRequest: agentsOnly },
  );

  route(
    app,
    supportApi.conversation,
    (request) =>
      support.getConversation({
        ctx,
        user: requireUser(request),
        conversationId: request.params.conversationId,
      }),
    { onRequest: agentsOnly },
  );

  route(app, supportApi.messages, (request) =>
    support.listConversationMessages({
      ctx,
      user: requireUser(request),
      conversationId: request.params.conversationId,
      page: request.query,
    }),
  );

  route(
    app,
    supportApi.reply,
    async (request, reply) =>
      reply.status(201).send(
        await support.replyToConversation({
          ctx,
          user: requireUser(request),
          conversationId: request.params.conversationId,
          body: request.body.body,
        }),
      ),
    { onRequest: agentsOnly },
  );

  route(
    app,
    supportApi.close,
    (request) =>
      support.closeConversation({
        ctx,
        user: requireUser(request),
        conversationId: request.params.conversationId,
      }),
    { onRequest: agentsOnly },
  );
}
