import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Chat,
  ChatRequestInput,
  ChatStatus,
  DeclineInput,
  FreeSlotsResponse,
  InvitationInput,
} from '../../shared/schemas/chats.schemas';
import { api, query } from './client';

/** Keys under `['events', eventId]`, so live updates refresh them (see api/events.live.ts). */
export const chatKeys = {
  list: (eventId: string, recruiterId: string, status?: ChatStatus) =>
    ['events', eventId, 'chats', recruiterId, status ?? 'all'] as const,
  one: (eventId: string, chatId: string) => ['events', eventId, 'chat', chatId] as const,
  slots: (eventId: string, chatId: string) => ['events', eventId, 'chat-slots', chatId] as const,
};

/**
 * Recruiters: `mine`, `team`, or a colleague's id. Talents: their own chats whatever is passed. With a status, only
 * the chats of that status.
 */
export function useChats(
  eventId: string,
  recruiterId: 'mine' | 'team' | string = 'mine',
  status?: ChatStatus,
) {
  return useQuery({
    queryKey: chatKeys.list(eventId, recruiterId, status),
    queryFn: () =>
      api
        .get<{ chats: Chat[] }>(`/api/events/${eventId}/chats${query({ recruiterId, status })}`)
        .then((r) => r.chats),
  });
}

/** One chat of the viewer's (a talent's own, or any of the recruiter's company). */
export function useChat(eventId: string, chatId: string) {
  return useQuery({
    queryKey: chatKeys.one(eventId, chatId),
    queryFn: () => api.get<Chat>(`/api/chats/${chatId}`),
  });
}

export function useFreeSlots(eventId: string, chatId: string | undefined) {
  return useQuery({
    queryKey: chatKeys.slots(eventId, chatId ?? ''),
    queryFn: () => api.get<FreeSlotsResponse>(`/api/chats/${chatId}/slots`),
    enabled: Boolean(chatId),
  });
}

/** Any change to a chat touches lists, counters and slot grids of the event: refresh them all. */
function useChatChanged(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['events', eventId] });
}

export function useRequestChat(eventId: string) {
  const changed = useChatChanged(eventId);
  return useMutation({
    mutationFn: (body: ChatRequestInput) => api.post<Chat>(`/api/events/${eventId}/chats`, body),
    onSuccess: changed,
  });
}

export function useChatAction(eventId: string) {
  const changed = useChatChanged(eventId);
  return {
    approve: useMutation({
      mutationFn: (chatId: string) => api.post<Chat>(`/api/chats/${chatId}/approve`),
      onSuccess: changed,
    }),
    decline: useMutation({
      mutationFn: ({ chatId, ...body }: DeclineInput & { chatId: string }) =>
        api.post<Chat>(`/api/chats/${chatId}/decline`, body),
      onSuccess: changed,
    }),
    withdraw: useMutation({
      mutationFn: (chatId: string) => api.post<Chat>(`/api/chats/${chatId}/withdraw`),
      onSuccess: changed,
    }),
    // A lost race (409) refreshes the slots too, so the picker shows what is really left.
    confirm: useMutation({
      mutationFn: ({ chatId, startsAt }: { chatId: string; startsAt: string }) =>
        api.post<Chat>(`/api/chats/${chatId}/confirm`, { startsAt }),
      onSettled: changed,
    }),
  };
}

/** The event is chosen in the invitation dialog, so it comes with each call rather than with the hook. */
export function useInviteTalent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, ...body }: InvitationInput & { eventId: string }) =>
      api.post<Chat>(`/api/events/${eventId}/invitations`, body),
    onSuccess: (chat) => queryClient.invalidateQueries({ queryKey: ['events', chat.eventId] }),
  });
}

/** Changes to a chat that may hold a slot: cancel (either side), reschedule (either side), move (recruiter side). */
export function useChatChanges(eventId: string) {
  const changed = useChatChanged(eventId);
  return {
    cancel: useMutation({
      mutationFn: ({ chatId, message }: { chatId: string; message?: string }) =>
        api.post<Chat>(`/api/chats/${chatId}/cancel`, { message }),
      onSuccess: changed,
    }),
    reschedule: useMutation({
      mutationFn: ({ chatId, message }: { chatId: string; message?: string }) =>
        api.post<Chat>(`/api/chats/${chatId}/reschedule`, { message }),
      onSuccess: changed,
    }),
    // As with a booking, a lost race refreshes the slots so the list shows what is really left.
    move: useMutation({
      mutationFn: ({ chatId, startsAt }: { chatId: string; startsAt: string }) =>
        api.post<Chat>(`/api/chats/${chatId}/move`, { startsAt }),
      onSettled: changed,
    }),
  };
}
