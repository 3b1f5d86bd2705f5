import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { availabilityApi } from '../../../shared/api/availability.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { createBookableListCache } from './availability.list-cache.js';
import * as availability from './availability.usecases.js';

export function availabilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const pages: availability.BookableListPages = createBookableListCache(ctx.invalidations, ctx.live);
  app.addHook('onClose', async () => pages.close());

  route(app, availabilityApi.team, async (request, reply) => {
    const json = await availability.teamOverview({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
    });
    // Already JSON checked against the response schema (see `teamOverview`); typed replies take only objects.
    return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
  });

  route(app, availabilityApi.get, (request) =>
    availability.getAvailability({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      recruiterId: request.params.recruiterId,
    }),
  );

  route(app, availabilityApi.setDay, (request) =>
    availability.setDayAvailability({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      recruiterId: request.params.recruiterId,
      dayId: request.params.dayId,
      body: request.body,
    }),
  );

  route(app, availabilityApi.setDetails, (request) =>
    availability.setDetails({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      recruiterId: request.params.recruiterId,
      body: request.body,
    }),
  );

  route(app, availabilityApi.confirm, (request) =>
    availability.confirmAvailability({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      recruiterId: request.params.recruiterId,
    }),
  );

  route(app, availabilityApi.bookable, async (request, reply) => {
    const json = await availability.listBookableRecruiters({
      ctx,
      pages,
      user: requireUser(request),
      eventId: request.params.id,
      query: request.query,
    });
    // Already JSON (see `sharedRecruiterJson`), which Fastify sends as it is; typed replies take only objects.
    return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
  });

  route(app, availabilityApi.favourite, async (request, reply) => {
    await availability.addFavourite({ ctx, ...favouriteOf(request) });
    return reply.status(204).send(null);
  });

  route(app, availabilityApi.unfavourite, async (request, reply) => {
    await availability.removeFavourite({ ctx, ...favouriteOf(request) });
    return reply.status(204).send(null);
  });
}

function favouriteOf(request: FastifyRequest & { params: { id: string; recruiterId: string } }) {
  return {
    user: requireUser(request),
    eventId: request.params.id,
    recruiterId: request.params.recruiterId,
  };
}
