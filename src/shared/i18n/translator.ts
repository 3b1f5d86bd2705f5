import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { type FormatXMLElementFn, IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { FORMAT_LOCALES, type Locale } from './locales.js';

/**
 * A catalog's message: ICU MessageFormat text, or its syntax tree when the build parsed it ahead of time (the web
 * ships without the parser). Text with no placeholder, plural or tag is used as it is.
 */
type Message = string | MessageFormatElement[];
export type Catalog<Key extends string = string> = Record<Key, Message>;

/** Whether a message needs the ICU formatter: it has a placeholder, a plural or select, or a rich-text tag. */
export const needsFormatting = (message: string): boolean => /[{}<]/.test(message);

export type Values = Record<string, PrimitiveType>;

/**
 * A sentence named but not yet worded: pure code that refuses something (a fair-use rule) returns this, and the
 * side that shows it words it in the reader's language.
 */
export interface MessageRef<Key extends string = string> {
  key: Key;
  values: Values;
}
export type RichValues<Part> = Record<string, PrimitiveType | Part | FormatXMLElementFn<Part>>;

export interface Translator<Key extends string> {
  locale: Locale;
  /** The message as text: `t('chats.count', { count: 3 })`. */
  t(key: Key, values?: Values): string;
  /** The message with rich parts (tags given as functions, values that are elements), for a UI framework. */
  rich<Part>(key: Key, values: RichValues<Part>): string | Part | (string | Part)[];
}

export function createTranslator<Key extends string>(locale: Locale, catalog: Catalog<Key>): Translator<Key> {
  const formats = new Map<Key, IntlMessageFormat>();
  const formatOf = (key: Key) => {
    let format = formats.get(key);
    if (!format) {
      const message = catalog[key];
      if (message === undefined) throw new Error(`No message "${key}" in the ${locale} catalog`);
      format = new IntlMessageFormat(message, FORMAT_LOCALES[locale]);
      formats.set(key, format);
    }
    return format;
  };
  return {
    locale,
    t(key, values) {
      const message = catalog[key];
      if (typeof message === 'string' && !needsFormatting(message)) return message;
      return String(formatOf(key).format(values));
    },
    rich(key, values) {
      const message = catalog[key];
      if (typeof message === 'string' && !needsFormatting(message)) return message;
      return formatOf(key).format(values);
    },
  };
}
