import type { SessionUser } from '../../context.js';
import type { ChatActor } from './chats.transitions.js';
import type { ChatView } from './chats.repository.js';

/**
 * Who someone is to a chat: its talent, or the recruiter's side (the recruiter or any colleague of the same
 * company, while that company attends the chat's event). Anyone else is nobody to it, and hears that it does not
 * exist.
 */
export function actorOf(
  user: SessionUser,
  view: Pick<ChatView, 'chat' | 'company' | 'companyAttends'>,
): Exclude<ChatActor, 'system'> | null {
  if (user.role === 'talent' && user.id === view.chat.talentId) return 'talent';
  if (user.role === 'recruiter' && user.companyId === view.company.id && view.companyAttends)
    return 'recruiter';
  return null;
}
