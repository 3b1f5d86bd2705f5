import { useEffect, useRef, useState } from 'react';
import type { Notification } from '../../shared/schemas/notifications.schemas';

const STORAGE_KEY = 'parley.desktopAlerts';
/** An alert for a reminder older than this would be late news: the room is already open. */
const FRESH_MS = 5 * 60_000;

/**
 * Which notifications of a new list deserve a desktop alert, and the ids seen once this list is taken in. `seen`
 * null: the first list since the page opened, which only marks what is there as seen (old news never alerts).
 * Otherwise each notification not seen yet alerts when alerts are on, it is a "starts in 10 minutes" reminder, it
 * is unread and it is fresh (created less than five minutes before `now`); every notification alerts at most once.
 */
export function desktopAlertsFor(
  notifications: readonly Notification[],
  seen: ReadonlySet<string> | null,
  enabled: boolean,
  now: number,
): { seen: Set<string>; alerts: Notification[] } {
  if (seen === null) return { seen: new Set(notifications.map((n) => n.id)), alerts: [] };
  const next = new Set(seen);
  const alerts: Notification[] = [];
  for (const notification of notifications) {
    if (next.has(notification.id)) continue;
    next.add(notification.id);
    const fresh = now - new Date(notification.createdAt).getTime() < FRESH_MS;
    if (enabled && fresh && notification.kind === 'reminder_ten_minutes' && !notification.readAt)
      alerts.push(notification);
  }
  return { seen: next, alerts };
}

/** A short two-tone chime; browsers may refuse sound before the page had a click, which is fine. */
function chime() {
  try {
    const audio = new AudioContext();
    for (const [i, frequency] of [880, 660].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, audio.currentTime + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.18 + 0.16);
      tone.connect(gain).connect(audio.destination);
      tone.start(audio.currentTime + i * 0.18);
      tone.stop(audio.currentTime + i * 0.18 + 0.17);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio in this browser: the desktop alert alone does.
  }
}

/**
 * Optional desktop alerts with a chime for "your chat starts in 10 minutes", asked for by the person (the browser
 * asks its permission) and shown only while it is granted. Each reminder alerts once, in the tab that sees it first
 * arrive; notifications already there when the page opened never alert.
 */
export function useDesktopAlerts(
  /** Undefined until the first list has loaded. */
  notifications: Notification[] | undefined,
  textOf: (n: Notification) => string,
) {
  const supported = typeof window !== 'undefined' && 'Notification' in window;
  const [permission, setPermission] = useState(supported ? window.Notification.permission : 'denied');
  const [wanted, setWanted] = useState(() => supported && localStorage.getItem(STORAGE_KEY) === 'on');
  const seen = useRef<Set<string> | null>(null);
  const enabled = wanted && permission === 'granted';

  useEffect(() => {
    if (!notifications) return;
    const { seen: now, alerts } = desktopAlertsFor(notifications, seen.current, enabled, Date.now());
    seen.current = now;
    for (const notification of alerts) {
      new window.Notification('Parley', { body: textOf(notification), tag: notification.id });
      chime();
    }
  }, [notifications, enabled, textOf]);

  const setEnabled = async (on: boolean) => {
    if (!supported) return;
    const granted = on ? await window.Notification.requestPermission() : permission;
    setPermission(granted);
    const keep = on && granted === 'granted';
    localStorage.setItem(STORAGE_KEY, keep ? 'on' : 'off');
    setWanted(keep);
  };

  return { supported, enabled, denied: permission === 'denied', setEnabled };
}
