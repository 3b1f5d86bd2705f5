import type { AppContext } from '../../context.js';
import * as repo from './chats.repository.js';
import { transition } from './chats.transitions.js';
import { topicsOf } from './chats.usecases.js';

const COMPLETION_BATCH = 100;

/**
 * Confirmed chats whose end has passed become completed, which also frees the talent and recruiter for a new chat
 * (one open chat per pair). Rows locked elsewhere are skipped and taken on a later round, so several processes can
 * sweep at once. Both sides' lists hear of it after commit, as of any other change. Returns how many were completed.
 */
export async function completeEndedChats({ ctx }: { ctx: AppContext }): Promise<number> {
  const now = ctx.now();
  let completed = 0;
  for (;;) {
    const views = await ctx.db.transaction(async (tx) => {
      const ended = await repo.lockEndedChats(tx, now, COMPLETION_BATCH);
      const ids = ended.filter((chat) => transition(chat.state, 'system', 'complete').ok).map((c) => c.id);
      await repo.updateChats(tx, ids, { state: 'completed', updatedAt: now });
      const changed: repo.ChatView[] = [];
      // One at a time: inside a transaction the queries share one connection.
      for (const id of ids) changed.push((await repo.findChatView(tx, id))!);
      return changed;
    });
    for (const view of views) {
      await ctx.live.publish(topicsOf(view), {
        type: 'chats.changed',
        eventId: view.chat.eventId,
        chatId: view.chat.id,
      });
    }
    completed += views.length;
    if (views.length < COMPLETION_BATCH) return completed;
  }
}
