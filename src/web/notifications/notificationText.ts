import type { ChatTab } from '../../shared/booking/chat-phase';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import type { HealthReminderKind } from '../../shared/schemas/event-health.schemas';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { addDays } from '../../shared/time/zoned';
import { utcToZoned } from '../../shared/time/zoned';
import { chatPath } from '../pages/event/chats/chatPath';
import { recruiterPaths } from '../pages/event/chats/recruiter/paths';
import { type MessageKey, t } from '../i18n/i18n';
import { formatDay, formatTime } from '../time';

/** What an organizer's reminder asks, by the warning it answers. */
const reminderAsks: Record<HealthReminderKind, MessageKey> = {
  unconfirmed: 'notifications.text.reminder.unconfirmed',
  company_full: 'notifications.text.reminder.companyFull',
  busy_day: 'notifications.text.reminder.busyDay',
};

/** The bell's accessible name: `Notifications`, and how many are unread when some are. */
export const bellLabel = (unread: number): string => t('notifications.bell', { count: unread });

/** What a notification says to its reader, from its kind and the names and time stored with it. */
export function notificationText(
  notification: Notification,
  role: CurrentUser['role'],
  zone: string,
): string {
  const p = notification.params;
  const other = p.otherName ?? t('notifications.text.someone');
  const withWhom = p.companyName
    ? t('notifications.text.withCompany', { name: other, company: p.companyName })
    : other;
  const at = p.startsAt
    ? t('notifications.text.at', { day: formatDay(p.startsAt, zone), time: formatTime(p.startsAt, zone) })
    : '';
  const actor = p.actorName ?? '';
  const company = p.companyName ?? '';
  switch (notification.kind) {
    case 'chat_requested':
      return t('notifications.text.chatRequested', { other });
    case 'company_requested':
      return p.companyName
        ? t('notifications.text.companyRequested', { other, company })
        : t('notifications.text.companyRequestedYours', { other });
    case 'company_request_withdrawn':
      return p.companyName
        ? t('notifications.text.companyRequestWithdrawn', { other, company })
        : t('notifications.text.companyRequestWithdrawnYours', { other });
    case 'company_request_declined':
      return p.companyName
        ? t('notifications.text.companyRequestDeclined', { company })
        : t('notifications.text.companyRequestDeclinedUnnamed');
    case 'chat_invited':
      return t('notifications.text.chatInvited', { withWhom });
    case 'chat_invited_for_you':
      return t('notifications.text.chatInvitedForYou', { actor, other });
    case 'chat_approved':
      return t('notifications.text.chatApproved', { withWhom });
    case 'chat_declined':
      return t('notifications.text.chatDeclined', { withWhom });
    case 'chat_withdrawn':
      return t('notifications.text.chatWithdrawn', { other });
    case 'invitation_declined':
      return p.colleagueName
        ? t('notifications.text.invitationDeclinedColleague', { other, colleague: p.colleagueName })
        : t('notifications.text.invitationDeclined', { other });
    case 'chat_approved_for_you':
      return t('notifications.text.chatApprovedForYou', { actor, other });
    case 'chat_declined_for_you':
      return t('notifications.text.chatDeclinedForYou', { actor, other });
    case 'chat_confirmed':
      return t('notifications.text.chatConfirmed', { withWhom, at });
    case 'chat_cancelled':
      return p.actorName
        ? t('notifications.text.chatCancelledBy', { withWhom, actor })
        : t('notifications.text.chatCancelled', { withWhom });
    case 'chat_rescheduled':
      if (role === 'talent') return t('notifications.text.chatRescheduledTalent', { withWhom });
      return p.actorName
        ? t('notifications.text.chatRescheduledBy', { other, actor })
        : t('notifications.text.chatRescheduled', { other });
    case 'chat_moved':
      return p.actorName
        ? t('notifications.text.chatMovedBy', { withWhom, at, actor })
        : t('notifications.text.chatMoved', { withWhom, at });
    case 'reminder_hour':
      return t('notifications.text.reminderHour', { withWhom, at });
    case 'reminder_ten_minutes':
      return t('notifications.text.reminderTenMinutes', { withWhom });
    case 'support_reply':
      return t('notifications.text.supportReply');
    case 'booth_called':
      return p.companyName
        ? t('notifications.text.boothCalled', { company })
        : t('notifications.text.boothCalledUnnamed');
    case 'booth_missed':
      return p.companyName
        ? t('notifications.text.boothMissed', { company })
        : t('notifications.text.boothMissedUnnamed');
    case 'chat_running_late':
      return t('notifications.text.runningLate', { other, minutes: p.minutes ?? 5 });
    case 'chat_no_show':
      return t('notifications.text.noShow', { withWhom });
    case 'waitlist_offer':
      return p.acceptBy
        ? t('notifications.text.waitlistOfferUntil', { other, at, time: formatTime(p.acceptBy, zone) })
        : t('notifications.text.waitlistOffer', { other, at });
    case 'waitlist_offer_lapsed':
      return t('notifications.text.waitlistOfferLapsed', { other });
    case 'organizer_reminder':
      return t(reminderAsks[p.reminder ?? 'unconfirmed'], {
        named: p.eventName ? 'yes' : 'no',
        event: p.eventName ?? '',
        hasNote: p.note ? 'yes' : 'no',
        note: p.note ?? '',
      });
    case 'announcement':
      return t('notifications.text.announcement', {
        event: p.eventName ?? t('notifications.text.announcementFrom'),
        subject: p.subject ?? t('notifications.text.anAnnouncement'),
      });
  }
}

/** The talent's request list that shows the chat after this change. */
const talentTab: Partial<Record<Notification['kind'], ChatTab>> = {
  chat_invited: 'requests',
  chat_approved: 'in_scheduling',
  chat_rescheduled: 'in_scheduling',
  chat_declined: 'declined',
  chat_cancelled: 'declined',
  chat_no_show: 'completed',
  waitlist_offer: 'in_scheduling',
  waitlist_offer_lapsed: 'in_scheduling',
};

/**
 * Where a notification about a chat leads: the recruiter's page of that chat, or the talent's list holding it; one
 * about a company request, to where it is listed: the team's `Manage 1-1 Chats`, the talent's Declined list (the
 * only company request a talent is told of is a declined one).
 */
export function notificationLink(notification: Notification, role: CurrentUser['role']): string | null {
  const { eventId, chatId } = notification;
  if (eventId && !chatId && notification.kind.startsWith('company_request'))
    return role === 'recruiter' ? recruiterPaths.manage(eventId) : `/events/${eventId}/chats?tab=declined`;
  // A call to a booth, an organizer's reminder or announcement, is answered on the event's page.
  if (
    (notification.kind === 'booth_called' ||
      notification.kind === 'booth_missed' ||
      notification.kind === 'organizer_reminder' ||
      notification.kind === 'announcement') &&
    eventId
  )
    return `/events/${eventId}/chats`;
  if (!eventId || !chatId) return null;
  const tab = talentTab[notification.kind] ?? 'confirmed';
  return chatPath({ id: chatId, eventId, tab }, role === 'recruiter' ? 'recruiter' : 'talent');
}

/** `Today`, `Yesterday` or the date, on the reader's clock. */
export function dayLabel(iso: string, now: Date, zone: string): string {
  const day = utcToZoned(new Date(iso), zone).date;
  const today = utcToZoned(now, zone).date;
  if (day === today) return t('notifications.today');
  if (day === addDays(today, -1)) return t('notifications.yesterday');
  return formatDay(iso, zone);
}
