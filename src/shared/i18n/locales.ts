/**
 * The languages Parley speaks. English is the source every catalog is written from; adding a language is adding
 * its catalogs and a line here (its writing direction included), no code.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language menu lists them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

/**
 * The `Intl` locale of dates, times and numbers. English reads the British way (`Tue, 4 Mar 2031, 09:30`): day
 * before month and a 24-hour clock, as at a European fair; German as in Germany.
 */
export const FORMAT_LOCALES: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

export const DIRECTIONS: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', de: 'ltr' };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The first of a person's languages that Parley speaks (`de-AT` → `de`), else English. */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

/** `de-AT,de;q=0.9,en;q=0.5` → `['de-AT', 'de', 'en']`, most wanted first; `*` and malformed parts are left out. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, weight }) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}
