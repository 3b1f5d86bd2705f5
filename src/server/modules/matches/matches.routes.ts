import type { FastifyInstance } from 'fastify';
import { matchesApi } from '../../../shared/api/matches.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { bestMatches } from './matches.usecases.js';

export function matchesRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, matchesApi.best, async (request) =>
    bestMatches({ ctx, user: requireUser(request), eventId: request.params.id, query: request.query }),
  );
}
