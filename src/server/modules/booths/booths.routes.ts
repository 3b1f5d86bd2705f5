import type { FastifyInstance } from 'fastify';
import { boothsApi } from '../../../shared/api/booths.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as booths from './booths.usecases.js';

export function boothsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, boothsApi.list, (request) =>
    booths.listBooths({ ctx, user: requireUser(request), eventId: request.params.id }),
  );
  route(app, boothsApi.join, (request) =>
    booths.joinQueue({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      companyId: request.params.companyId,
    }),
  );
  route(app, boothsApi.leave, (request) =>
    booths.leaveQueue({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      companyId: request.params.companyId,
    }),
  );
  route(app, boothsApi.queue, (request) =>
    booths.boothQueue({ ctx, user: requireUser(request), eventId: request.params.id }),
  );
  route(app, boothsApi.callNext, (request) =>
    booths.callNext({ ctx, user: requireUser(request), eventId: request.params.id }),
  );
  route(app, boothsApi.startChat, (request) =>
    booths.startChat({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      entryId: request.params.entryId,
    }),
  );
  route(app, boothsApi.notHere, (request) =>
    booths.notHere({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      entryId: request.params.entryId,
    }),
  );
}
