import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { healthApi } from '../../../shared/api/health.contract.js';
import type { AppContext } from '../../context.js';
import { RETRY_AFTER_SECONDS } from './error-handler.js';
import { route } from './routes.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, healthApi.health, async (_request, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const };
    } catch {
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ status: 'unavailable' as const });
    }
  });
}
