import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { boothsApi } from '../../shared/api/booths.contract';
import type { BoothQueueResponse, BoothsResponse } from '../../shared/schemas/booths.schemas';
import { call } from './client';

/** Keys under `['events', eventId]`; a `booths.changed` message refreshes every one of them (see api/events.live.ts). */
export const boothKeys = {
  all: (eventId: string) => ['events', eventId, 'booths'] as const,
  forTalent: (eventId: string) => [...boothKeys.all(eventId), 'talent'] as const,
  queue: (eventId: string) => [...boothKeys.all(eventId), 'queue'] as const,
};

// Time alone opens and closes the queues and moves the recruiter's gap: look again every minute.
const EVERY_MINUTE = 60_000;

export function useBooths(eventId: string) {
  return useQuery({
    queryKey: boothKeys.forTalent(eventId),
    queryFn: () => call(boothsApi.list, { params: { id: eventId } }),
    refetchInterval: EVERY_MINUTE,
  });
}

export function useJoinOrLeaveQueue(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, join }: { companyId: string; join: boolean }) =>
      call(join ? boothsApi.join : boothsApi.leave, { params: { id: eventId, companyId } }),
    onSuccess: (booths: BoothsResponse) => queryClient.setQueryData(boothKeys.forTalent(eventId), booths),
  });
}

export function useBoothQueue(eventId: string) {
  return useQuery({
    queryKey: boothKeys.queue(eventId),
    queryFn: () => call(boothsApi.queue, { params: { id: eventId } }),
    refetchInterval: EVERY_MINUTE,
  });
}

export function useCallNext(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(boothsApi.callNext, { params: { id: eventId } }),
    onSuccess: (queue: BoothQueueResponse) => queryClient.setQueryData(boothKeys.queue(eventId), queue),
  });
}

/** `Start chat` or `Not here` for a called talent; either way the queue and the event's chats refetch. */
export function useAnswerCall(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entryId, answer }: { entryId: string; answer: 'start_chat' | 'not_here' }) => {
      const params = { id: eventId, entryId };
      await (answer === 'start_chat'
        ? call(boothsApi.startChat, { params })
        : call(boothsApi.notHere, { params }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
}
