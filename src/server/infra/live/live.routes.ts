import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LiveCloseCode } from '../../../shared/schemas/live.schemas.js';
import { isRequestFromOwnOrigin } from '../http/same-origin.js';
import { openLiveConnection } from './live.connection.js';
import { liveErrors } from './live.errors.js';
import type { LiveAuthenticator, LiveFeature, LiveUser } from './live.features.js';
import type { LiveHub } from './live.hub.js';

/** Under the 30–60 s after which proxies and NAT routers tend to drop an idle connection. */
const HEARTBEAT_MS = 25_000;

/**
 * Runs `beat` every `periodMs` from a phase of its own, so that thousands of sockets' session checks spread over
 * the period instead of reaching the database at the same instant. Returns the function that stops it.
 */
function beatAtOwnPhase(beat: () => void, periodMs: number): () => void {
  let timer = setTimeout(() => {
    timer = setInterval(beat, periodMs).unref();
    beat();
  }, Math.random() * periodMs).unref();
  return () => clearTimeout(timer);
}

/**
 * `GET /live`: the transport, told by the composition root how to find a socket's login and what features add.
 * Returns how many sockets are open, for the metrics.
 */
export function liveRoutes<User extends LiveUser>(
  app: FastifyInstance,
  live: {
    hub: LiveHub;
    publicUrl: string;
    authenticate: LiveAuthenticator<User>;
    features: readonly LiveFeature<User>[];
    /** How often each socket is pinged and its session checked. */
    heartbeatMs?: number;
  },
): { sockets(): number } {
  const heartbeatMs = live.heartbeatMs ?? HEARTBEAT_MS;
  const heartbeats = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const stop of heartbeats) stop();
  });

  // Browsers send cookies with a WebSocket handshake from any site and apply no CORS to it, so a foreign page could
  // open a socket as the user (cross-site WebSocket hijacking).
  const refuseForeignOrigin = async (request: FastifyRequest) => {
    if (!isRequestFromOwnOrigin(request, live.publicUrl)) {
      throw liveErrors.foreign_origin();
    }
  };

  app.get('/live', { websocket: true, onRequest: refuseForeignOrigin }, (socket, request) => {
    // Closing with a code of our own, rather than refusing the upgrade, is what lets a browser tell "log in again"
    // from "the network is down": it sees neither the status of a refused upgrade nor its reason.
    const session = live.authenticate(request);
    if (!session) {
      socket.close(LiveCloseCode.unauthenticated, 'Please log in.');
      return;
    }
    const connection = openLiveConnection({
      hub: live.hub,
      socket,
      session,
      features: live.features,
      onError: (error) => request.log.error({ err: error }, 'live message failed'),
      onClose: () => {
        stopHeartbeat();
        heartbeats.delete(stopHeartbeat);
      },
    });
    const stopHeartbeat = beatAtOwnPhase(() => {
      connection.heartbeat().catch((error) => app.log.error({ err: error }, 'live heartbeat failed'));
    }, heartbeatMs);
    heartbeats.add(stopHeartbeat);
  });
  return { sockets: () => heartbeats.size };
}
