import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type CatalogErrorCode, catalogErrorMessages } from '../../../shared/api/error-catalogs.js';
import type { HttpErrorCode } from '../../../shared/api/errors.js';
import errorsDe from '../../../shared/api/errors.de.json' with { type: 'json' };
import type { Locale } from '../../../shared/i18n/locales.js';
import { createTranslator, type Translator, type Values } from '../../../shared/i18n/translator.js';
import { type MessageKey, requestTranslator } from '../../i18n/index.js';
import { isDatabaseUnavailable } from '../db/client.js';
import { AppError } from './errors.js';
import { requestLocale } from './request-locale.js';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** The sentences the HTTP layer answers with by itself (ICU MessageFormat, like the catalogs). */
export const httpErrorMessages = {
  'request.not_found': 'No such route: {method} {path}',
  'service.unavailable': 'The service is briefly unavailable; please try again in a few seconds.',
  internal: 'Something went wrong on our side.',
} satisfies Partial<Record<HttpErrorCode, string>>;

/** The codes whose message is fixed: each has a German twin in `errors.de.json`, and no other code has one. */
type MessageCode = keyof typeof httpErrorMessages | CatalogErrorCode;

const englishMessages: Record<MessageCode, string> = { ...catalogErrorMessages, ...httpErrorMessages };
const translators: Record<Locale, Translator<MessageCode>> = {
  en: createTranslator('en', englishMessages),
  de: createTranslator<MessageCode>('de', errorsDe satisfies Record<MessageCode, string>),
};

const hasFixedMessage = (code: string): code is MessageCode => Object.hasOwn(englishMessages, code);

/**
 * An error's message in the language of the request: its spec's sentence is translated; a sentence built at run
 * time (a limit with its numbers in it) stays as it was built.
 */
function inRequestLanguage(code: string, message: string): string {
  if (!hasFixedMessage(code) || message !== englishMessages[code]) return message;
  return translators[requestLocale()].t(code);
}

const httpMessage = (code: keyof typeof httpErrorMessages, values?: Values) =>
  translators[requestLocale()].t(code, values);

/** Fastify's own refusals (a body too large, not JSON…), in the language of the request rather than its English. */
const frameworkMessages: Record<string, MessageKey> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'errors.http.bodyTooLarge',
  FST_ERR_CTP_INVALID_JSON_BODY: 'errors.http.invalidJson',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'errors.http.invalidJson',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'errors.http.unsupportedMediaType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'errors.http.invalid',
};

function frameworkRefusal(error: FastifyError): string {
  const key =
    frameworkMessages[error.code] ?? (error instanceof SyntaxError ? 'errors.http.invalidJson' : null);
  return key ? requestTranslator().t(key) : error.message;
}

function fieldPath(instancePath: string, context: string): string {
  const trimmed = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return trimmed || context;
}

/** The only place that turns errors into HTTP answers; internal details never reach the client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = {
        error: { code: error.code, message: inRequestLanguage(error.code, error.message) },
      };
      if (error.details?.fields)
        body.error.fields = Object.fromEntries(
          Object.entries(error.details.fields as Record<string, string>).map(([field, message]) => [
            field,
            inRequestLanguage(error.code, message),
          ]),
        );
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
      return reply.status(500).send({ error: { code: 'internal', message: httpMessage('internal') } });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({
          error: { code: 'service.unavailable', message: httpMessage('service.unavailable') },
        } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        status === 429 ? 'request.too_many' : status === 413 ? 'request.too_large' : 'request.invalid';
      return reply
        .status(status)
        .send({ error: { code, message: frameworkRefusal(error) } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: httpMessage('internal') } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: 'request.not_found',
        message: httpMessage('request.not_found', {
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    } satisfies ErrorBody);
  });
}
