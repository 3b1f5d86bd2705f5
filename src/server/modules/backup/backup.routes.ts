import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { bearerTokenMatches } from '../../infra/http/operator-access.js';
import { isFromThisMachine } from './backup.control.js';
import { backupErrors } from './backup.errors.js';

/** The snapshot `npm run backup` asks the running server for; not part of the public API. */
export function backupRoutes(app: FastifyInstance, ctx: AppContext, controlToken: string): void {
  const snapshot = ctx.database.snapshot;
  if (!snapshot) return;
  app.post('/internal/backup', { schema: { hide: true } }, async (request, reply) => {
    if (!isFromThisMachine(request.socket)) throw backupErrors.not_local();
    if (!bearerTokenMatches(request.headers.authorization, controlToken)) throw backupErrors.wrong_token();
    const archive = await snapshot();
    return reply.type('application/gzip').header('cache-control', 'no-store').send(Buffer.from(archive));
  });
}
