import type { Chat, InvitationInput } from '../../../shared/schemas/chats.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { sqlState } from '../../infra/db/client.js';
import { loadColleague, loadTeamScope } from '../availability/index.js';
import { enqueueMail, type OutgoingMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { findRegisteredTalentIds } from '../registrations/index.js';
import type { MailContext } from './chats.mails.js';
import { presentChat } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import { chatErrors } from './chats.errors.js';
import { mailContext, topicsOf } from './chats.usecases.js';

/** Tells the talent who invites them, and who sent it when a colleague did so on the recruiter's behalf. */
function invitationMail(ctx: MailContext, view: repo.ChatView): OutgoingMail {
  const { recruiter, company, createdBy } = view;
  const paragraphs = [
    `${recruiter.name} (${company.name}) invites you to a private 1-1 chat at ${ctx.event.name}.`,
  ];
  if (createdBy.id !== recruiter.id)
    paragraphs.push(`${createdBy.name}, a colleague, sent this invitation on ${recruiter.name}'s behalf.`);
  if (view.chat.requestMessage) paragraphs.push(`Message: ${view.chat.requestMessage}`);
  paragraphs.push('Pick one of their free time slots, or decline the invitation.');
  return renderMail(view.talent.email, `${recruiter.name} invites you to a 1-1 chat`, {
    heading: 'You are invited to a 1-1 chat',
    paragraphs,
    action: {
      label: 'Pick a Time Slot',
      url: `${ctx.publicUrl}/events/${ctx.event.id}/chats?tab=requests`,
    },
  });
}

/** The recruiter a colleague invited a talent for learns of it before the talent books their time. */
function invitedOnYourBehalfMail(ctx: MailContext, view: repo.ChatView): OutgoingMail {
  const { recruiter, createdBy, talent } = view;
  const paragraphs = [
    `${createdBy.name} invited ${talent.name} to a 1-1 chat with you at ${ctx.event.name}.`,
    `${talent.name} picks one of your free time slots; you will hear when they do.`,
  ];
  if (view.chat.requestMessage) paragraphs.push(`Message sent with it: ${view.chat.requestMessage}`);
  return renderMail(recruiter.email, `${createdBy.name} invited ${talent.name} to a 1-1 chat with you`, {
    heading: 'A colleague invited a talent for you',
    paragraphs,
    action: { label: 'Open your 1-1 chats', url: `${ctx.publicUrl}/events/${ctx.event.id}/chats` },
  });
}

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
  const registered = await findRegisteredTalentIds(ctx.db, event.id);
  if (!registered.has(body.talentId)) throw chatErrors.talent_not_registered();
  const now = ctx.now();
  const view = await ctx.db
    .transaction(async (tx) => {
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
      const mail = mailContext(ctx, event);
      await enqueueMail(tx, [
        invitationMail(mail, created),
        ...(created.createdBy.id === created.recruiter.id ? [] : [invitedOnYourBehalfMail(mail, created)]),
      ]);
      return created;
    })
    .catch((error) => {
      if (sqlState(error) === '23505')
        throw chatErrors.already_open(
          'This talent already has a 1-1 chat going on with this recruiter at this event.',
        );
      throw error;
    });
  await ctx.live.publish(topicsOf(view), { type: 'chats.changed', eventId: event.id, chatId: view.chat.id });
  return presentChat(view, now);
}
