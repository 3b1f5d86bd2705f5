import { tabOf } from '../../../../../shared/booking/chat-phase';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import type { ChatTab } from '../../../../../shared/schemas/chats.schemas';
import { useChats } from '../../../../api/chats';

export interface OpenChatStatus {
  /** The chat's state, or `completed` once a confirmed chat has ended (it stays "open" until it is closed). */
  status: string;
  tab: ChatTab;
}

/** Where the viewer's open chat with a recruiter stands, read from their chat list when it is at hand. */
export function useOpenChatStatus(
  eventId: string,
  openChat: BookableRecruiter['openChat'],
): OpenChatStatus | null {
  const chats = useChats(eventId);
  if (!openChat) return null;
  const tab = chats.data?.find((chat) => chat.id === openChat.id)?.tab;
  if (tab === 'completed') return { status: 'completed', tab };
  // Until the list has the chat, its tab by state alone: an open chat always has one.
  return { status: openChat.state, tab: tab ?? tabOf({ state: openChat.state, endsAt: null }, new Date()) };
}
