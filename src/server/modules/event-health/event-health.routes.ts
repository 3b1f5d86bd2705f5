import type { FastifyInstance } from 'fastify';
import { eventHealthApi } from '../../../shared/api/event-health.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import { eventHealth, sendHealthReminder } from './event-health.usecases.js';

export function eventHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(
    app,
    eventHealthApi.health,
    (request) =>
      eventHealth({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        withinDays: request.query.withinDays,
      }),
    { onRequest: signedIn },
  );
  route(
    app,
    eventHealthApi.remind,
    (request) =>
      sendHealthReminder({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        reminder: request.body,
      }),
    { onRequest: signedIn },
  );
}
