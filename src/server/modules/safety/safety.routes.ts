import type { FastifyInstance } from 'fastify';
import { safetyApi } from '../../../shared/api/safety.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import * as safety from './safety.usecases.js';

export function safetyRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Anonymous callers hear 401 before any complaint about the body.
  const options = { onRequest: signedIn };
  route(app, safetyApi.mySafety, (request) => safety.mySafety({ ctx, user: requireUser(request) }), options);

  route(
    app,
    safetyApi.optOutEverywhere,
    async (request, reply) => {
      await safety.setInvitationsEverywhere({ ctx, user: requireUser(request), accept: false });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    safetyApi.optInEverywhere,
    async (request, reply) => {
      await safety.setInvitationsEverywhere({ ctx, user: requireUser(request), accept: true });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    safetyApi.eventOptOut,
    (request) => safety.eventOptOut({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );

  route(
    app,
    safetyApi.optOutAtEvent,
    (request) =>
      safety.eventOptOut({ ctx, user: requireUser(request), eventId: request.params.id, accept: false }),
    options,
  );

  route(
    app,
    safetyApi.optInAtEvent,
    (request) =>
      safety.eventOptOut({ ctx, user: requireUser(request), eventId: request.params.id, accept: true }),
    options,
  );

  route(
    app,
    safetyApi.block,
    async (request, reply) => {
      const { id, userId } = request.params;
      await safety.block({ ctx, user: requireUser(request), eventId: id, userId });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    safetyApi.unblock,
    async (request, reply) => {
      await safety.unblock({ ctx, user: requireUser(request), userId: request.params.userId });
      return reply.status(204).send(null);
    },
    options,
  );

  route(
    app,
    safetyApi.contact,
    (request) =>
      safety.contactStatus({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        talentId: request.params.talentId,
      }),
    options,
  );

  route(
    app,
    safetyApi.report,
    async (request, reply) => {
      const created = await safety.report({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        body: request.body,
      });
      return reply.status(201).send(created);
    },
    options,
  );

  route(
    app,
    safetyApi.reports,
    (request) => safety.reportsOfEvent({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );

  route(
    app,
    safetyApi.markReportHandled,
    (request) =>
      safety.markReportHandled({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        reportId: request.params.reportId,
      }),
    options,
  );
}
