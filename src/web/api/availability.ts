import {
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { availabilityApi } from '../../shared/api/availability.contract';
import type { BodyOf } from '../../shared/api/route';
import type {
  BookableRecruiter,
  BookableRecruitersResponse,
  RecruiterAvailability,
} from '../../shared/schemas/availability.schemas';
import { call } from './client';

/** Keys under `['events', eventId]`, so live updates refresh them (see api/events.live.ts). */
export const availabilityKeys = {
  team: (eventId: string) => ['events', eventId, 'team'] as const,
  recruiter: (eventId: string, recruiterId: string) =>
    ['events', eventId, 'availability', recruiterId] as const,
  /** Every list and card of the talents' recruiter list at the event, whatever its filters. */
  bookableLists: (eventId: string) => ['events', eventId, 'bookable-recruiters'] as const,
  bookable: (eventId: string, filters: object) =>
    [...availabilityKeys.bookableLists(eventId), filters] as const,
};

export function useTeamOverview(eventId: string) {
  return useQuery({
    queryKey: availabilityKeys.team(eventId),
    queryFn: () => call(availabilityApi.team, { params: { id: eventId } }),
  });
}

export function useRecruiterAvailability(eventId: string, recruiterId: string | undefined) {
  return useQuery({
    queryKey: availabilityKeys.recruiter(eventId, recruiterId ?? ''),
    queryFn: () => call(availabilityApi.get, { params: { id: eventId, recruiterId: recruiterId ?? '' } }),
    enabled: Boolean(recruiterId),
  });
}

function useAvailabilityChanged(eventId: string, recruiterId: string) {
  const queryClient = useQueryClient();
  const key = availabilityKeys.recruiter(eventId, recruiterId);
  return async (result: RecruiterAvailability) => {
    // A refetch started before this save (by the live message of an earlier one) would land after it and put
    // older slots back on the screen.
    await queryClient.cancelQueries({ queryKey: key, exact: true });
    queryClient.setQueryData(key, result);
    return queryClient.invalidateQueries({ queryKey: availabilityKeys.team(eventId) });
  };
}

export function useSetDayAvailability(eventId: string, recruiterId: string) {
  const changed = useAvailabilityChanged(eventId, recruiterId);
  return useMutation({
    mutationFn: ({ dayId, ...body }: BodyOf<typeof availabilityApi.setDay> & { dayId: string }) =>
      call(availabilityApi.setDay, { params: { id: eventId, recruiterId, dayId }, body }),
    onSuccess: changed,
  });
}

export function useSetRecruiterDetails(eventId: string, recruiterId: string) {
  const changed = useAvailabilityChanged(eventId, recruiterId);
  return useMutation({
    mutationFn: (body: BodyOf<typeof availabilityApi.setDetails>) =>
      call(availabilityApi.setDetails, { params: { id: eventId, recruiterId }, body }),
    onSuccess: changed,
  });
}

export function useConfirmAvailability(eventId: string, recruiterId: string) {
  const changed = useAvailabilityChanged(eventId, recruiterId);
  return useMutation({
    mutationFn: () => call(availabilityApi.confirm, { params: { id: eventId, recruiterId } }),
    onSuccess: changed,
  });
}

export interface BookableFilters {
  language?: string;
  topic?: string;
  dayId?: string;
  mode?: 'virtual' | 'in_person';
  q?: string;
  /** Only the talent's favourites. */
  favourites?: 'true';
}

/** The recruiters a talent can ask, a page at a time: `fetchNextPage` follows the cursor of the last page. */
export function useBookableRecruiters(eventId: string, filters: BookableFilters) {
  return useInfiniteQuery({
    queryKey: availabilityKeys.bookable(eventId, filters),
    queryFn: ({ pageParam }) =>
      call(availabilityApi.bookable, { params: { id: eventId }, query: { ...filters, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One recruiter as talents see them, or none when they are not bookable. */
export function useBookableRecruiter(eventId: string, recruiterId: string | undefined) {
  return useQuery({
    queryKey: availabilityKeys.bookable(eventId, { recruiterId }),
    queryFn: async () => {
      const page = await call(availabilityApi.bookable, { params: { id: eventId }, query: { recruiterId } });
      return page.recruiters[0] ?? null;
    },
    enabled: Boolean(recruiterId),
  });
}

/** What a query under `bookable` holds: the list's pages, or one recruiter (`useBookableRecruiter`). */
type BookableData = InfiniteData<BookableRecruitersResponse> | BookableRecruiter | null | undefined;

function withFavourite(data: BookableData, recruiterId: string, favourite: boolean): BookableData {
  const mark = (r: BookableRecruiter) => (r.id === recruiterId ? { ...r, favourite } : r);
  if (!data) return data;
  if ('pages' in data) {
    return { ...data, pages: data.pages.map((page) => ({ ...page, recruiters: page.recruiters.map(mark) })) };
  }
  return mark(data);
}

/**
 * Marks or unmarks a favourite recruiter: every list on screen shows it at once and goes back if the server refuses;
 * then the lists refetch, so one filtered to favourites gains or loses the recruiter.
 */
export function useSetFavourite(eventId: string) {
  const queryClient = useQueryClient();
  const lists = { queryKey: availabilityKeys.bookableLists(eventId) };
  return useMutation({
    mutationFn: ({ recruiterId, favourite }: { recruiterId: string; favourite: boolean }) =>
      call(favourite ? availabilityApi.favourite : availabilityApi.unfavourite, {
        params: { id: eventId, recruiterId },
      }),
    onMutate: async ({ recruiterId, favourite }) => {
      // A refetch under way would land after the mark and take it off again.
      await queryClient.cancelQueries(lists);
      const before = queryClient.getQueriesData<BookableData>(lists);
      queryClient.setQueriesData<BookableData>(lists, (data) => withFavourite(data, recruiterId, favourite));
      return { before };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries(lists),
  });
}
