import { invitationRefusal, pickBookingRules } from '../../../shared/booking/fair-use.js';
import type { Chat, InvitationInput } from '../../../shared/schemas/chats.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator } from '../../i18n/index.js';
import { sqlState } from '../../infra/db/client.js';
import { loadColleague, loadTeamScope } from '../availability/index.js';
import { announceNotified, deliverNotices, type Notified } from '../notifications/index.js';
import { isTalentRegistered } from '../registrations/index.js';
import { refuseUnwelcomeChat } from '../safety/index.js';
import { invitationNotices } from './chats.mails.js';
import { presentChat } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import { chatErrors } from './chats.errors.js';
import { refuseByRule } from './chats.policy.js';
import { mailContext, topicsOf } from './chats.usecases.js';

/** A recruiter invites a registered talent to a chat with themself or a colleague; the talent then picks a slot. */
export async function inviteTalent(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  body: InvitationInput;
}): Promise<Chat> {
  const { ctx, user, body } = input;
  const scope = await loadTeamScope(ctx.db, user, input.eventId);
  const { event } = scope;
  if (event.requestPolicy === 'talents') throw chatErrors.invitations_closed();
  const recruiter = await loadColleague(ctx.db, scope, body.recruiterId);
  if (!(await isTalentRegistered(ctx.db, event.id, body.talentId))) throw chatErrors.talent_not_registered();
  const now = ctx.now();
  let notified: Notified = new Set();
  const view = await ctx.db
    .transaction(async (tx) => {
      // The talent's opt-out and blocks either way; a colleague inviting for a recruiter must be welcome too.
      for (const recruiterId of new Set([recruiter.id, user.id])) {
        const pair = { eventId: event.id, talentId: body.talentId, recruiterId };
        await refuseUnwelcomeChat(tx, { ...pair, by: 'recruiter', invitation: true });
      }
      const rules = pickBookingRules(event);
      if (rules.maxChatsPerTalent !== null) {
        // Counted after the talent's own bookings and requests took their turn, as a request is.
        await repo.takeRuleTurns(tx, { eventId: event.id, talentId: body.talentId });
        const held = await repo.countTalentChats(tx, event.id, body.talentId);
        refuseByRule(invitationRefusal({ rules, heldChats: held.booked }));
      }
      const chat = await repo.insertChat(tx, {
        eventId: event.id,
        talentId: body.talentId,
        recruiterId: recruiter.id,
        initiatedBy: 'recruiter',
        createdById: user.id,
        state: 'invited',
        createdAt: now,
        updatedAt: now,
      });
      await repo.insertHistory(tx, {
        chatId: chat.id,
        kind: 'invited',
        actorId: user.id,
        side: 'recruiter',
        message: body.message || null,
        at: now,
      });
      const created = (await repo.findChatView(tx, chat.id))!;
      notified = await deliverNotices(tx, now, invitationNotices(mailContext(ctx, event), created));
      return created;
    })
    .catch((error) => {
      if (sqlState(error) === '23505')
        throw chatErrors.already_open(requestTranslator().t('errors.chats.alreadyOpenWithRecruiter'));
      throw error;
    });
  await ctx.live.publish(topicsOf(view), { type: 'chats.changed', eventId: event.id, chatId: view.chat.id });
  await announceNotified(ctx, notified);
  return presentChat(view, now);
}
