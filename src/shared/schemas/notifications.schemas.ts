import { z } from 'zod';
import { healthReminderKinds } from './event-health.schemas.js';
import { say } from './schema-messages.js';

/**
 * In-app notifications: one row per person and change that concerns them (the same changes that mail them, plus
 * what would be noise by email: a support reply, a colleague acting on one's behalf). Each notification names the
 * chat or support conversation it is about; its text is rendered from its kind and a few parameters.
 */

export const notificationKinds = [
  'chat_requested',
  'company_requested',
  'company_request_declined',
  'company_request_withdrawn',
  'chat_invited',
  'chat_invited_for_you',
  'chat_approved',
  'chat_declined',
  'chat_withdrawn',
  'invitation_declined',
  'chat_approved_for_you',
  'chat_declined_for_you',
  'chat_confirmed',
  'chat_cancelled',
  'chat_rescheduled',
  'chat_moved',
  'reminder_hour',
  'reminder_ten_minutes',
  'support_reply',
  'booth_called',
  'booth_missed',
  'chat_no_show',
  'chat_running_late',
  'waitlist_offer',
  'waitlist_offer_lapsed',
  'organizer_reminder',
  'announcement',
] as const;
export const NotificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** The groups a person switches email on or off for, in the order the Account page lists them. */
export const emailGroups = ['requests', 'answers', 'changes', 'confirmations', 'reminders'] as const;
export type EmailGroup = (typeof emailGroups)[number];
/** What a person may switch off; confirmations carry the calendar entry and reminders the way in: always emailed. */
export const switchableEmailGroups = [
  'requests',
  'answers',
  'changes',
] as const satisfies readonly EmailGroup[];
export type SwitchableEmailGroup = (typeof switchableEmailGroups)[number];

/** Which email group a kind belongs to; null for what is only ever shown in the app. */
export const emailGroupOf: Record<NotificationKind, EmailGroup | null> = {
  chat_requested: 'requests',
  company_requested: 'requests',
  company_request_declined: 'answers',
  company_request_withdrawn: 'answers',
  chat_invited: 'requests',
  chat_invited_for_you: 'requests',
  chat_approved: 'answers',
  chat_declined: 'answers',
  chat_withdrawn: 'answers',
  invitation_declined: 'answers',
  chat_approved_for_you: null,
  chat_declined_for_you: null,
  chat_confirmed: 'confirmations',
  chat_cancelled: 'changes',
  chat_rescheduled: 'changes',
  chat_moved: 'changes',
  reminder_hour: 'reminders',
  reminder_ten_minutes: 'reminders',
  support_reply: null,
  // Only the app can say "go to the booth now" in time.
  booth_called: null,
  booth_missed: null,
  chat_no_show: 'changes',
  // A few minutes' notice is for the screen, not the inbox.
  chat_running_late: null,
  // An offer holds the time only briefly: always emailed, as a confirmation is.
  waitlist_offer: 'confirmations',
  waitlist_offer_lapsed: 'answers',
  // The organizer chose to send it, to the few people it concerns: always emailed.
  organizer_reminder: null,
  // The organizer writes to everyone at once, seldom: always emailed.
  announcement: null,
};

/** What the text of a notification needs, written when it is created (names as they were then). */
export const NotificationParams = z.object({
  eventName: z.string().optional(),
  /** Who the chat is with, from the reader's side: the recruiter (and company) for a talent, the talent otherwise. */
  otherName: z.string().optional(),
  companyName: z.string().optional(),
  /** Who acted, when it was not the other side itself (a colleague on the reader's behalf). */
  actorName: z.string().optional(),
  /** The reader's colleague the chat is with, when the reader is not in it (they sent the invitation). */
  colleagueName: z.string().optional(),
  /** The chat's start, and the event's zone to show beside the reader's. */
  startsAt: z.iso.datetime({ offset: true }).optional(),
  eventTimeZone: z.string().optional(),
  /** `Running 5 minutes late`: the minutes the talent said. */
  minutes: z.number().int().optional(),
  /** What the organizer's reminder asks of the reader, and the note they wrote with it. */
  reminder: z.enum(healthReminderKinds).optional(),
  note: z.string().optional(),
  /** An announcement's subject, shown under the bell. */
  subject: z.string().optional(),
  /** Until when an offered slot is held for the reader. */
  acceptBy: z.iso.datetime({ offset: true }).optional(),
});
export type NotificationParams = z.infer<typeof NotificationParams>;

export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  eventId: z.uuid().nullable(),
  chatId: z.uuid().nullable(),
  supportConversationId: z.uuid().nullable(),
  params: NotificationParams,
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof Notification>;

const NOTIFICATION_PAGE_DEFAULT = 20;
const NOTIFICATION_PAGE_MAX = 50;

/** `before`: the id of the oldest notification shown; the page holds the ones just before it, newest first. */
export const NotificationListQuery = z.object({
  before: z.uuid({ error: say('ids.notification') }).optional(),
  limit: z.coerce
    .number({ error: say('paging.notifications') })
    .int({ error: say('paging.wholeNotifications') })
    .min(1, { error: say('paging.notificationsRange', { max: NOTIFICATION_PAGE_MAX }) })
    .max(NOTIFICATION_PAGE_MAX, { error: say('paging.notificationsRange', { max: NOTIFICATION_PAGE_MAX }) })
    .default(NOTIFICATION_PAGE_DEFAULT),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationList = z.object({
  notifications: z.array(Notification),
  unreadCount: z.number().int(),
  /** Fetches the page of older ones; null when none is older. */
  nextBefore: z.uuid().nullable(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const UnreadCount = z.object({ unreadCount: z.number().int() });

export const EmailPreferences = z.object({
  requests: z.boolean(),
  answers: z.boolean(),
  changes: z.boolean(),
} satisfies Record<SwitchableEmailGroup, z.ZodBoolean>);
export type EmailPreferences = z.infer<typeof EmailPreferences>;

export const NotificationPreferences = z.object({ email: EmailPreferences });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
