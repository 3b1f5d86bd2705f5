import { randomUUID } from 'node:crypto';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import {
  type EmailPreferences,
  emailGroupOf,
  type NotificationKind,
  type NotificationList,
  type NotificationListQuery,
  type NotificationParams,
  type NotificationPreferences,
  switchableEmailGroups,
} from '../../../shared/schemas/notifications.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { onField } from '../../infra/http/errors.js';
import { type LivePublication, publication } from '../../infra/live/live.hub.js';
import type { OutgoingMail } from '../../infra/mail/mail.repository.js';
import { notificationErrors } from './notifications.errors.js';
import { presentNotification } from './notifications.presenters.js';
import * as repo from './notifications.repository.js';

/**
 * What one change means for one person: a line under their bell, an email, or both. Modules that change things
 * build these (they know who is concerned and how to say it); this module decides what is written and sent.
 */
export interface Notice {
  userId: string;
  /** What the bell shows; absent for a copy of one's own change, whose calendar entry must still follow it. */
  notification?: {
    kind: NotificationKind;
    eventId?: string | null;
    chatId?: string | null;
    supportConversationId?: string | null;
    actorId?: string | null;
    params: NotificationParams;
  };
  /**
   * Not sent when the person switched the notification's group off; always sent without a notification. Its
   * recipient, kind, event and chat are the notice's and the notification's unless the mail says (`about`).
   */
  mail?: OutgoingMail;
}

/** Whom to tell after commit that their notifications changed. */
export type Notified = ReadonlySet<string>;

/**
 * Call inside the transaction of the change: writes the notification rows and queues the mails that their
 * recipients still want, so neither exists without the change. Publish with `announceNotified` after commit.
 */
export async function deliverNotices(q: Queryable, now: Date, notices: Notice[]): Promise<Notified> {
  // Ids chosen here link each mail to the notification it was sent with, in the log.
  const written = notices.map((notice) => ({ ...notice, notificationId: randomUUID() }));
  await repo.insertNotificationsAndMail(
    q,
    written.flatMap(({ userId, notification, notificationId }) =>
      notification ? [{ ...notification, id: notificationId, userId, createdAt: now }] : [],
    ),
    written.flatMap(({ userId, notification, mail, notificationId }) =>
      mail
        ? [
            {
              userId,
              emailGroup: (notification && emailGroupOf[notification.kind]) || null,
              mail: notification
                ? {
                    ...mail,
                    about: {
                      recipientId: userId,
                      kind: notification.kind,
                      eventId: notification.eventId ?? null,
                      chatId: notification.chatId ?? null,
                      notificationId,
                      ...mail.about,
                    },
                  }
                : mail,
            },
          ]
        : [],
    ),
  );
  return new Set(notices.filter((n) => n.notification).map((n) => n.userId));
}

/** Every open tab of each person refetches their notifications and the unread count. */
export async function announceNotified(ctx: AppContext, notified: Notified): Promise<void> {
  if (notified.size === 0) return;
  await ctx.live.publish(notifiedTopics(notified), { type: 'notifications.changed' });
}

/** The same, for a change that publishes within its transaction (`LiveHub.publishWithin`): none or one. */
export function notifiedAnnouncement(notified: Notified): LivePublication[] {
  if (notified.size === 0) return [];
  return [publication(notifiedTopics(notified), { type: 'notifications.changed' })];
}

const notifiedTopics = (notified: Notified) => [...notified].map((userId) => liveTopics.user(userId));

export async function listMyNotifications(input: {
  ctx: AppContext;
  user: SessionUser;
  query: NotificationListQuery;
}): Promise<NotificationList> {
  const { ctx, user } = input;
  const page = await repo.listPage(ctx.db, user.id, input.query);
  if (!page) throw onField(notificationErrors.unknown_cursor(), 'before');
  return {
    notifications: page.rows.map(presentNotification),
    unreadCount: await repo.countUnread(ctx.db, user.id),
    nextBefore: page.nextBefore,
  };
}

async function afterReading(ctx: AppContext, userId: string, changed: boolean) {
  if (changed) await announceNotified(ctx, new Set([userId]));
  return { unreadCount: await repo.countUnread(ctx.db, userId) };
}

/** Someone else's notification is, to the reader, as if it did not exist. */
export async function markNotificationRead(input: {
  ctx: AppContext;
  user: SessionUser;
  notificationId: string;
}): Promise<{ unreadCount: number }> {
  const { ctx, user } = input;
  if (!(await repo.markRead(ctx.db, user.id, input.notificationId, ctx.now())))
    throw notificationErrors.not_found();
  return afterReading(ctx, user.id, true);
}

export async function markAllNotificationsRead(input: {
  ctx: AppContext;
  user: SessionUser;
}): Promise<{ unreadCount: number }> {
  const { ctx, user } = input;
  const marked = await repo.markAllRead(ctx.db, user.id, ctx.now());
  return afterReading(ctx, user.id, marked > 0);
}

/** What the person saw in their support drawer is no news under the bell. */
export async function markSupportNotificationsRead(
  ctx: AppContext,
  userId: string,
  supportConversationId: string,
): Promise<void> {
  const marked = await repo.markAllRead(ctx.db, userId, ctx.now(), { supportConversationId });
  if (marked > 0) await announceNotified(ctx, new Set([userId]));
}

async function readPreferences(q: Queryable, userId: string): Promise<NotificationPreferences> {
  const off = new Set((await repo.listOptOuts(q, [userId])).map((o) => o.emailGroup));
  const email = Object.fromEntries(switchableEmailGroups.map((group) => [group, !off.has(group)]));
  return { email: email as EmailPreferences };
}

export function getNotificationPreferences(input: { ctx: AppContext; user: SessionUser }) {
  return readPreferences(input.ctx.db, input.user.id);
}

export async function setNotificationPreferences(input: {
  ctx: AppContext;
  user: SessionUser;
  preferences: NotificationPreferences;
}): Promise<NotificationPreferences> {
  const { ctx, user, preferences } = input;
  const off = switchableEmailGroups.filter((group) => !preferences.email[group]);
  return ctx.db.transaction(async (tx) => {
    await repo.replaceOptOuts(tx, user.id, off, ctx.now());
    return readPreferences(tx, user.id);
  });
}
