import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedLinks } from '../../shared/schemas/schedule.schemas';
import { api } from './client';

/** The viewer's own feed address: not about one event, so outside the `['events', …]` keys. */
const calendarFeedKey = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => api.get<CalendarFeedLinks>('/api/me/calendar-feed'),
  });
}

export function useResetCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedLinks>('/api/me/calendar-feed/reset'),
    onSuccess: (links) => queryClient.setQueryData(calendarFeedKey, links),
  });
}
