import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '../../shared/api/route';
import { supportApi } from '../../shared/api/support.contract';
import type { SupportConversation, SupportStatus } from '../../shared/schemas/support.schemas';
import { call } from './client';
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
  return usePagedMessages(supportKeys.messages(conversationId), (before) =>
    call(supportApi.messages, { params: { conversationId }, query: { before } }),
  );
}

/** The person's own conversation (null before their first message); fetched while the drawer is open. */
export function useMySupportConversation(enabled: boolean) {
  return useQuery({
    queryKey: supportKeys.mine,
    queryFn: () => call(supportApi.mine).then((r) => r.conversation),
    enabled,
  });
}

export function useWriteToSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: BodyOf<typeof supportApi.write>) => call(supportApi.write, { body: message }),
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
      call(supportApi.conversations, { query: { status, eventId } }).then((r) => r.conversations),
  });
}

export function useSupportConversation(conversationId: string | undefined) {
  return useQuery({
    queryKey: supportKeys.one(conversationId ?? ''),
    queryFn: () => call(supportApi.conversation, { params: { conversationId: conversationId ?? '' } }),
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
      mutationFn: (body: string) => call(supportApi.reply, { params: { conversationId }, body: { body } }),
      onSuccess: changed,
    }),
    close: useMutation({
      mutationFn: () => call(supportApi.close, { params: { conversationId } }),
      onSuccess: changed,
    }),
  };
}
