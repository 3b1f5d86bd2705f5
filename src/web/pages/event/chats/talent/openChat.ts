import { tabOf } from '../../../../../shared/booking/chat-phase';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import type { ChatTab } from '../../../../../shared/schemas/chats.schemas';
import { useChat } from '../../../../api/chats';

export interface OpenChatStatus {
  /** The chat's state, or `completed` once a confirmed chat has ended (it stays "open" until it is closed). */
  status: string;
  tab: ChatTab;
}

/** Where the viewer's open chat with a recruiter stands; a confirmed one is looked up, as it may have ended. */
export function useOpenChatStatus(
  eventId: string,
  openChat: BookableRecruiter['openChat'],
): OpenChatStatus | null {
  const chat = useChat(eventId, openChat?.id ?? '', { enabled: openChat?.state === 'confirmed' });
  if (!openChat) return null;
  const tab = openChat.state === 'confirmed' ? chat.data?.tab : undefined;
  if (tab === 'completed') return { status: 'completed', tab };
  // Until then, its tab by state alone: an open chat always has one.
  return { status: openChat.state, tab: tab ?? tabOf({ state: openChat.state, endsAt: null }, new Date()) };
}
