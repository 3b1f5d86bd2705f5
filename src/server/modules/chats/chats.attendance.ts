import {
  checkInRefusal,
  noShowRefusal,
  type RunningLateMinutes,
} from '../../../shared/booking/attendance.js';
import type { Chat, NoShowList } from '../../../shared/schemas/chats.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { AppError } from '../../infra/http/errors.js';
import { findEventById, loadEventAsOrganizer } from '../events/index.js';
import { announceNotified, deliverNotices, type Notified } from '../notifications/index.js';
import { chatErrors } from './chats.errors.js';
import { noShowNotices, runningLateNotices } from './chats.mails.js';
import { actorOf } from './chats.policy.js';
import { presentChat } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import { timeFreed } from './chats.time-freed.js';
import { applyTransition, mailContext, topicsOf } from './chats.usecases.js';

/**
 * Within a transaction: the chat locked against a no-show marked at the same moment, read by the statement after
 * the lock (so it sees what committed while it waited), and the side the user acts for.
 */
async function lockBookedChat(tx: Queryable, user: SessionUser, chatId: string) {
  await repo.lockChat(tx, chatId);
  const view = await repo.findChatView(tx, chatId);
  const side = view && actorOf(user, view);
  if (!view || !side) throw chatErrors.not_found();
  if (view.chat.state !== 'confirmed' || !view.chat.startsAt || !view.chat.endsAt) {
    throw view.chat.state === 'no_show' || view.chat.state === 'completed'
      ? chatErrors.check_in_closed()
      : chatErrors.not_booked();
  }
  return { view, side, times: { startsAt: view.chat.startsAt, endsAt: view.chat.endsAt } };
}

/** After commit: both sides' lists (and the recruiter's schedule) show the change. */
async function announce(ctx: AppContext, view: repo.ChatView) {
  await ctx.live.publish(topicsOf(view), {
    type: 'chats.changed',
    eventId: view.chat.eventId,
    chatId: view.chat.id,
  });
}

/**
 * `I'm here`: the user checks in for their side of a confirmed chat, from ten minutes before its start until its
 * end. The talent checks in for themself; anyone of the recruiter's company for the recruiter's side (a colleague
 * who took the chat counts as attended). The side's first check-in stands: again changes nothing and says nothing.
 * The button, the chat's QR code at the booth and entering the video room all come here.
 */
export async function checkIn(input: { ctx: AppContext; user: SessionUser; chatId: string }): Promise<Chat> {
  const { ctx, user } = input;
  const now = ctx.now();
  const { view, added } = await ctx.db.transaction(async (tx) => {
    const { side, times } = await lockBookedChat(tx, user, input.chatId);
    const refusal = checkInRefusal(times, now);
    if (refusal === 'too_early') throw chatErrors.check_in_not_open();
    if (refusal === 'ended') throw chatErrors.check_in_closed();
    const added = await repo.insertCheckIn(tx, { chatId: input.chatId, side, userId: user.id, at: now });
    return { view: (await repo.findChatView(tx, input.chatId))!, added };
  });
  if (added) await announce(ctx, view);
  return presentChat(view, now);
}

/**
 * The talent's one tap before the start (or while late): `Running 5 minutes late`, shown live on the recruiter's
 * cards and told to the recruiter under the bell.
 */
export async function sayRunningLate(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  minutes: RunningLateMinutes;
}): Promise<Chat> {
  const { ctx, user } = input;
  const now = ctx.now();
  let notified: Notified = new Set();
  const view = await ctx.db.transaction(async (tx) => {
    const { side, times } = await lockBookedChat(tx, user, input.chatId);
    if (side !== 'talent') throw chatErrors.not_your_turn();
    if (checkInRefusal(times, now) === 'ended') throw chatErrors.running_late_too_late();
    await repo.updateChats(tx, [input.chatId], { runningLateMinutes: input.minutes });
    const after = (await repo.findChatView(tx, input.chatId))!;
    const event = (await findEventById(tx, after.chat.eventId))!;
    notified = await deliverNotices(
      tx,
      now,
      runningLateNotices(mailContext(ctx, event), after, input.minutes),
    );
    return after;
  });
  await announce(ctx, view);
  await announceNotified(ctx, notified);
  return presentChat(view, now);
}

/**
 * A no-show: the talent did not check in by the start plus the event's minutes. The recruiter's side marks it
 * (`user`), or the clock where the organizer lets it (null). The chat ends, its time is freed at once (the overlap
 * exclusions hold confirmed chats only), the talent is told, and `onTimeFreed` listeners hear of the time.
 */
export async function markNoShow(input: {
  ctx: AppContext;
  user: SessionUser | null;
  chatId: string;
}): Promise<Chat> {
  const { ctx } = input;
  let noShowLimit: number | null = null;
  const chat = await applyTransition({
    ...input,
    action: 'mark_no_show',
    change: async (tx, view, event) => {
      noShowLimit = event.noShowLimit;
      // Read after the chat's lock: a check-in committed while this waited for it is seen.
      const talentCheckedIn = (await repo.findChatView(tx, view.chat.id))!.checkIns.some(
        (checkIn) => checkIn.side === 'talent',
      );
      const refusal = noShowRefusal({
        startsAt: view.chat.startsAt!,
        noShowAfterMinutes: event.noShowAfterMinutes,
        talentCheckedIn,
        now: ctx.now(),
      });
      if (refusal === 'checked_in') throw chatErrors.no_show_checked_in();
      if (refusal === 'too_early') throw chatErrors.no_show_too_early();
      return {};
    },
    notices: (mail, view) => noShowNotices(mail, view, input.user, noShowLimit),
  });
  await timeFreed(ctx, {
    chatId: chat.id,
    eventId: chat.eventId,
    recruiterId: chat.recruiter.id,
    eventDayId: chat.day!.id,
    startsAt: new Date(chat.startsAt!),
    endsAt: new Date(chat.endsAt!),
  });
  return chat;
}

const NO_SHOW_BATCH = 100;

/**
 * The clock marks the no-shows of events whose organizer turned `Mark no-shows automatically` on. Each is marked
 * as a recruiter would, in a transaction of its own. Returns how many were marked.
 */
export async function markDueNoShows({ ctx }: { ctx: AppContext }): Promise<number> {
  const due = await repo.findDueNoShows(ctx.db, ctx.now(), NO_SHOW_BATCH);
  let marked = 0;
  for (const { id } of due) {
    // Each is checked again under the chat's lock: whoever got there first (a check-in that just came, the
    // recruiter's own mark, another process's clock) wins, and the refusal is the answer.
    await markNoShow({ ctx, user: null, chatId: id }).then(
      () => (marked += 1),
      (error: unknown) => (error instanceof AppError ? undefined : Promise.reject(error)),
    );
  }
  return marked;
}

/** The organizer's list of the event's no-shows. */
export async function listNoShows(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<NoShowList> {
  const event = await loadEventAsOrganizer(input.ctx.db, input.user, input.eventId);
  const rows = await repo.listNoShows(input.ctx.db, event.id);
  return { noShows: rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() })) };
}
