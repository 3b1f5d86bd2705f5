import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Everything the web client needs and nothing more: its own scripts, plus WebAssembly for the background model
 * served under /mediapipe/ (`wasm-unsafe-eval`, and `blob:` workers), Mantine's inline styles, pictures from
 * canvases (`data:`, `blob:`), camera streams and WebSockets to our own origin (`'self'` covers ws: and wss:).
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Camera and microphone for our own pages (the video room); nothing else a page could ask the browser for. */
const PERMISSIONS_POLICY =
  'camera=(self), microphone=(self), display-capture=(), geolocation=(), payment=(), usb=()';

/**
 * Security headers on every response, by `@fastify/helmet` (maintained with Fastify, per-route overrides), plus the
 * Permissions-Policy it does not set. No Referer leaves our pages: calendar-feed and room addresses are secrets, and
 * our own writes carry Origin.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // HTTP deployments on a LAN keep working: browsers heed HSTS only over HTTPS, and other hosts of the domain are
    // not ours to pin.
    strictTransportSecurity: { maxAge: 180 * 86_400, includeSubDomains: false },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}
