import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { RETRY_AFTER_SECONDS } from './error-handler.js';
import { typed } from './routes.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  typed(app).get('/health', {
    schema: {
      tags: ['health'],
      summary: 'Answers once the database answers',
      response: {
        200: z.object({ status: z.literal('ok') }),
        503: z.object({ status: z.literal('unavailable') }),
      },
    },
    handler: async (_request, reply) => {
      try {
        await ctx.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      } catch {
        return reply
          .status(503)
          .header('retry-after', String(RETRY_AFTER_SECONDS))
          .send({ status: 'unavailable' as const });
      }
    },
  });
}
