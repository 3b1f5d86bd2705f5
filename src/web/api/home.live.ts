import type { QueryClient } from '@tanstack/react-query';
import { homeKey } from './home';
import type { LiveFeature } from './live';

/** The home sums up every event: any change to a chat, a recruiter's availability or an event may alter it. */
export function homeLive(queryClient: QueryClient): LiveFeature {
  const refresh = () => void queryClient.invalidateQueries({ queryKey: homeKey });
  return {
    handlers: {
      'chats.changed': refresh,
      'availability.changed': refresh,
      'event.changed': refresh,
    },
    reconnected: refresh,
  };
}
