import type { FastifyInstance } from 'fastify';
import { eventsApi } from '../../../shared/api/events.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireRole, requireUser } from '../auth/index.js';
import { signedIn } from './events.policy.js';
import * as events from './events.usecases.js';

export function eventsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, eventsApi.list, async (request) => events.listEvents({ ctx, user: requireUser(request) }), {
    onRequest: signedIn,
  });

  route(
    app,
    eventsApi.create,
    async (request, reply) => {
      const event = await events.createEvent({
        ctx,
        user: requireRole(request, 'organizer'),
        event: request.body,
      });
      return reply.status(201).send(event);
    },
    {
      onRequest: async (request) => {
        requireRole(request, 'organizer');
      },
    },
  );

  route(
    app,
    eventsApi.get,
    async (request) => events.getEvent({ ctx, user: requireUser(request), eventId: request.params.id }),
    { onRequest: signedIn },
  );

  route(
    app,
    eventsApi.update,
    async (request) =>
      events.updateEvent({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        event: request.body,
      }),
    { onRequest: signedIn },
  );

  for (const [spec, published] of [
    [eventsApi.publish, true],
    [eventsApi.unpublish, false],
  ] as const) {
    route(
      app,
      spec,
      async (request) =>
        events.setPublished({ ctx, user: requireUser(request), eventId: request.params.id, published }),
      { onRequest: signedIn },
    );
  }
}
