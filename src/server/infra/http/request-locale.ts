import { requestContext } from '@fastify/request-context';
import type { FastifyInstance } from 'fastify';
import { acceptedLanguages, type Locale, matchLocale } from '../../../shared/i18n/locales.js';

declare module '@fastify/request-context' {
  interface RequestContextData {
    locale?: Locale;
  }
}

/**
 * Notes the language of the page that asked (the web client sends it as `Accept-Language`), so that error messages
 * and validation sentences answer in it. Registered after the request context (request-id.ts).
 */
export function installRequestLocale(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    requestContext.set('locale', matchLocale(acceptedLanguages(request.headers['accept-language'])));
    done();
  });
}

/** The language of the request whose work is running; English outside one (the clock, the mail worker). */
export function requestLocale(): Locale {
  return requestContext.get('locale') ?? 'en';
}
