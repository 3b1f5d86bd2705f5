import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Event, EventInput, EventSummary } from '../../shared/schemas/events.schemas';
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

/** After any change to an event: its page and the events list show it; its registrations stay cached. */
function useEventChanged() {
  const queryClient = useQueryClient();
  return (event: Event) => {
    queryClient.setQueryData(eventKeys.one(event.id), event);
    return queryClient.invalidateQueries({ queryKey: eventKeys.all, exact: true });
  };
}

export function useCreateEvent() {
  const changed = useEventChanged();
  return useMutation({
    mutationFn: (input: EventInput) => api.post<Event>('/api/events', input),
    onSuccess: changed,
  });
}

export function useUpdateEvent(id: string) {
  const changed = useEventChanged();
  return useMutation({
    mutationFn: (input: EventInput) => api.put<Event>(`/api/events/${id}`, input),
    onSuccess: changed,
  });
}

/** Publishing makes the event visible to its registered recruiters and talents; unpublishing hides it again. */
export function usePublication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (publish: boolean) =>
      api.post<unknown>(`/api/events/${id}/${publish ? 'publish' : 'unpublish'}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.one(id), exact: true }),
        queryClient.invalidateQueries({ queryKey: eventKeys.all, exact: true }),
      ]),
  });
}
