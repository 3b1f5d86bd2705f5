import type { FastifyInstance } from 'fastify';
import { dashboardApi } from '../../../shared/api/dashboard.contract.js';
import type { AppContext } from '../../context.js';
import { sendAttachment } from '../../infra/http/files.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import { eventDashboard, exportDashboard } from './dashboard.usecases.js';

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const options = { onRequest: signedIn };
  route(
    app,
    dashboardApi.dashboard,
    (request) => eventDashboard({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );
  route(
    app,
    dashboardApi.export,
    async (request, reply) =>
      sendAttachment(
        reply,
        await exportDashboard({
          ctx,
          user: requireUser(request),
          eventId: request.params.id,
          table: request.query.table,
        }),
      ),
    options,
  );
}
