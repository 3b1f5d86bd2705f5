import { changeRefusal, pickBookingRules } from '../../../shared/booking/fair-use.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator } from '../../i18n/index.js';
import type { Queryable } from '../../infra/db/client.js';
import type { EventRow } from '../events/index.js';
import { type ChatChange, chatChangedNotices } from './chats.mails.js';
import { actorOf, refuseByRule } from './chats.policy.js';
import type { ChatRow, ChatView, LockedChatView } from './chats.repository.js';
import { AppError } from '../../infra/http/errors.js';
import { chatErrors } from './chats.errors.js';
import {
  applyTransition,
  type OuterTransaction,
  type PeopleAction,
  settleSlotRace,
} from './chats.usecases.js';
import { offerFreedTime } from './chats.waitlist.js';

interface ChangeInput {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  /** A word to the other side: mailed to them and kept in the chat's history. */
  message?: string;
  within?: OuterTransaction;
  /** The talent is deleting their account: their chats cannot wait for the event's cut-off. */
  accountClosing?: boolean;
}

/**
 * Cancel, reschedule and move: changes to a chat that may already hold a slot. A booked chat's calendar SEQUENCE
 * goes up by one with each, so calendar apps replace the entry they have; the other side is emailed.
 */
function changeChat(
  input: ChangeInput & {
    action: PeopleAction;
    change: ChatChange;
    takeSlot?: Date;
    fields: (tx: Queryable, view: ChatView, event: EventRow) => Promise<Partial<ChatRow>>;
  },
) {
  const { user, ctx } = input;
  let before: LockedChatView | undefined;
  return applyTransition({
    ...input,
    change: async (tx, view, event) => {
      before = view;
      const booked = view.chat.state === 'confirmed';
      if (booked && actorOf(user, view) === 'talent' && !input.accountClosing)
        refuseTalentsChange(input, view, event);
      return { ...(await input.fields(tx, view, event)), sequence: view.chat.sequence + (booked ? 1 : 0) };
    },
    notices: (mail, after) =>
      chatChangedNotices(mail, {
        change: input.change,
        before: before!,
        after,
        actor: {
          id: user.id,
          name: user.name,
          side: actorOf(user, after) === 'talent' ? 'talent' : 'recruiter',
        },
        message: input.message || null,
      }),
  }).then((chat) => {
    // The time the chat held (if any) is free now: the first one waiting for the recruiter may be offered it.
    if (before?.chat.state === 'confirmed' && before.recruiterWaitlisted) {
      const offer = () =>
        ctx.background.run(() => offerFreedTime(ctx, chat.eventId, before!.chat.recruiterId));
      if (input.within) input.within.afterCommit(offer);
      else offer();
    }
    return chat;
  });
}

/**
 * The event's cut-off for a talent's reschedule or cancellation of a booked chat, and its limit of reschedules per
 * chat (counting the talent's own). The recruiter's side is not bound by them.
 */
function refuseTalentsChange(input: ChangeInput & { action: PeopleAction }, view: ChatView, event: EventRow) {
  if (input.action !== 'cancel' && input.action !== 'reschedule') return;
  refuseByRule(
    changeRefusal({
      rules: pickBookingRules(event),
      action: input.action,
      startsAt: view.chat.startsAt!,
      reschedules: view.history.filter((entry) => entry.kind === 'rescheduled' && entry.side === 'talent')
        .length,
      now: input.ctx.now(),
    }),
  );
}

/** Either side calls a chat off, booked or not. The old time stays on the row as history; only confirmed chats hold slots. */
export function cancelChat(input: ChangeInput) {
  return changeChat({
    ...input,
    action: 'cancel',
    change: 'cancelled',
    fields: async () => ({}),
  });
}

/**
 * Back to In Scheduling: the slot is freed and the talent picks again. The moment is kept, so both sides can tell
 * a rescheduled chat from a newly approved one.
 */
export function rescheduleChat(input: ChangeInput) {
  return changeChat({
    ...input,
    action: 'reschedule',
    change: 'rescheduled',
    fields: async () => ({ startsAt: null, endsAt: null, eventDayId: null, rescheduledAt: input.ctx.now() }),
  });
}

/** The recruiter's side moves a confirmed chat straight to another free slot, with the same checks as a booking. */
export function moveChat(input: ChangeInput & { startsAt: string }) {
  return changeChat({
    ...input,
    action: 'move',
    change: 'moved',
    takeSlot: new Date(input.startsAt),
    fields: async () => ({}),
  })
    .catch(settleSlotRace)
    .catch((error: unknown) => {
      // The recruiter moved the chat: the busy person is the talent, and the message must say so.
      if (error instanceof AppError && error.code === 'chats.talent_busy') {
        throw chatErrors.talent_busy(requestTranslator().t('errors.chats.talentBusy'));
      }
      throw error;
    });
}
