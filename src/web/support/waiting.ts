import { useEffect, useState } from 'react';
import { t } from '../i18n/i18n';

/**
 * How long someone has waited, for an agent scanning the list: seconds while it is short, then minutes, then hours
 * and minutes. A browser clock a little behind the server's reads as no wait rather than a negative one.
 */
export function waitedText(sinceIso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 1000));
  if (seconds < 60) return t('support.waited.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('support.waited.minutes', { minutes });
  return t('support.waited.hoursMinutes', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
}

/** The current time, renewed every `intervalMs` while the calling component is mounted. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
