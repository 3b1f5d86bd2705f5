import type { FastifyInstance } from 'fastify';
import { accountApi } from '../../../shared/api/account.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { clearSessionCookie, requireUser } from '../auth/index.js';
import { signedIn } from '../events/index.js';
import * as account from './account.usecases.js';

/** The signed-in person's own data: a copy to download, and for talents the deletion of their account. */
export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Anonymous callers hear 401 before any complaint about the body.
  const options = { onRequest: signedIn };

  route(
    app,
    accountApi.dataExport,
    async (request, reply) => {
      const data = await account.exportData({ ctx, user: requireUser(request) });
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="parley-data-${day}.json"`)
        .header('cache-control', 'private, no-store')
        .send(data);
    },
    options,
  );

  route(
    app,
    accountApi.deleteAccount,
    async (request, reply) => {
      await account.deleteAccount({ ctx, user: requireUser(request), password: request.body.password });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
    options,
  );
}
