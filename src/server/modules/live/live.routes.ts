import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiveCloseCode } from '../../../shared/schemas/live.schemas.js';
import type { AppContext } from '../../context.js';
import { type LiveConnection, openLiveConnection } from './live.connection.js';
import { liveErrors } from './live.errors.js';

/** Under the 30–60 s after which proxies and NAT routers tend to drop an idle connection. */
const HEARTBEAT_MS = 25_000;

/**
 * Browsers send cookies with a WebSocket handshake from any site and apply no CORS to it, so a foreign page could
 * open a socket as the user (cross-site WebSocket hijacking). Browsers always send `Origin` there; clients that send
 * none are not browsers and hold no victim's cookie. The Host comparison admits the dev server's proxy.
 */
export function isOwnOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string,
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.origin === new URL(publicUrl).origin || (host !== undefined && parsed.host === host);
}

export function liveRoutes(app: FastifyInstance, ctx: AppContext): void {
  const connections = new Set<LiveConnection>();
  const timer = setInterval(() => {
    for (const connection of connections) {
      connection.heartbeat().catch((error) => app.log.error({ err: error }, 'live heartbeat failed'));
    }
  }, HEARTBEAT_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  const refuseForeignOrigin = async (request: FastifyRequest) => {
    if (!isOwnOrigin(request.headers.origin, request.headers.host, ctx.publicUrl)) {
      throw liveErrors.foreign_origin();
    }
  };

  app.get('/live', { websocket: true, onRequest: refuseForeignOrigin }, (socket, request) => {
    // Closing with a code of our own, rather than refusing the upgrade, is what lets a browser tell "log in again"
    // from "the network is down": it sees neither the status of a refused upgrade nor its reason.
    if (!request.session) {
      socket.close(LiveCloseCode.unauthenticated, 'Please log in.');
      return;
    }
    const connection = openLiveConnection({
      ctx,
      socket,
      session: request.session,
      onError: (error) => request.log.error({ err: error }, 'live message failed'),
      onClose: () => connections.delete(connection),
    });
    connections.add(connection);
  });
}
