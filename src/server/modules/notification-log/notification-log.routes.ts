import type { FastifyInstance } from 'fastify';
import { notificationLogApi } from '../../../shared/api/notification-log.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import * as log from './notification-log.usecases.js';

export function notificationLogRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Anonymous callers hear 401 before any complaint about the query.
  const options = { onRequest: signedIn };
  route(
    app,
    notificationLogApi.list,
    (request) =>
      log.listNotificationLog({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        query: request.query,
      }),
    options,
  );
  route(
    app,
    notificationLogApi.summary,
    (request) => log.notificationLogSummary({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );
  route(
    app,
    notificationLogApi.resend,
    async (request, reply) => {
      const copy = await log.resendMail({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        mailId: request.params.mailId,
      });
      return reply.status(201).send(copy);
    },
    options,
  );
}
