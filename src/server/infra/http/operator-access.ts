import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

// A reverse proxy on the same host connects from loopback for every caller; the headers it adds give it away.
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/** True for a request that came straight from this machine, not relayed by a proxy. */
export function comesFromThisMachine(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  return LOOPBACK.test(address) && PROXY_HEADERS.every((name) => request.headers[name] === undefined);
}

/** `Authorization: Bearer <token>`, compared in constant time so the answer's timing tells nothing of the token. */
export function bearerTokenMatches(authorization: string | undefined, token: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`));
}
