import { findEventById } from '../events/index.js';
import type { DayMode } from '../../../shared/schemas/events.schemas.js';
import { ROOM_OPENS_MINUTES_BEFORE } from '../../../shared/booking/chat-phase.js';
import type { AppContext } from '../../context.js';
import { announceNotified, deliverNotices, type Notified } from '../notifications/index.js';
import { type MailContext, reminderNotices } from './chats.mails.js';
import * as repo from './chats.repository.js';
import type { ReminderKind } from './chats.repository.js';
import { mailContext } from './chats.usecases.js';

const MINUTE = 60_000;
const HOUR_BEFORE_MS = 60 * MINUTE;
/** A virtual chat's short reminder with the `Join` link goes out when its room opens. */
const JOIN_REMINDER_MS = ROOM_OPENS_MINUTES_BEFORE * MINUTE;

/** How long before the start each reminder goes out. */
const windowOf: Record<ReminderKind, number> = {
  hour_before: HOUR_BEFORE_MS,
  ten_minutes_before: JOIN_REMINDER_MS,
};

/**
 * Which reminders a confirmed chat is due at `now`, leaving out those already sent for its current start. Within the
 * hour before the start: the hour-before reminder; in the last 10 minutes of a virtual chat only the short one with
 * the `Join` link (two mails within minutes would be noise). Nothing once the chat has started, and no reminder
 * whose window had begun when the chat was booked: it would arrive seconds after the confirmation.
 */
export function remindersDue(
  chat: { startsAt: Date; bookedAt: Date; mode: DayMode; sent: readonly ReminderKind[] },
  now: Date,
): ReminderKind[] {
  const left = chat.startsAt.getTime() - now.getTime();
  if (left <= 0 || left > HOUR_BEFORE_MS) return [];
  const kind: ReminderKind =
    chat.mode === 'virtual' && left <= JOIN_REMINDER_MS ? 'ten_minutes_before' : 'hour_before';
  const bookedAhead = chat.startsAt.getTime() - chat.bookedAt.getTime();
  if (bookedAhead < windowOf[kind]) return [];
  return chat.sent.includes(kind) ? [] : [kind];
}

const roomUrl = (ctx: MailContext, chatId: string) => `${ctx.publicUrl}/room/${chatId}`;
const scheduleUrl = (ctx: MailContext) => `${ctx.publicUrl}/events/${ctx.event.id}/schedule`;

/**
 * One chat's due reminders, in one transaction: the chat is locked (or skipped while someone else holds it), its
 * state and start are read under the lock, and each reminder row is inserted with ON CONFLICT DO NOTHING beside
 * the mails it stands for. A reminder row without its mails, or mails without the row, cannot be committed: a crash
 * loses nothing and a second process or a restart sends nothing twice.
 */
async function remindChat(ctx: AppContext, chatId: string, now: Date): Promise<number> {
  const notified: Notified[] = [];
  const sent = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockChatUnlessBusy(tx, chatId);
    if (locked?.state !== 'confirmed' || !locked.startsAt) return 0;
    const view = await repo.findChatView(tx, chatId);
    const event = await findEventById(tx, locked.eventId);
    if (!view?.day || !event) return 0;
    const due = remindersDue(
      { startsAt: locked.startsAt, bookedAt: locked.updatedAt, mode: view.day.mode, sent: [] },
      now,
    );
    let sent = 0;
    for (const kind of due) {
      if (!(await repo.claimReminder(tx, { chatId, kind, startsAt: locked.startsAt, now }))) continue;
      const mail = mailContext(ctx, event);
      const links = {
        join: roomUrl(mail, chatId),
        schedule: scheduleUrl(mail),
        opensMinutesBefore: ROOM_OPENS_MINUTES_BEFORE,
      };
      notified.push(await deliverNotices(tx, now, reminderNotices(mail, view, kind, links)));
      sent++;
    }
    return sent;
  });
  for (const people of notified) await announceNotified(ctx, people);
  return sent;
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
