import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventHealthApi } from '../../shared/api/event-health.contract';
import type { HealthReminderInput } from '../../shared/schemas/event-health.schemas';
import { call } from './client';

const healthKeys = {
  all: (eventId: string) => ['events', eventId, 'health'] as const,
  within: (eventId: string, withinDays: number) => ['events', eventId, 'health', withinDays] as const,
};

export function useEventHealth(eventId: string, withinDays: number) {
  return useQuery({
    queryKey: healthKeys.within(eventId, withinDays),
    queryFn: () => call(eventHealthApi.health, { params: { id: eventId }, query: { withinDays } }),
  });
}

export function useSendHealthReminder(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HealthReminderInput) => call(eventHealthApi.remind, { params: { id: eventId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: healthKeys.all(eventId) }),
  });
}
