import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fastifyRequestContext, { requestContext } from '@fastify/request-context';
import type { FastifyInstance } from 'fastify';

declare module '@fastify/request-context' {
  interface RequestContextData {
    requestId: string;
  }
}

const REQUEST_ID_HEADER = 'x-request-id';

// An id from a proxy or a client is kept when it could not smuggle anything into a log line or a header.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** Fastify's `genReqId`: the caller's `x-request-id` when sane, else a fresh UUID. */
export function requestIdOf(raw: IncomingMessage): string {
  const incoming = raw.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Carries each request's id through everything it causes (AsyncLocalStorage), so the mail it queues and the live
 * messages it publishes name it, and echoes the id to the caller.
 */
export async function installRequestIds(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRequestContext, { defaultStoreValues: (request) => ({ requestId: request.id }) });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}

/** The id of the request whose work is running, or undefined outside one (the clock, the mail worker). */
export function currentRequestId(): string | undefined {
  return requestContext.get('requestId');
}
