import type { QueryClient } from '@tanstack/react-query';
import type { LiveFeature } from './live';
import { notificationKeys } from './notifications';

/** A new or read notification in any tab of the person, or messages possibly missed: the bell refetches. */
export function notificationsLive(queryClient: QueryClient): LiveFeature {
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  return { handlers: { 'notifications.changed': refresh }, reconnected: refresh };
}
