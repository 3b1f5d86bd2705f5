import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { eventsLive } from '../api/events.live';
import { homeLive } from '../api/home.live';
import { type LiveFeature, liveConnection } from '../api/live';
import { notificationsLive } from '../api/notifications.live';
import { registrationsLive } from '../api/registrations.live';
import { roomsLive } from '../api/rooms.live';
import { supportLive } from '../api/support.live';
import { useSession } from './session';

/** The session's own messages; a refused message is the page's HTTP requests to explain, so it is only logged. */
function sessionLive(queryClient: QueryClient): LiveFeature {
  return {
    handlers: {
      'session.ended': () => void queryClient.invalidateQueries({ queryKey: ['session'] }),
      error: (message) => console.warn(`Live updates: ${message.message}`),
    },
  };
}

/** Every feature's part in the tab's live connection: the transport itself knows none of them. */
const liveFeatures = [
  sessionLive,
  eventsLive,
  homeLive,
  registrationsLive,
  supportLive,
  roomsLive,
  notificationsLive,
];

/**
 * Keeps the tab's live connection open while someone is logged in, with each feature's handlers registered (they
 * turn messages into cache invalidations). Render it once inside `SessionProvider`; it renders nothing.
 */
export function LiveUpdates() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.id;
  useEffect(() => {
    if (!userId) return;
    const unregister = liveFeatures.map((feature) => liveConnection.register(feature(queryClient)));
    liveConnection.start({
      onUnauthenticated: () => void queryClient.invalidateQueries({ queryKey: ['session'] }),
    });
    return () => {
      liveConnection.stop();
      for (const release of unregister) release();
    };
  }, [userId, queryClient]);
  return null;
}
