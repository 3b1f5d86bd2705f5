import type { ChatStatus, ChatTab } from '../../../../../shared/schemas/chats.schemas';
import type { DayMode } from '../../../../../shared/schemas/events.schemas';
import type { MessageKey } from '../../../../i18n/i18n';

/** The request-list tabs, as the recruiter's lists and counts name them. */
export const chatTabKeys: Record<ChatTab, MessageKey> = {
  requests: 'recruiter.chatStatus.requests',
  in_scheduling: 'recruiter.chatStatus.inScheduling',
  confirmed: 'recruiter.chatStatus.confirmed',
  declined: 'recruiter.chatStatus.declined',
  completed: 'recruiter.chatStatus.completed',
};

/** Where a chat stands: the tabs plus `Cancelled`. */
export const chatStatusKeys: Record<ChatStatus, MessageKey> = {
  ...chatTabKeys,
  cancelled: 'recruiter.chatStatus.cancelled',
};

export const dayModeKeys: Record<DayMode, MessageKey> = {
  virtual: 'recruiter.dayMode.virtual',
  in_person: 'recruiter.dayMode.inPerson',
};
