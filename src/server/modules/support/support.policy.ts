import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { AppError } from '../../infra/http/errors.js';
import { actorOf } from '../chats/index.js';
import { findChatView } from '../chats/index.js';
import { loadEventForViewer } from '../events/index.js';
import { supportErrors } from './support.errors.js';

export type SupportAsker = SessionUser & { role: 'talent' | 'recruiter' };
export type SupportAgent = SessionUser & { role: 'support' };

/** Talents and recruiters ask; organizers run events rather than attend them, and agents answer. */
export function asAsker(user: SessionUser): SupportAsker {
  if (user.role !== 'talent' && user.role !== 'recruiter') throw supportErrors.askers_only();
  return user as SupportAsker;
}

export function asAgent(user: SessionUser): SupportAgent {
  if (user.role !== 'support') throw supportErrors.agents_only();
  return user as SupportAgent;
}

/**
 * Where the person writes from, as far as they may name it: an event they take part in and a chat of theirs (or
 * their company's) there. A chat alone names its event too. Anything else is refused, so an agent is never shown
 * an event or chat the person has nothing to do with.
 */
export async function checkedContext(
  q: Queryable,
  user: SupportAsker,
  context: { eventId?: string; chatId?: string },
): Promise<{ eventId: string | null; chatId: string | null }> {
  let eventId = context.eventId ?? null;
  if (context.chatId) {
    const chat = await findChatView(q, context.chatId);
    if (!chat || !actorOf(user, chat)) throw supportErrors.chat_not_found();
    if (eventId && eventId !== chat.chat.eventId) throw supportErrors.chat_of_other_event();
    eventId = chat.chat.eventId;
  }
  if (eventId) {
    const viewerRole = await loadEventForViewer(q, user, eventId).then(
      (loaded) => loaded.viewerRole,
      (error: unknown) => {
        if (error instanceof AppError && error.kind === 'not_found') return null;
        throw error;
      },
    );
    if (viewerRole !== user.role) throw supportErrors.event_not_found();
  }
  return { eventId, chatId: context.chatId ?? null };
}
