import { formatEventDay } from '../../shared/booking/booking-window.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/locales.js';
import { createTranslator, type MessageRef, type Translator } from '../../shared/i18n/translator.js';
import { requestLocale } from '../infra/http/request-locale.js';
import { de } from './messages/de/index.js';
import { en, type MessageKey } from './messages/en/index.js';

/**
 * The words of the server's emails and calendar files, in each language Parley speaks. A message goes out in its
 * recipient's language, never in that of whoever caused it: see `recipientLocale`.
 */
export type { MessageKey };
export type ServerTranslator = Translator<MessageKey>;

const translators: Record<Locale, ServerTranslator> = {
  en: createTranslator('en', en),
  de: createTranslator<MessageKey>('de', de),
};

/**
 * A recipient's language: the one they chose, else their browser's (the database's `coalesce(language,
 * browser_language)`), else English.
 */
export const recipientLocale = (language: string | null | undefined): Locale =>
  isLocale(language) ? language : DEFAULT_LOCALE;

export const translatorFor = (locale: Locale): ServerTranslator => translators[locale];

/** The words of a person's emails, from their account's `language` and `browserLanguage`. */
export const translatorOfUser = (user: {
  language: string | null;
  browserLanguage: string | null;
}): ServerTranslator => translatorFor(recipientLocale(user.language ?? user.browserLanguage));

/**
 * The words of the answer to the request being served (its refusals), in the language of the page that asked; the
 * HTTP layer notes it from `Accept-Language`.
 */
export const requestTranslator = (): ServerTranslator => translatorFor(requestLocale());

/** A sentence that pure code named (a fair-use refusal), worded for the request being served. */
export const sayToRequest = ({ key, values }: MessageRef<MessageKey>): string =>
  requestTranslator().t(key, values);

/** `Thursday 5 March` (`Donnerstag, 5. März`): a calendar date (`2030-03-05`) in the request's language. */
export const dateName = (date: string, locale: Locale = requestLocale()): string =>
  formatEventDay(new Date(`${date}T12:00:00Z`), 'UTC', locale);
