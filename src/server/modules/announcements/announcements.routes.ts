import type { FastifyInstance } from 'fastify';
import { announcementsApi } from '../../../shared/api/announcements.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import { cancelAnnouncement, createAnnouncement, listAnnouncements } from './announcements.usecases.js';

export function announcementsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(
    app,
    announcementsApi.list,
    (request) => listAnnouncements({ ctx, user: requireUser(request), eventId: request.params.id }),
    { onRequest: signedIn },
  );
  route(
    app,
    announcementsApi.create,
    async (request, reply) =>
      reply.status(201).send(
        await createAnnouncement({
          ctx,
          user: requireUser(request),
          eventId: request.params.id,
          announcement: request.body,
        }),
      ),
    { onRequest: signedIn },
  );
  route(
    app,
    announcementsApi.cancel,
    (request) =>
      cancelAnnouncement({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        announcementId: request.params.announcementId,
      }),
    { onRequest: signedIn },
  );
}
