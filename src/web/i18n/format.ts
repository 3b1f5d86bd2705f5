import { FORMAT_LOCALES } from '../../shared/i18n/locales';
import { currentLocale } from './i18n';

/** `Berlin, Paris and Rome` / `Berlin, Paris und Rom`: a list read as a sentence in the language in use. */
export const formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new Intl.ListFormat(FORMAT_LOCALES[currentLocale()], { style: 'long', type }).format(items);

/** `1,200` / `1.200`. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(FORMAT_LOCALES[currentLocale()], options).format(value);
