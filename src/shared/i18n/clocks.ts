/**
 * How a person reads the time of day: on a 24-hour clock (`14:30`), as at a European fair and Parley's default, or
 * on a 12-hour one (`2:30 pm`). Chosen on the account; the app and the person's emails follow it.
 */
export const CLOCKS = ['24h', '12h'] as const;
export type Clock = (typeof CLOCKS)[number];
export const DEFAULT_CLOCK: Clock = '24h';

export const isClock = (value: unknown): value is Clock => CLOCKS.includes(value as Clock);

/** A person's clock as their account stores it: the one they chose, else 24-hour. */
export const chosenClock = (stored: unknown): Clock => (isClock(stored) ? stored : DEFAULT_CLOCK);

/**
 * The `Intl` options of a time of day: `09:30` with two-digit hours, or `9:30 am`. The hour cycle is named, never
 * `hour12`: with `hour12: false` some engines print midnight as `24:00`, with `hour12: true` as `0:00 am`.
 */
export const TIME_OF_DAY: Record<Clock, Intl.DateTimeFormatOptions> = {
  '24h': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  '12h': { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
};
