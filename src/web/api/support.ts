import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MySupportConversationResponse,
  SupportConversation,
  SupportConversationListResponse,
  SupportMessage,
  SupportMessageInput,
  SupportStatus,
} from '../../shared/schemas/support.schemas';
import { api, query } from './client';
import { usePagedMessages } from './messages';

/**
 * Keys under `['support']`: a `support.changed` message and a reconnection refresh every one of them (see
 * api/support.live.ts), for the person asking and for the agents alike.
 */
export const supportKeys = {
  all: ['support'] as const,
  mine: ['support', 'mine'] as const,
  list: (status: SupportStatus, eventId: string | undefined) =>
    ['support', 'conversations', status, eventId ?? 'all'] as const,
  one: (conversationId: string) => ['support', 'conversation', conversationId] as const,
  messages: (conversationId: string) => ['support', 'conversation', conversationId, 'messages'] as const,
};

/** A conversation's messages, for its agents and for the person asking; earlier pages on demand. */
export function useSupportMessages(conversationId: string) {
  return usePagedMessages<SupportMessage>(
    supportKeys.messages(conversationId),
    `/api/support/conversations/${conversationId}/messages`,
  );
}

/** The person's own conversation (null before their first message); fetched while the drawer is open. */
export function useMySupportConversation(enabled: boolean) {
  return useQuery({
    queryKey: supportKeys.mine,
    queryFn: () =>
      api.get<MySupportConversationResponse>('/api/support/conversation').then((r) => r.conversation),
    enabled,
  });
}

export function useWriteToSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: SupportMessageInput) =>
      api.post<SupportConversation>('/api/support/messages', message),
    onSuccess: (conversation) => {
      queryClient.setQueryData(supportKeys.mine, conversation);
      return queryClient.invalidateQueries({ queryKey: supportKeys.messages(conversation.id) });
    },
  });
}

/** Agents: the conversations with one status, of one event or all. */
export function useSupportConversations(status: SupportStatus, eventId?: string) {
  return useQuery({
    queryKey: supportKeys.list(status, eventId),
    queryFn: () =>
      api
        .get<SupportConversationListResponse>(`/api/support/conversations${query({ status, eventId })}`)
        .then((r) => r.conversations),
  });
}

export function useSupportConversation(conversationId: string | undefined) {
  return useQuery({
    queryKey: supportKeys.one(conversationId ?? ''),
    queryFn: () => api.get<SupportConversation>(`/api/support/conversations/${conversationId}`),
    enabled: Boolean(conversationId),
  });
}

/** Agents' changes to a conversation; its lines in the lists (waiting time, status) change with it. */
export function useSupportAgentActions(conversationId: string) {
  const queryClient = useQueryClient();
  const changed = (conversation: SupportConversation) => {
    queryClient.setQueryData(supportKeys.one(conversation.id), conversation);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: supportKeys.messages(conversation.id) }),
      queryClient.invalidateQueries({ queryKey: ['support', 'conversations'] }),
    ]);
  };
  return {
    reply: useMutation({
      mutationFn: (body: string) =>
        api.post<SupportConversation>(`/api/support/conversations/${conversationId}/replies`, { body }),
      onSuccess: changed,
    }),
    close: useMutation({
      mutationFn: () => api.post<SupportConversation>(`/api/support/conversations/${conversationId}/close`),
      onSuccess: changed,
    }),
  };
}
