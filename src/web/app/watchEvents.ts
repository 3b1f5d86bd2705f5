import { useEffect } from 'react';

/**
 * Receives the updates of events (their slots, the recruiter's team) while the calling page is mounted. The live
 * connection is loaded on its own (`LiveUpdates`), after the first page shows: a page that watches asks for it
 * without waiting, so it stays out of the JavaScript that page needs first.
 */
export function useWatchEvents(eventIds: string[]): void {
  const key = eventIds.join(',');
  useEffect(() => {
    if (!key) return;
    let unwatch: (() => void)[] = [];
    let left = false;
    void import('../api/live').then(({ liveConnection }) => {
      if (!left) unwatch = key.split(',').map((eventId) => liveConnection.watch(eventId));
    });
    return () => {
      left = true;
      for (const release of unwatch) release();
    };
  }, [key]);
}

/** The same for one event. */
export function useWatchEvent(eventId: string | undefined): void {
  useWatchEvents(eventId ? [eventId] : []);
}
