import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { scheduleApi } from '../../shared/api/schedule.contract';
import { call } from './client';

/** The viewer's own feed address: not about one event, so outside the `['events', …]` keys. */
const calendarFeedKey = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => call(scheduleApi.calendarFeed),
  });
}

export function useResetCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(scheduleApi.resetCalendarFeed),
    onSuccess: (links) => queryClient.setQueryData(calendarFeedKey, links),
  });
}
