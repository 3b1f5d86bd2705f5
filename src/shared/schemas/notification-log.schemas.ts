import { z } from 'zod';
import { NotificationParams, notificationKinds } from './notifications.schemas.js';

/**
 * The organizer's notification log: every email and in-app notification about one event, with what became of it.
 * An email is `queued` until the mail server is first tried, `retrying` once it refused or could not be reached
 * (it is tried again by itself), `sent` once accepted, `failed` once given up; an in-app one is `delivered` when
 * written.
 */

/** What a mail is about: the notification kinds, and the mail that goes out without a notification. */
export const mailKinds = [
  ...notificationKinds,
  'account_invitation',
  'password_reset',
  'password_changed',
] as const;
export const MailKind = z.enum(mailKinds);
export type MailKind = z.infer<typeof MailKind>;

export const deliveryStatuses = ['queued', 'retrying', 'sent', 'failed', 'delivered'] as const;
export const DeliveryStatus = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const NotificationLogQuery = z.object({
  /** Part of a name or an email address; an address found by clicking a recipient matches that person alone. */
  person: z.string().trim().max(200).optional(),
  status: DeliveryStatus.optional(),
  kind: MailKind.optional(),
  /** The `nextCursor` of the page before. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NotificationLogQuery = z.infer<typeof NotificationLogQuery>;

const Recipient = z.object({
  /** Null for mail to an address that no account has. */
  id: z.uuid().nullable(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(['organizer', 'recruiter', 'talent', 'support']).nullable(),
});

export const NotificationLogEntry = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'in_app']),
  recipient: Recipient,
  /** The email's subject; null for an in-app notification, whose text the reader's app renders from its kind. */
  subject: z.string().nullable(),
  kind: MailKind.nullable(),
  /** The names and time an in-app notification was written with. */
  params: NotificationParams.nullable(),
  chatId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  status: DeliveryStatus,
  attempts: z.number().int(),
  sentAt: z.iso.datetime().nullable(),
  /** While retrying. */
  nextAttemptAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  /** In-app only: when the person read it. */
  readAt: z.iso.datetime().nullable(),
  /** A copy an organizer queued again: of which message, by whom. */
  resentFrom: z.uuid().nullable(),
  resentBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type NotificationLogEntry = z.infer<typeof NotificationLogEntry>;

export const NotificationLogPage = z.object({
  entries: z.array(NotificationLogEntry),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type NotificationLogPage = z.infer<typeof NotificationLogPage>;

/** Emails of the event by delivery status, and its in-app notifications. */
export const NotificationLogSummary = z.object({
  queued: z.number().int(),
  retrying: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  delivered: z.number().int(),
});
export type NotificationLogSummary = z.infer<typeof NotificationLogSummary>;
