import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';

export type RouteApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

/** Every module's routes are a function of the app (typed by Zod) and the shared context. */
export type ModuleRoutes = (
  app: ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance,
  ctx: AppContext,
) => void;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const IdParams = z.object({ id: z.uuid({ error: 'Not a valid id.' }) });
/** A 1-1 chat's routes, its room's included. */
export const ChatParams = z.object({ chatId: z.uuid({ error: 'Not a valid chat id.' }) });
