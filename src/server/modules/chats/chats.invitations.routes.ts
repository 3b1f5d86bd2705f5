import type { FastifyInstance } from 'fastify';
import { Chat, InvitationInput } from '../../../shared/schemas/chats.schemas.js';
import type { AppContext } from '../../context.js';
import { IdParams, typed } from '../../infra/http/routes.js';
import { requireRecruiter } from '../auth/auth.policy.js';
import { inviteTalent } from './chats.invitations.js';

export function invitationsRoutes(app: FastifyInstance, ctx: AppContext): void {
  typed(app).post('/api/events/:id/invitations', {
    schema: {
      tags: ['chats'],
      summary: 'A recruiter invites a talent to a 1-1 chat with themself or a colleague',
      params: IdParams,
      body: InvitationInput,
      response: { 201: Chat },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await inviteTalent({
          ctx,
          user: requireRecruiter(request),
          eventId: request.params.id,
          body: request.body,
        }),
      ),
  });
}
