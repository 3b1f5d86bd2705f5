import type {
  NotificationLogEntry,
  NotificationLogPage,
  NotificationLogQuery,
  NotificationLogSummary,
} from '../../../shared/schemas/notification-log.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { onField } from '../../infra/http/errors.js';
import { loadEventAsOrganizer } from '../events/index.js';
import { notificationLogErrors } from './notification-log.errors.js';
import * as repo from './notification-log.repository.js';

/**
 * A page's cursor is its last entry's time as the database prints it (a JS Date would drop its microseconds, and
 * rows written in one transaction share an instant) and its id, opaque to the client.
 */
const encodeCursor = (row: repo.LogRow) => Buffer.from(`${row.at}|${row.id}`).toString('base64url');
const CURSOR = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|([0-9a-f-]{36})$/;

function decodeCursor(cursor: string) {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw onField(notificationLogErrors.bad_cursor(), 'cursor');
  return { at: match[1]!, id: match[2]! };
}

function present(row: repo.LogRow): NotificationLogEntry {
  return {
    id: row.id,
    channel: row.channel,
    recipient: { id: row.recipientId, name: row.name, email: row.email, role: row.role },
    subject: row.subject,
    kind: row.kind,
    params: row.params,
    chatId: row.chatId,
    createdAt: row.createdAt,
    status: row.status,
    attempts: row.attempts,
    sentAt: row.sentAt,
    nextAttemptAt: row.status === 'retrying' || row.status === 'queued' ? row.nextAttemptAt : null,
    lastError: row.lastError,
    readAt: row.readAt,
    resentFrom: row.resentFrom,
    resentBy: row.resentById ? { id: row.resentById, name: row.resentByName ?? '' } : null,
  };
}

export async function listNotificationLog(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: NotificationLogQuery;
}): Promise<NotificationLogPage> {
  const { ctx, query } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const rows = await repo.listLog(ctx.db, event.id, {
    person: query.person || undefined,
    status: query.status,
    kind: query.kind,
    before: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
  });
  const shown = rows.slice(0, query.limit);
  return {
    entries: shown.map(present),
    nextCursor: rows.length > query.limit ? encodeCursor(shown.at(-1)!) : null,
  };
}

export async function notificationLogSummary(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<NotificationLogSummary> {
  const event = await loadEventAsOrganizer(input.ctx.db, input.user, input.eventId);
  return repo.countByStatus(input.ctx.db, event.id);
}

/** An explicit, logged resend: a new copy in the outbox, by this organizer, now. */
export async function resendMail(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  mailId: string;
}): Promise<{ id: string }> {
  const { ctx } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const copy = await repo.queueCopy(ctx.db, event.id, input.mailId, input.user.id);
  if (copy.outcome === 'not_found') throw notificationLogErrors.mail_not_found();
  if (copy.outcome === 'already_queued') throw notificationLogErrors.resend_queued();
  return { id: copy.id! };
}
