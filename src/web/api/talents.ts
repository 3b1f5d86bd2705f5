import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '../../shared/api/route';
import { talentsApi } from '../../shared/api/talents.contract';
import type { TalentSearchQuery } from '../../shared/schemas/talents.schemas';
import { call } from './client';

export type TalentSearch = Partial<Pick<TalentSearchQuery, 'q' | 'language' | 'level' | 'topic' | 'page'>>;

export const talentKeys = {
  me: ['me', 'profile'] as const,
  event: (eventId: string) => ['events', eventId, 'talent-profiles'] as const,
  search: (eventId: string, search: TalentSearch) => ['events', eventId, 'talent-profiles', search] as const,
  one: (eventId: string, talentId: string) =>
    ['events', eventId, 'talent-profiles', 'one', talentId] as const,
};

export function useMyProfile() {
  return useQuery({ queryKey: talentKeys.me, queryFn: () => call(talentsApi.myProfile) });
}

export function useSaveMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<typeof talentsApi.saveMyProfile>) =>
      call(talentsApi.saveMyProfile, { body: input }),
    onSuccess: (profile) => {
      queryClient.setQueryData(talentKeys.me, profile);
      // The name in the header comes from the session.
      return queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

export function useTalentSearch(eventId: string, search: TalentSearch) {
  return useQuery({
    queryKey: talentKeys.search(eventId, search),
    queryFn: () =>
      call(talentsApi.search, { params: { id: eventId }, query: { ...search, page: search.page ?? 1 } }),
    // Keeps the current results on screen while the next filter's results load, but never another event's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === eventId ? previous : undefined,
  });
}

export function useTalentProfile(eventId: string, talentId: string | undefined) {
  return useQuery({
    queryKey: talentKeys.one(eventId, talentId ?? ''),
    queryFn: () => call(talentsApi.profile, { params: { id: eventId, talentId: talentId ?? '' } }),
    enabled: Boolean(talentId),
  });
}
