import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { scheduleApi } from '../../../shared/api/schedule.contract.js';
import type { AppContext } from '../../context.js';
import { route, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as schedule from './schedule.usecases.js';

export function scheduleRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, scheduleApi.calendarFeed, (request) =>
    schedule.getCalendarFeedLinks({ ctx, user: requireUser(request) }),
  );

  route(app, scheduleApi.resetCalendarFeed, (request) =>
    schedule.resetCalendarFeed({ ctx, user: requireUser(request) }),
  );

  // Fetched by calendar apps, which carry no session: the secret address is the authorization.
  typed(app).get('/calendar/:userId/:file', {
    schema: {
      tags: ['schedule'],
      summary: "A user's confirmed 1-1 chats at all events as an iCalendar feed (`<token>.ics`)",
      params: z.object({ userId: z.string(), file: z.string() }),
    },
    handler: async (request, reply) => {
      const body = await schedule.renderCalendarFeed({ ctx, ...request.params });
      reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-cache');
      return body;
    },
  });
}
