import { findEventById } from '../events/index.js';
import type { DayMode } from '../../../shared/schemas/events.schemas.js';
import { ROOM_OPENS_MINUTES_BEFORE } from '../../../shared/booking/chat-phase.js';
import type { AppContext } from '../../context.js';
import { enqueueMail, type OutgoingMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { formatChatTime, type MailContext } from './chats.mails.js';
import { meetingPlace } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import type { ReminderKind } from './chats.repository.js';
import { mailContext } from './chats.usecases.js';

const MINUTE = 60_000;
const HOUR_BEFORE_MS = 60 * MINUTE;
/** A virtual chat's short reminder with the `Join` link goes out when its room opens. */
const JOIN_REMINDER_MS = ROOM_OPENS_MINUTES_BEFORE * MINUTE;

/**
 * Which reminders a confirmed chat is due at `now`, leaving out those already sent for its current start. Within the
 * hour before the start: the hour-before reminder; in the last 10 minutes of a virtual chat only the short one with
 * the `Join` link (two mails within minutes would be noise). Nothing once the chat has started.
 */
export function remindersDue(
  chat: { startsAt: Date; mode: DayMode; sent: readonly ReminderKind[] },
  now: Date,
): ReminderKind[] {
  const left = chat.startsAt.getTime() - now.getTime();
  if (left <= 0 || left > HOUR_BEFORE_MS) return [];
  const kind: ReminderKind =
    chat.mode === 'virtual' && left <= JOIN_REMINDER_MS ? 'ten_minutes_before' : 'hour_before';
  return chat.sent.includes(kind) ? [] : [kind];
}

const roomUrl = (ctx: MailContext, chatId: string) => `${ctx.publicUrl}/room/${chatId}`;
const scheduleUrl = (ctx: MailContext) => `${ctx.publicUrl}/events/${ctx.event.id}/schedule`;

/** Both sides are reminded, each naming the other: the talent the recruiter and company, the recruiter the talent. */
function reminderMails(ctx: MailContext, view: repo.ChatView, kind: ReminderKind): OutgoingMail[] {
  const { chat } = view;
  const when = formatChatTime(chat.startsAt!, chat.endsAt!, ctx.event.timeZone);
  const join = roomUrl(ctx, chat.id);
  const place = meetingPlace(view);
  const recipients = [
    { email: view.talent.email, other: `${view.recruiter.name} (${view.company.name})` },
    { email: view.recruiter.email, other: view.talent.name },
  ];
  return recipients.map(({ email, other }) =>
    kind === 'ten_minutes_before'
      ? renderMail(email, `Starting soon: 1-1 chat with ${other}`, {
          heading: 'Your 1-1 chat is about to start',
          paragraphs: [
            `Your 1-1 chat with ${other} at ${ctx.event.name} starts soon: ${when}.`,
            'The room is open. Join now to check your camera and microphone.',
          ],
          action: { label: 'Join', url: join },
        })
      : renderMail(email, `Reminder: 1-1 chat with ${other}, ${when}`, {
          heading: 'Your 1-1 chat is coming up',
          paragraphs: [
            `You meet ${other} at ${ctx.event.name}.`,
            `When: ${when}.`,
            place
              ? `Where: ${place} (in person).`
              : `Where: online. Join from ${ROOM_OPENS_MINUTES_BEFORE} minutes before the start: ${join}`,
          ],
          action: { label: 'Open My Schedule', url: scheduleUrl(ctx) },
        }),
  );
}

/**
 * One chat's due reminders, in one transaction: the chat is locked (or skipped while someone else holds it), its
 * state and start are read under the lock, and each reminder row is inserted with ON CONFLICT DO NOTHING beside
 * the mails it stands for. A reminder row without its mails, or mails without the row, cannot be committed: a crash
 * loses nothing and a second process or a restart sends nothing twice.
 */
async function remindChat(ctx: AppContext, chatId: string, now: Date): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const locked = await repo.lockChatUnlessBusy(tx, chatId);
    if (locked?.state !== 'confirmed' || !locked.startsAt) return 0;
    const view = await repo.findChatView(tx, chatId);
    const event = await findEventById(tx, locked.eventId);
    if (!view?.day || !event) return 0;
    const due = remindersDue({ startsAt: locked.startsAt, mode: view.day.mode, sent: [] }, now);
    let sent = 0;
    for (const kind of due) {
      if (!(await repo.claimReminder(tx, { chatId, kind, startsAt: locked.startsAt, now }))) continue;
      await enqueueMail(tx, reminderMails(mailContext(ctx, event), view, kind));
      sent++;
    }
    return sent;
  });
}

/** Queues every reminder due at `ctx.now()`; returns how many reminders (each to both sides) were queued. */
export async function sendDueReminders({ ctx }: { ctx: AppContext }): Promise<number> {
  const now = ctx.now();
  const upcoming = await repo.listUpcomingChats(ctx.db, now, new Date(now.getTime() + HOUR_BEFORE_MS));
  let sent = 0;
  for (const chat of upcoming) {
    if (remindersDue(chat, now).length > 0) sent += await remindChat(ctx, chat.id, now);
  }
  return sent;
}
