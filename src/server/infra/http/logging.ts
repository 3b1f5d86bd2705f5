import type { FastifyRequest } from 'fastify';
import { currentRequestId } from './request-id.js';

/**
 * Drizzle writes a failed query's parameters into its message (password hashes, session tokens, a mail's reset
 * link), and pino's own error serializer would also copy its `params` field: only the statement is logged.
 */
const redactParams = (text: string) =>
  text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: [not logged]');

interface LoggedError {
  [field: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return {
    type: error.name,
    message: redactParams(error.message),
    stack: redactParams(error.stack ?? ''),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    ...(error.cause && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/**
 * Tokens travel in paths (`/api/auth/tokens/:token`, calendar feeds) and query strings (`/reset-password?token=`):
 * a request is logged by its route template, or by its path alone when no route matched. Headers (cookies,
 * `Authorization`) are never logged.
 */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.routeOptions.url ?? request.url.split('?')[0],
    remoteAddress: request.ip,
  };
}

/** Fastify's pino options: JSON lines, each naming the request it belongs to, free of secrets. */
export function loggerOptions(level: string) {
  return {
    level,
    // Lines written through the app's logger rather than the request's own (the live hub, work after the reply)
    // still name the request they serve.
    mixin(_merge: object, _level: number, logger: { bindings(): Record<string, unknown> }) {
      const reqId = currentRequestId();
      return reqId && !('reqId' in logger.bindings()) ? { reqId } : {};
    },
    serializers: { req: serializeRequest, err: serializeError },
  };
}
