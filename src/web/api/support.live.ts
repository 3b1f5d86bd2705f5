import type { QueryClient } from '@tanstack/react-query';
import type { LiveFeature } from './live';
import { supportKeys } from './support';

/** A conversation changed, or messages may have been missed: every support query refetches (those on screen). */
export function supportLive(queryClient: QueryClient): LiveFeature {
  const refresh = () => void queryClient.invalidateQueries({ queryKey: supportKeys.all });
  return { handlers: { 'support.changed': refresh }, reconnected: refresh };
}
