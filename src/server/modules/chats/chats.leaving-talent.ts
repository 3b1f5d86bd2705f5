import { isCompleted, openStates } from '../../../shared/booking/chat-phase.js';
import { REMOVED_WORDS } from '../../../shared/schemas/account.schemas.js';
import type { ChatState } from '../../../shared/schemas/chats.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { cancelChat } from './chats.changes.js';
import { withdrawCompanyRequest } from './chats.company-requests.js';
import * as queue from './chats.company-requests.repository.js';
import * as repo from './chats.repository.js';
import type { OuterTransaction } from './chats.usecases.js';
import { declineOffer } from './chats.waitlist.js';

const CANCEL_MESSAGE = 'The talent deleted their Parley account.';

const isOpen = (state: ChatState) => (openStates as readonly ChatState[]).includes(state);

/**
 * Within a talent's account deletion: every chat still to come is called off through the same moves the talent
 * could make (a waiting company request withdrawn, an offer let go, a chat cancelled), so recruiters are told as
 * on any cancellation; the cut-off for late cancellations does not hold one who leaves. Their words on chats others
 * keep become "(removed)" first, so the cancellations' own message stays in the history the recruiters keep.
 */
export async function callOffChatsOfLeavingTalent(input: {
  ctx: AppContext;
  user: SessionUser;
  within: OuterTransaction;
}): Promise<void> {
  const { ctx, user, within } = input;
  const { tx } = within;
  await repo.forgetTalentInChats(tx, user.id);
  for (const requestId of await queue.listWaitingRequestIdsOf(tx, user.id)) {
    await withdrawCompanyRequest({ ctx, user, requestId, within });
  }
  await queue.removeRequestWords(tx, user.id, REMOVED_WORDS);
  for (const chat of await repo.listOpenChatsOfTalent(tx, user.id)) {
    // A chat whose end has passed took place: it is a past chat the recruiter keeps.
    if (isCompleted(chat, ctx.now())) continue;
    const state =
      chat.state === 'offered'
        ? (await declineOffer({ ctx, user, chatId: chat.id, within })).state
        : chat.state;
    if (isOpen(state)) {
      await cancelChat({ ctx, user, chatId: chat.id, message: CANCEL_MESSAGE, within, accountClosing: true });
    }
  }
}
