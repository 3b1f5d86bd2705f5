import type {
  Announcement,
  AnnouncementInput,
  AnnouncementList,
} from '../../../shared/schemas/announcements.schemas.js';
import { timeToMinutes } from '../../../shared/schemas/events.schemas.js';
import { addDays, zonedTimeExists, zonedTimeToUtc } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import { recipientLocale, translatorFor } from '../../i18n/index.js';
import { onField } from '../../infra/http/errors.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { findDaysOfEvent, findEventById, loadEventAsOrganizer } from '../events/index.js';
import { announceNotified, deliverNotices, type Notice } from '../notifications/index.js';
import { announcementErrors } from './announcements.errors.js';
import * as repo from './announcements.repository.js';
import type { AnnouncementRow } from './announcements.table.js';

/** Notifications and mails are written this many people per statement, so no statement grows with the audience. */
export const BATCH_SIZE = 500;

function present(row: repo.AnnouncementView, now: Date): Announcement {
  const due = row.state === 'scheduled' && row.sendAt <= now;
  return {
    id: row.id,
    audience: row.audience,
    companyId: row.companyId,
    companyName: row.companyName,
    subject: row.subject,
    message: row.message,
    status: due ? 'sending' : row.state,
    sendAt: row.sendAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    recipients: row.recipients,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAnnouncements(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<AnnouncementList> {
  const { ctx } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const now = ctx.now();
  return { announcements: (await repo.listOfEvent(ctx.db, event.id)).map((row) => present(row, now)) };
}

/** When a scheduled one goes: a time on the event's clock, in the future and before its last day is over. */
async function sendTimeOf(
  ctx: AppContext,
  event: { id: string; timeZone: string },
  input: AnnouncementInput,
) {
  const now = ctx.now();
  if (!input.sendDate || !input.sendTime) return now;
  const minute = timeToMinutes(input.sendTime);
  if (!zonedTimeExists(input.sendDate, minute, event.timeZone))
    throw onField(announcementErrors.schedule_missing_time(), 'sendTime');
  const sendAt = zonedTimeToUtc(input.sendDate, minute, event.timeZone);
  if (sendAt <= now) throw onField(announcementErrors.schedule_past(), 'sendTime');
  const lastDay = (await findDaysOfEvent(ctx.db, event.id)).at(-1);
  if (!lastDay || sendAt >= zonedTimeToUtc(addDays(lastDay.date, 1), 0, event.timeZone))
    throw onField(announcementErrors.schedule_after_event(), 'sendDate');
  return sendAt;
}

/**
 * Stores the announcement and returns: the job writes it to its recipients, at once for one sent now (started here
 * in the background, and picked up by the clock should this process stop first), at its time for a scheduled one.
 */
export async function createAnnouncement(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  announcement: AnnouncementInput;
}): Promise<Announcement> {
  const { ctx, announcement } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const companyId = announcement.audience === 'company' ? announcement.companyId! : null;
  if (companyId && !(await repo.companyAttends(ctx.db, event.id, companyId)))
    throw onField(announcementErrors.company_not_attending(), 'companyId');
  const sendAt = await sendTimeOf(ctx, event, announcement);
  const row = await repo.insertAnnouncement(ctx.db, {
    eventId: event.id,
    audience: announcement.audience,
    companyId,
    subject: announcement.subject,
    message: announcement.message,
    sentById: input.user.id,
    sendAt,
    createdAt: ctx.now(),
  });
  if (sendAt <= ctx.now()) ctx.background.run(() => sendDueAnnouncements({ ctx }));
  const stored = await repo.findOfEvent(ctx.db, event.id, row.id);
  return present(stored!, ctx.now());
}

export async function cancelAnnouncement(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  announcementId: string;
}): Promise<Announcement> {
  const { ctx } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  if (!(await repo.findOfEvent(ctx.db, event.id, input.announcementId))) throw announcementErrors.not_found();
  if (!(await repo.cancelScheduled(ctx.db, event.id, input.announcementId, ctx.now())))
    throw announcementErrors.not_scheduled();
  return present((await repo.findOfEvent(ctx.db, event.id, input.announcementId))!, ctx.now());
}

function noticesFor(
  ctx: AppContext,
  event: { id: string; name: string },
  row: Pick<AnnouncementRow, 'sentById' | 'subject' | 'message'>,
  recipients: repo.Recipient[],
): Notice[] {
  const url = `${ctx.publicUrl}/events/${event.id}/chats`;
  return recipients.map((person) => {
    const tr = translatorFor(recipientLocale(person.language));
    return {
      userId: person.id,
      notification: {
        kind: 'announcement',
        eventId: event.id,
        actorId: row.sentById,
        params: { eventName: event.name, subject: row.subject },
      },
      // The message goes as written, in the organizer's words: only its frame is in the reader's language.
      // renderMail escapes it for the HTML part.
      mail: renderMail(
        tr,
        person.email,
        tr.t('announcements.mail.subject', { subject: row.subject, event: event.name }),
        {
          heading: row.subject,
          paragraphs: [
            tr.t('announcements.mail.intro', { event: event.name }),
            ...row.message.split(/\n{2,}/),
          ],
          action: { label: tr.t('announcements.mail.action'), url },
        },
      ),
    };
  });
}

/**
 * Sends one due announcement, if any is free, in one transaction: the row is claimed with a lock other processes
 * skip, its recipients are written in batches, and it is marked sent before the lock is let go, so it is sent once
 * and never in part. Returns false when none was due.
 */
async function sendOneDue(ctx: AppContext): Promise<boolean> {
  const now = ctx.now();
  const notified = new Set<string>();
  const sent = await ctx.db.transaction(async (tx) => {
    const row = await repo.claimDue(tx, now);
    if (!row) return false;
    const event = await findEventById(tx, row.eventId);
    const recipients = event ? await repo.listRecipients(tx, row.eventId, row.audience, row.companyId) : [];
    for (let start = 0; start < recipients.length; start += BATCH_SIZE) {
      const batch = recipients.slice(start, start + BATCH_SIZE);
      for (const id of await deliverNotices(tx, now, noticesFor(ctx, event!, row, batch))) notified.add(id);
    }
    await repo.markSent(tx, row.id, now, recipients.length);
    return true;
  });
  await announceNotified(ctx, notified);
  return sent;
}

/** The clock's job: every announcement due at `ctx.now()`; returns how many were sent by this process. */
export async function sendDueAnnouncements(input: { ctx: AppContext }): Promise<number> {
  let sent = 0;
  while (await sendOneDue(input.ctx)) sent++;
  return sent;
}
