import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CalendarFeedLinks } from '../../../shared/schemas/schedule.schemas.js';
import type { AppContext } from '../../context.js';
import { typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import * as schedule from './schedule.usecases.js';

export function scheduleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['schedule'];

  r.get('/api/me/calendar-feed', {
    schema: {
      tags,
      summary: "The address of the viewer's personal calendar feed (secret: whoever has it sees the chats)",
      response: { 200: CalendarFeedLinks },
    },
    handler: (request) => schedule.getCalendarFeedLinks({ ctx, user: requireUser(request) }),
  });

  r.post('/api/me/calendar-feed/reset', {
    schema: {
      tags,
      summary: 'Replace the calendar feed address: the old one stops working',
      response: { 200: CalendarFeedLinks },
    },
    handler: (request) => schedule.resetCalendarFeed({ ctx, user: requireUser(request) }),
  });

  // Fetched by calendar apps, which carry no session: the secret address is the authorization.
  r.get('/calendar/:userId/:file', {
    schema: {
      tags,
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
