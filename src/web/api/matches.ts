import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { matchesApi } from '../../shared/api/matches.contract';
import type { QueryOf } from '../../shared/api/route';
import { call } from './client';

/** The filters of the list the best matches sit above: the recruiter list's, or Talent Profiles'. */
export type MatchFilters = QueryOf<typeof matchesApi.best>;

/** Under `['events', eventId]`, so live updates of the event refresh it with the lists it sits beside. */
export function useBestMatches(eventId: string, filters: MatchFilters) {
  return useQuery({
    queryKey: ['events', eventId, 'matches', filters] as const,
    queryFn: () => call(matchesApi.best, { params: { id: eventId }, query: filters }),
    placeholderData: keepPreviousData,
  });
}
