import type { Notification } from '../../../shared/schemas/notifications.schemas.js';
import type { NotificationRow } from './notifications.table.js';

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    eventId: row.eventId,
    chatId: row.chatId,
    supportConversationId: row.supportConversationId,
    params: row.params,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
