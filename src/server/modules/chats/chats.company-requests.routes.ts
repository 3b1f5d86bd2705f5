import type { FastifyInstance } from 'fastify';
import { companyRequestsApi } from '../../../shared/api/company-requests.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as queue from './chats.company-requests.js';

export function companyRequestsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, companyRequestsApi.list, (request) =>
    queue.listCompanyRequests({ ctx, user: requireUser(request), eventId: request.params.id }),
  );

  route(app, companyRequestsApi.request, async (request, reply) =>
    reply.status(201).send(
      await queue.requestCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        body: request.body,
      }),
    ),
  );

  route(app, companyRequestsApi.nextSlot, (request) =>
    queue.nextCompanySlot({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      companyId: request.params.companyId,
    }),
  );

  route(app, companyRequestsApi.book, async (request, reply) =>
    reply.status(201).send(
      await queue.bookCompany({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        companyId: request.params.companyId,
        body: request.body,
      }),
    ),
  );

  route(app, companyRequestsApi.accept, (request) =>
    queue.acceptCompanyRequest({
      ctx,
      user: requireUser(request),
      requestId: request.params.requestId,
      body: request.body,
    }),
  );

  route(app, companyRequestsApi.decline, (request) =>
    queue.declineCompanyRequest({
      ctx,
      user: requireUser(request),
      requestId: request.params.requestId,
      body: request.body,
    }),
  );

  route(app, companyRequestsApi.withdraw, (request) =>
    queue.withdrawCompanyRequest({ ctx, user: requireUser(request), requestId: request.params.requestId }),
  );
}
