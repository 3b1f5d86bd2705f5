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
