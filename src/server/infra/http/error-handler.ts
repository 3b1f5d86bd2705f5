import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/client.js';
import { AppError } from './errors.js';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;
const UNAVAILABLE_MESSAGE = 'The service is briefly unavailable; please try again in a few seconds.';

function fieldPath(instancePath: string, context: string): string {
  const trimmed = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return trimmed || context;
}

/** The only place that turns errors into HTTP answers; internal details never reach the client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.details?.fields) body.error.fields = error.details.fields as Record<string, string>;
      if (typeof error.details?.retryAfterSeconds === 'number')
        reply.header('retry-after', String(error.details.retryAfterSeconds));
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Each message is a sentence naming its field (shared/schemas/issue-messages.ts); the form puts it under the
      // field, and the summary repeats each sentence once, without paths.
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const key = fieldPath(issue.instancePath, error.validationContext ?? 'request');
        fields[key] ??= issue.message ?? 'This value is not valid.';
      }
      const message = [...new Set(Object.values(fields))].join(' ');
      return reply
        .status(400)
        .send({ error: { code: 'request.invalid', message, fields } } satisfies ErrorBody);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply
        .status(500)
        .send({ error: { code: 'internal', message: 'Something went wrong on our side.' } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ error: { code: 'service.unavailable', message: UNAVAILABLE_MESSAGE } } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        status === 429 ? 'request.too_many' : status === 413 ? 'request.too_large' : 'request.invalid';
      return reply.status(status).send({ error: { code, message: error.message } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'Something went wrong on our side.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: 'request.not_found',
        message: `No such route: ${request.method} ${request.url.split('?')[0]}`,
      },
    } satisfies ErrorBody);
  });
}
