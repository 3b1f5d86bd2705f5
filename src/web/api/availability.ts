import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BookableRecruitersResponse,
  DayAvailabilityInput,
  RecruiterAvailability,
  RecruiterDetailsInput,
  TeamOverviewResponse,
} from '../../shared/schemas/availability.schemas';
import { api, query } from './client';

/** Keys under `['events', eventId]`, so live updates refresh them (see api/events.live.ts). */
export const availabilityKeys = {
  team: (eventId: string) => ['events', eventId, 'team'] as const,
  recruiter: (eventId: string, recruiterId: string) =>
    ['events', eventId, 'availability', recruiterId] as const,
  bookable: (eventId: string, filters: object) =>
    ['events', eventId, 'bookable-recruiters', filters] as const,
};

export function useTeamOverview(eventId: string) {
  return useQuery({
    queryKey: availabilityKeys.team(eventId),
    queryFn: () => api.get<TeamOverviewResponse>(`/api/events/${eventId}/team`),
  });
}

export function useRecruiterAvailability(eventId: string, recruiterId: string | undefined) {
  return useQuery({
    queryKey: availabilityKeys.recruiter(eventId, recruiterId ?? ''),
    queryFn: () =>
      api.get<RecruiterAvailability>(`/api/events/${eventId}/recruiters/${recruiterId}/availability`),
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
    mutationFn: ({ dayId, ...body }: DayAvailabilityInput & { dayId: string }) =>
      api.put<RecruiterAvailability>(
        `/api/events/${eventId}/recruiters/${recruiterId}/availability/days/${dayId}`,
        body,
      ),
    onSuccess: changed,
  });
}

export function useSetRecruiterDetails(eventId: string, recruiterId: string) {
  const changed = useAvailabilityChanged(eventId, recruiterId);
  return useMutation({
    mutationFn: (body: RecruiterDetailsInput) =>
      api.put<RecruiterAvailability>(`/api/events/${eventId}/recruiters/${recruiterId}/details`, body),
    onSuccess: changed,
  });
}

export function useConfirmAvailability(eventId: string, recruiterId: string) {
  const changed = useAvailabilityChanged(eventId, recruiterId);
  return useMutation({
    mutationFn: () =>
      api.post<RecruiterAvailability>(`/api/events/${eventId}/recruiters/${recruiterId}/confirm`),
    onSuccess: changed,
  });
}

export interface BookableFilters {
  language?: string;
  topic?: string;
  dayId?: string;
  mode?: 'virtual' | 'in_person';
  q?: string;
  page?: number;
}

export function useBookableRecruiters(eventId: string, filters: BookableFilters) {
  return useQuery({
    queryKey: availabilityKeys.bookable(eventId, filters),
    queryFn: () =>
      api.get<BookableRecruitersResponse>(`/api/events/${eventId}/recruiters${query({ ...filters })}`),
    placeholderData: (previous) => previous,
  });
}
