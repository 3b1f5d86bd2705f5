import { createContext, useContext, useEffect, useState } from 'react';
import { type BookingWindowPhase, bookingWindowAt } from '../../../../shared/booking/booking-window';
import type { Event } from '../../../../shared/schemas/events.schemas';
import { t } from '../../../i18n/i18n';

/** setTimeout fires at once for delays above 2^31 − 1 ms, so long waits are taken in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const TICK_MS = 1000;

export interface BookingWindowState {
  phase: BookingWindowPhase;
  now: Date;
}

/**
 * Where the event's booking window stands on this screen's clock (`bookingWindowAt`, the server's rule). It ticks
 * every second while the opening is ahead, so a countdown runs and the buttons come alive at the opening moment
 * without a reload, and wakes once more when bookings close.
 */
export function useBookingWindow(
  event: Pick<Event, 'bookingsOpenAt' | 'bookingsCloseAt'>,
): BookingWindowState {
  const [now, setNow] = useState(() => Date.now());
  const opensAt = event.bookingsOpenAt ? Date.parse(event.bookingsOpenAt) : null;
  const closesAt = event.bookingsCloseAt ? Date.parse(event.bookingsCloseAt) : null;
  const window = {
    bookingsOpenAt: opensAt === null ? null : new Date(opensAt),
    bookingsCloseAt: closesAt === null ? null : new Date(closesAt),
  };
  const phase = bookingWindowAt(window, new Date(now));
  useEffect(() => {
    const wakeIn =
      phase.phase === 'not_yet_open'
        ? Math.min(TICK_MS, phase.opensAt.getTime() - now)
        : phase.phase === 'open' && closesAt !== null
          ? closesAt - now
          : null;
    if (wakeIn === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(Math.max(wakeIn, 0), LONGEST_TIMER_MS));
    return () => clearTimeout(timer);
  }, [now, phase, closesAt]);
  return { phase, now: new Date(now) };
}

const BookingWindowContext = createContext<BookingWindowState | null>(null);

/** The `1-1 Chats` tab tracks the window once and hands it to every button below it. */
export const BookingWindowProvider = BookingWindowContext.Provider;

/** The window as the `1-1 Chats` tab tracks it; open anywhere else (the server decides there). */
export function useTabBookingWindow(): BookingWindowState {
  return useContext(BookingWindowContext) ?? { phase: { phase: 'open' }, now: new Date() };
}

const MINUTE_MS = 60_000;

/**
 * `Bookings open in 1 h 05 min` while the opening is ahead, in the language in use: whole minutes, rounded up, so
 * it never reads `0 min` before the moment; the last minute counts seconds.
 */
export function countdownText(opensAt: Date, now: Date): string {
  const left = opensAt.getTime() - now.getTime();
  if (left < MINUTE_MS)
    return t('event.bookingRules.countdownSeconds', { seconds: Math.max(1, Math.ceil(left / 1000)) });
  const total = Math.ceil(left / MINUTE_MS);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = String(total % 60).padStart(2, '0');
  if (days > 0) return t('event.bookingRules.countdownDays', { days, hours, minutes });
  if (hours > 0) return t('event.bookingRules.countdownHours', { hours, minutes });
  return t('event.bookingRules.countdownMinutes', { minutes: total % 60 });
}
