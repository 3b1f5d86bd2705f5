import { useQuery } from '@tanstack/react-query';
import { homeApi } from '../../shared/api/home.contract';
import { call } from './client';

/** About every event at once, so outside the `['events', eventId]` keys; `home.live.ts` refreshes it. */
export const homeKey = ['home'] as const;

export function useHome() {
  return useQuery({ queryKey: homeKey, queryFn: () => call(homeApi.get) });
}
