import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateForMessage, liveConnection } from '../api/live';
import { useSession } from './session';

/**
 * Keeps the tab's live connection open while someone is logged in, and turns its messages into cache
 * invalidations (see the query-key convention in `api/live.ts`). Render it once inside `SessionProvider`; it
 * renders nothing.
 */
export function LiveUpdates() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.id;
  useEffect(() => {
    if (!userId) return;
    liveConnection.start({
      onMessage: (message) => invalidateForMessage(queryClient, message),
      onReconnected: () => {
        void queryClient.invalidateQueries({ queryKey: ['events'] });
        void queryClient.invalidateQueries({ queryKey: ['support'] });
      },
      onUnauthenticated: () => void queryClient.invalidateQueries({ queryKey: ['session'] }),
    });
    return () => liveConnection.stop();
  }, [userId, queryClient]);
  return null;
}

/** Receives the updates of an event (its slots, the recruiter's team) while the calling page is mounted. */
export function useWatchEvent(eventId: string | undefined): void {
  useEffect(() => (eventId ? liveConnection.watch(eventId) : undefined), [eventId]);
}
