import type { ChatTab } from '../../shared/booking/chat-phase';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import type { HealthReminderKind } from '../../shared/schemas/event-health.schemas';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { addDays } from '../../shared/time/zoned';
import { utcToZoned } from '../../shared/time/zoned';
import { chatPath } from '../pages/event/chats/chatPath';
import { recruiterPaths } from '../pages/event/chats/recruiter/paths';
import { formatDay, formatTime } from '../time';

/** What an organizer's reminder asks, by the warning it answers. */
const reminderAsks: Record<HealthReminderKind, string> = {
  unconfirmed: 'The organizer asks you to confirm your availability',
  company_full: 'Your team has no free slots left: the organizer asks you to open more',
  busy_day: 'Talents are waiting for your answer: the organizer asks you to answer them or open more slots',
};

/** What a notification says to its reader, from its kind and the names and time stored with it. */
/** The bell's accessible name: `Notifications`, and how many are unread when some are. */
export const bellLabel = (unread: number): string =>
  unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';

export function notificationText(
  notification: Notification,
  role: CurrentUser['role'],
  zone: string,
): string {
  const p = notification.params;
  const other = p.otherName ?? 'Someone';
  const withWhom = p.companyName ? `${other} (${p.companyName})` : other;
  const at = p.startsAt ? `${formatDay(p.startsAt, zone)}, ${formatTime(p.startsAt, zone)}` : '';
  const byColleague = p.actorName ? ` by ${p.actorName}` : '';
  switch (notification.kind) {
    case 'chat_requested':
      return `${other} requested a 1-1 chat with you`;
    case 'company_requested':
      return `${other} asks to talk to anyone at ${p.companyName ?? 'your company'}`;
    case 'company_request_withdrawn':
      return `${other} withdrew their request to talk to anyone at ${p.companyName ?? 'your company'}`;
    case 'company_request_declined':
      return `${p.companyName ?? 'The company'} declined your company request`;
    case 'chat_invited':
      return `${withWhom} invites you to a 1-1 chat`;
    case 'chat_invited_for_you':
      return `${p.actorName} invited ${other} to a 1-1 chat with you`;
    case 'chat_approved':
      return `${withWhom} approved your request: please pick a time`;
    case 'chat_declined':
      return `${withWhom} declined your request`;
    case 'chat_withdrawn':
      return `${other} withdrew their request`;
    case 'invitation_declined':
      return p.colleagueName
        ? `${other} declined the invitation to a 1-1 chat with ${p.colleagueName}`
        : `${other} declined your invitation`;
    case 'chat_approved_for_you':
      return `${p.actorName} approved the request of ${other} for you`;
    case 'chat_declined_for_you':
      return `${p.actorName} declined the request of ${other} for you`;
    case 'chat_confirmed':
      return `Your 1-1 chat with ${withWhom} is confirmed: ${at}`;
    case 'chat_cancelled':
      return `Your 1-1 chat with ${withWhom} was cancelled${byColleague}`;
    case 'chat_rescheduled':
      return role === 'talent'
        ? `Your 1-1 chat with ${withWhom} needs a new time: please pick one`
        : `${other} will pick a new time for your 1-1 chat${byColleague ? ` (released${byColleague})` : ''}`;
    case 'chat_moved':
      return `Your 1-1 chat with ${withWhom} was moved to ${at}${byColleague}`;
    case 'reminder_hour':
      return `Your 1-1 chat with ${withWhom} starts at ${at}`;
    case 'reminder_ten_minutes':
      return `Your 1-1 chat with ${withWhom} starts in 10 minutes`;
    case 'support_reply':
      return 'Support replied to your message';
    case 'booth_called':
      return `It's your turn at ${p.companyName ? `${p.companyName}'s booth` : 'the booth'} — go to the booth`;
    case 'booth_missed':
      return `${p.companyName ?? 'The booth'} called you, but you were not there: you may queue again`;
    case 'chat_running_late':
      return `${other} is running ${p.minutes ?? 5} minutes late for your 1-1 chat`;
    case 'chat_no_show':
      return `You were marked as a no-show for your 1-1 chat with ${withWhom}`;
    case 'waitlist_offer':
      return `A slot with ${other} is free: ${at}${p.acceptBy ? ` — accept by ${formatTime(p.acceptBy, zone)}` : ''}`;
    case 'waitlist_offer_lapsed':
      return `The slot offered with ${other} went to the next person waiting: you left the waitlist`;
    case 'organizer_reminder':
      return `${reminderAsks[p.reminder ?? 'unconfirmed']} at ${p.eventName ?? 'the event'}${p.note ? ` — ${p.note}` : ''}`;
    case 'announcement':
      return `${p.eventName ?? 'The organizer'}: ${p.subject ?? 'an announcement'}`;
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
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  return formatDay(iso, zone);
}
