import type { FastifyInstance } from 'fastify';
import { chatsApi } from '../../../shared/api/chats.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireRecruiter } from '../auth/index.js';
import { inviteTalent } from './chats.invitations.js';

export function invitationsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, chatsApi.invite, async (request, reply) =>
    reply.status(201).send(
      await inviteTalent({
        ctx,
        user: requireRecruiter(request),
        eventId: request.params.id,
        body: request.body,
      }),
    ),
  );
}
