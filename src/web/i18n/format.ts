import { FORMAT_LOCALES } from '../../shared/i18n/locales';
import { currentLocale } from './i18n';

/** `1,200` / `1.200`. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(FORMAT_LOCALES[currentLocale()], options).format(value);
