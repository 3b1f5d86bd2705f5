import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { recruiterPaths } from './recruiter/paths';

/**
 * Where a chat is handled: a talent's request-list tab (`?tab=`), or the chat's own page in the recruiter's
 * `All 1-1 Chats`, which has every action for the recruiter and their colleagues.
 */
export function chatPath(chat: Pick<Chat, 'id' | 'eventId' | 'tab'>, viewer: 'talent' | 'recruiter'): string {
  if (viewer === 'recruiter') return recruiterPaths.chat(chat.eventId, chat.id);
  return `/events/${chat.eventId}/chats${chat.tab ? `?tab=${chat.tab}` : ''}`;
}
