import { FORMAT_LOCALES, type Locale } from '../i18n/locales.js';
import { utcToZoned } from '../time/zoned.js';

/**
 * How talents get a 1-1 chat at an event: a request the recruiter approves before the talent picks a time, or a
 * direct booking of a free slot in one step.
 */
export const bookingModes = ['approval', 'direct'] as const;
export type BookingModeName = (typeof bookingModes)[number];

interface EventBookingMode {
  bookingMode: BookingModeName;
  recruitersMayRequireApproval: boolean;
}

/** Whether a recruiter's own choice to require approval changes anything at the event: it books directly and lets them. */
export function recruitersChooseApproval(event: EventBookingMode): boolean {
  return event.bookingMode === 'direct' && event.recruitersMayRequireApproval;
}

/**
 * How talents get a chat with one recruiter: the event's mode, unless it books directly and lets recruiters ask for
 * approval of their own chats, and this one does.
 */
export function recruiterBookingMode(
  event: EventBookingMode,
  recruiter: { requiresApproval: boolean },
): BookingModeName {
  if (recruitersChooseApproval(event) && recruiter.requiresApproval) return 'approval';
  return event.bookingMode;
}

/** The event's booking window: both ends optional; a missing end leaves that side unlimited. */
export interface BookingWindow {
  bookingsOpenAt: Date | null;
  bookingsCloseAt: Date | null;
}

export type BookingWindowPhase =
  | { phase: 'open' }
  | { phase: 'not_yet_open'; opensAt: Date }
  | { phase: 'closed'; closedAt: Date };

/**
 * Where the window stands at `now`. It is half-open like every range here: bookings open exactly at the opening
 * instant and are closed from the closing instant on.
 */
export function bookingWindowAt(window: BookingWindow, now: Date): BookingWindowPhase {
  const { bookingsOpenAt: opensAt, bookingsCloseAt: closesAt } = window;
  if (opensAt && now < opensAt) return { phase: 'not_yet_open', opensAt };
  if (closesAt && now >= closesAt) return { phase: 'closed', closedAt: closesAt };
  return { phase: 'open' };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `Thursday 5 March` (`Donnerstag, 5. März`): the day of an instant on the event's calendar. */
export function formatEventDay(instant: Date, timeZone: string, locale: Locale = 'en'): string {
  const key = `${locale} ${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    dayFormats.set(key, format);
  }
  const day = format.format(instant);
  return locale === 'en' ? day.replace(',', '') : day;
}

const instantWordings: Record<Locale, (day: string, clock: string, timeZone: string) => string> = {
  en: (day, clock, timeZone) => `${day} at ${clock} (${timeZone})`,
  de: (day, clock, timeZone) => `${day} um ${clock} (${timeZone})`,
};

/** `Thursday 5 March at 09:00 (Europe/Berlin)`: an instant on the event's wall clock. */
export function formatWindowInstant(instant: Date, timeZone: string, locale: Locale = 'en'): string {
  const day = formatEventDay(instant, timeZone, locale);
  const { minute } = utcToZoned(instant, timeZone);
  const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return instantWordings[locale](day, clock, timeZone);
}

const windowSentences: Record<
  Locale,
  { notYetOpen: (when: string) => string; closed: (when: string) => string }
> = {
  en: {
    notYetOpen: (when) => `Bookings open on ${when}.`,
    closed: (when) => `Bookings closed on ${when}.`,
  },
  de: {
    notYetOpen: (when) => `Buchungen öffnen am ${when}.`,
    closed: (when) => `Buchungen sind seit ${when} geschlossen.`,
  },
};

/** The sentence a talent reads when the window keeps them from booking, or null while it is open. */
export function bookingWindowSentence(
  phase: BookingWindowPhase,
  timeZone: string,
  locale: Locale = 'en',
): string | null {
  switch (phase.phase) {
    case 'open':
      return null;
    case 'not_yet_open':
      return windowSentences[locale].notYetOpen(formatWindowInstant(phase.opensAt, timeZone, locale));
    case 'closed':
      return windowSentences[locale].closed(formatWindowInstant(phase.closedAt, timeZone, locale));
  }
}

const MINUTE_MS = 60_000;

/**
 * `Bookings open in 1 h 05 min` while the opening is ahead: whole minutes, rounded up, so it never reads `0 min`
 * before the moment; the last minute counts seconds.
 */
export function countdownSentence(opensAt: Date, now: Date): string {
  const left = opensAt.getTime() - now.getTime();
  if (left < MINUTE_MS) return `Bookings open in ${Math.max(1, Math.ceil(left / 1000))} s`;
  const minutes = Math.ceil(left / MINUTE_MS);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  if (days > 0) return `Bookings open in ${days} d ${hours} h ${rest} min`;
  if (hours > 0) return `Bookings open in ${hours} h ${rest} min`;
  return `Bookings open in ${minutes % 60} min`;
}
