import type { FastifyInstance } from 'fastify';
import { dashboardApi } from '../../../shared/api/dashboard.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import { eventDashboard } from './dashboard.usecases.js';

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(
    app,
    dashboardApi.dashboard,
    (request) => eventDashboard({ ctx, user: requireUser(request), eventId: request.params.id }),
    { onRequest: signedIn },
  );
}
