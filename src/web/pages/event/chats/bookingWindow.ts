import { createContext, useContext, useEffect, useState } from 'react';
import { type BookingWindowPhase, bookingWindowAt } from '../../../../shared/booking/booking-window';
import type { Event } from '../../../../shared/schemas/events.schemas';

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
