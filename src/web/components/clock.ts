import { useEffect, useState } from 'react';

/** setTimeout fires at once for delays above 2^31 − 1 ms (about 24.8 days), so longer waits are taken in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Milliseconds until the first of `instants` still ahead of `now`, or null when all have passed. */
export function msUntilNext(instants: readonly number[], now: number): number | null {
  const ahead = instants.filter((instant) => instant > now);
  if (ahead.length === 0) return null;
  return Math.min(Math.min(...ahead) - now, LONGEST_TIMER_MS);
}

/**
 * The current time (ms), refreshed only when one of `instants` passes: what depends on those instants re-renders
 * at the right moment, without ticking every second.
 */
export function useClock(instants: readonly number[]): number {
  const [now, setNow] = useState(Date.now);
  // The instants as a value, so a new array with the same times keeps the timer.
  const key = instants.join(',');
  useEffect(() => {
    const wakeAt = key ? key.split(',').map(Number) : [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      const current = Date.now();
      setNow(current);
      const delay = msUntilNext(wakeAt, current);
      if (delay !== null) timer = setTimeout(wake, delay);
    };
    wake();
    return () => clearTimeout(timer);
  }, [key]);
  return now;
}
