import type { FastifyInstance } from 'fastify';
import { homeApi } from '../../../shared/api/home.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { getHome } from './home.usecases.js';

export function homeRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, homeApi.get, (request) => getHome({ ctx, user: requireUser(request) }));
}
