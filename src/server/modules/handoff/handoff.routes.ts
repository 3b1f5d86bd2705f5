import type { FastifyInstance } from 'fastify';
import { handoffApi } from '../../../shared/api/handoff.contract.js';
import type { AppContext } from '../../context.js';
import { sendAttachment } from '../../infra/http/files.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import * as handoff from './handoff.usecases.js';

export function handoffRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Anonymous callers hear 401 before any complaint about the parameters.
  const options = { onRequest: signedIn };
  route(
    app,
    handoffApi.myConsents,
    (request) => handoff.listMyConsents({ ctx, user: requireUser(request) }),
    options,
  );

  route(
    app,
    handoffApi.give,
    (request) =>
      handoff.setConsent({
        ctx,
        user: requireUser(request),
        companyId: request.params.companyId,
        share: true,
      }),
    options,
  );

  route(
    app,
    handoffApi.revoke,
    (request) =>
      handoff.setConsent({
        ctx,
        user: requireUser(request),
        companyId: request.params.companyId,
        share: false,
      }),
    options,
  );

  route(
    app,
    handoffApi.summary,
    (request) => handoff.handoffSummary({ ctx, user: requireUser(request), eventId: request.params.id }),
    options,
  );

  route(
    app,
    handoffApi.export,
    async (request, reply) =>
      sendAttachment(
        reply,
        await handoff.exportHandoff({
          ctx,
          user: requireUser(request),
          eventId: request.params.id,
          format: request.query.format,
        }),
      ),
    options,
  );
}
