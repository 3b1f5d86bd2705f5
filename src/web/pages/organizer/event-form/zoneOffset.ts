import { FORMAT_LOCALES, type Locale } from '../../../../shared/i18n/locales';

/** `GMT+01:00`: a zone's offset from UTC at an instant, as `Intl` writes it in the language; null for an unknown zone. */
export function zoneOffsetName(timeZone: string, instant: Date, locale: Locale): string | null {
  try {
    const parts = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], {
      timeZone,
      timeZoneName: 'longOffset',
    }).formatToParts(instant);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}
