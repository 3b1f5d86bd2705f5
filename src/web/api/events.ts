import { useQuery } from '@tanstack/react-query';
import type { Event, EventSummary } from '../../shared/schemas/events.schemas';
import { api } from './client';

export const eventKeys = {
  all: ['events'] as const,
  one: (id: string) => ['events', id] as const,
};

export function useEvents() {
  return useQuery({
    queryKey: eventKeys.all,
    queryFn: () => api.get<{ events: EventSummary[] }>('/api/events').then((r) => r.events),
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.one(id), queryFn: () => api.get<Event>(`/api/events/${id}`) });
}
