import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventsApi } from '../../shared/api/events.contract';
import type { BodyOf } from '../../shared/api/route';
import type { Event } from '../../shared/schemas/events.schemas';
import { call } from './client';

const eventKeys = {
  all: ['events'] as const,
  one: (id: string) => ['events', id] as const,
};

export function useEvents() {
  return useQuery({
    queryKey: eventKeys.all,
    queryFn: () => call(eventsApi.list).then((r) => r.events),
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.one(id), queryFn: () => call(eventsApi.get, { params: { id } }) });
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
    mutationFn: (input: BodyOf<typeof eventsApi.create>) => call(eventsApi.create, { body: input }),
    onSuccess: changed,
  });
}

export function useUpdateEvent(id: string) {
  const changed = useEventChanged();
  return useMutation({
    mutationFn: (input: BodyOf<typeof eventsApi.update>) =>
      call(eventsApi.update, { params: { id }, body: input }),
    onSuccess: changed,
  });
}

/** Publishing makes the event visible to its registered recruiters and talents; unpublishing hides it again. */
export function usePublication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (publish: boolean) =>
      call(publish ? eventsApi.publish : eventsApi.unpublish, { params: { id } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.one(id), exact: true }),
        queryClient.invalidateQueries({ queryKey: eventKeys.all, exact: true }),
      ]),
  });
}
