import type {
  SupportConversation,
  SupportConversationSummary,
  SupportMessage,
} from '../../../shared/schemas/support.schemas.js';
import type { ConversationView, MessageView } from './support.repository.js';

export function presentMessage(message: MessageView): SupportMessage {
  return {
    id: message.id,
    fromSupport: message.fromSupport,
    author: message.author,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

export function presentSummary(
  view: ConversationView,
  lastMessage: MessageView | undefined,
): SupportConversationSummary {
  const { conversation, chat } = view;
  return {
    id: conversation.id,
    status: conversation.status,
    asker: {
      id: view.asker.id,
      name: view.asker.name,
      // Only talents and recruiters can open a conversation (support.policy.ts).
      role: view.asker.role === 'recruiter' ? 'recruiter' : 'talent',
      company: view.askerCompany,
    },
    event: view.event?.id ? view.event : null,
    chat:
      chat?.id && view.chatTalent?.id && view.chatRecruiter?.id
        ? {
            id: chat.id,
            talent: view.chatTalent,
            recruiter: view.chatRecruiter,
            company: view.chatCompany ?? '',
            startsAt: chat.startsAt?.toISOString() ?? null,
            endsAt: chat.endsAt?.toISOString() ?? null,
          }
        : null,
    waitingSince: conversation.waitingSince?.toISOString() ?? null,
    lastMessage: lastMessage
      ? {
          body: lastMessage.body,
          fromSupport: lastMessage.fromSupport,
          createdAt: lastMessage.createdAt.toISOString(),
        }
      : null,
    createdAt: conversation.createdAt.toISOString(),
    closedAt: conversation.closedAt?.toISOString() ?? null,
    closedBy: view.closedBy?.id ? view.closedBy : null,
  };
}

/** A conversation with its newest page of messages; `nextBefore` fetches the earlier ones. */
export function presentConversation(
  view: ConversationView,
  newest: { messages: MessageView[]; nextBefore: string | null },
): SupportConversation {
  return {
    ...presentSummary(view, newest.messages.at(-1)),
    messages: newest.messages.map(presentMessage),
    nextBefore: newest.nextBefore,
  };
}
