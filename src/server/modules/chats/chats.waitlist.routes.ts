import type { FastifyInstance, FastifyRequest } from 'fastify';
import { chatsApi } from '../../../shared/api/chats.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { joinCompanyWaitlist, leaveCompanyWaitlist } from './chats.company-waitlist.js';
import { acceptOffer, declineOffer, joinWaitlist, leaveWaitlist, listWaitlists } from './chats.waitlist.js';

export function waitlistRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, chatsApi.waitlists, (request) =>
    listWaitlists({ ctx, user: requireUser(request), eventId: request.params.id }),
  );

  route(app, chatsApi.joinWaitlist, async (request, reply) => {
    await joinWaitlist({ ctx, ...entryOf(request) });
    return reply.status(204).send(null);
  });

  route(app, chatsApi.leaveWaitlist, async (request, reply) => {
    await leaveWaitlist({ ctx, ...entryOf(request) });
    return reply.status(204).send(null);
  });

  route(app, chatsApi.joinCompanyWaitlist, async (request, reply) => {
    await joinCompanyWaitlist({ ctx, ...companyPlaceOf(request) });
    return reply.status(204).send(null);
  });

  route(app, chatsApi.leaveCompanyWaitlist, async (request, reply) => {
    await leaveCompanyWaitlist({ ctx, ...companyPlaceOf(request) });
    return reply.status(204).send(null);
  });

  route(app, chatsApi.acceptOffer, (request) =>
    acceptOffer({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.declineOffer, (request) =>
    declineOffer({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );
}

function entryOf(request: FastifyRequest & { params: { id: string; recruiterId: string } }) {
  return { user: requireUser(request), eventId: request.params.id, recruiterId: request.params.recruiterId };
}

function companyPlaceOf(request: FastifyRequest & { params: { id: string; companyId: string } }) {
  return { user: requireUser(request), eventId: request.params.id, companyId: request.params.companyId };
}
