import type { ChatTimes } from '../shared/booking/chat-phase';
import { TIME_OF_DAY } from '../shared/i18n/clocks';
import { FORMAT_LOCALES } from '../shared/i18n/locales';
import type { Chat } from '../shared/schemas/chats.schemas';
import { currentClock, currentLocale, t } from './i18n/i18n';

/**
 * Formatting of event dates and times: always in an explicit zone, never the machine's by accident, in the language
 * in use (`Tue, 4 Mar 2031` in English, `Di., 4. März 2031` in German), and on the clock in use (`14:30`, `2:30 pm`).
 */

const formats = new Map<string, Intl.DateTimeFormat>();
/** Building a format is slow next to using one: one per language, zone and style. */
function formatOf(timeZone: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = FORMAT_LOCALES[currentLocale()];
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/**
 * ICU still reports some zones by their old names (`Asia/Calcutta` for a browser set to `Asia/Kolkata`): people
 * know the cities by their current names.
 */
const currentZoneNames: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
};

export const viewerTimeZone = (): string => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return currentZoneNames[zone] ?? zone;
};

/** `2030-03-04` → `Mon, 4 Mar 2030`, read as a calendar date (no zone shift). */
export function formatDate(isoDate: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return formatOf('UTC', `date-${style}`, {
    weekday: style,
    day: 'numeric',
    month: style,
    year: 'numeric',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export function formatDateRange(first: string | null, last: string | null): string {
  if (!first) return t('time.noDaysYet');
  if (!last || first === last) return formatDate(first);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** `09:30` (or `9:30 am`): the wall clock of `timeZone` at an instant, on the clock in use unless one is given. */
export function formatTime(iso: string, timeZone: string, clock = currentClock()): string {
  return formatOf(timeZone, `time-${clock}`, TIME_OF_DAY[clock]).format(new Date(iso));
}

/** `Tue, 4 Mar 2030`: the calendar date of `timeZone` at an instant. */
export function formatDay(iso: string, timeZone: string): string {
  return formatOf(timeZone, 'day', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A short, readable name of a zone: `Berlin` for `Europe/Berlin`. */
export function zoneName(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

export interface ChatTimeText {
  /** In the viewer's zone: `Tue, 4 Mar 2030, 09:30–10:00`. */
  viewer: string;
  /** In the event's zone, when it differs from the viewer's: `08:30–09:00 Berlin time`; otherwise null. */
  event: string | null;
  viewerZone: string;
}

/** How a chat's time reads for this viewer: their own clock first, the event's beside it when different. */
export function chatTimeText(
  startsAt: string,
  endsAt: string,
  eventZone: string,
  viewerZone = viewerTimeZone(),
): ChatTimeText {
  const viewer = `${formatDay(startsAt, viewerZone)}, ${formatTime(startsAt, viewerZone)}–${formatTime(endsAt, viewerZone)}`;
  const differs =
    formatTime(startsAt, viewerZone) !== formatTime(startsAt, eventZone) ||
    formatDay(startsAt, viewerZone) !== formatDay(startsAt, eventZone);
  return {
    viewer,
    event: differs
      ? t('time.eventTime', {
          time: `${formatDay(startsAt, eventZone)}, ${formatTime(startsAt, eventZone)}–${formatTime(endsAt, eventZone)}`,
          zone: zoneName(eventZone),
        })
      : null,
    viewerZone,
  };
}

/** A chat's state and times as the booking rules read them: instants rather than the API's ISO strings. */
export function chatTimes(chat: Pick<Chat, 'state' | 'startsAt' | 'endsAt'>): ChatTimes {
  return {
    state: chat.state,
    startsAt: chat.startsAt ? new Date(chat.startsAt) : null,
    endsAt: chat.endsAt ? new Date(chat.endsAt) : null,
  };
}
