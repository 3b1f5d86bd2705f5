import { z } from 'zod';
import {
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  UnreadCount,
} from '../schemas/notifications.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const notificationErrorCatalog = errorCatalog('notifications', {
  not_found: { kind: 'not_found', message: 'This notification does not exist.' },
  unknown_cursor: { kind: 'invalid', message: 'This notification is not in your list.' },
});

export const notificationsApi = defineRoutes('notifications', {
  list: {
    method: 'GET',
    path: '/api/me/notifications',
    summary:
      "The viewer's notifications, newest first, a page at a time (`before`: a page's `nextBefore`), with how many are unread",
    query: NotificationListQuery,
    responses: { 200: NotificationList },
  },
  markRead: {
    method: 'POST',
    path: '/api/me/notifications/:notificationId/read',
    summary: "Mark one of the viewer's notifications read",
    params: z.object({ notificationId: z.uuid({ error: 'Not a valid notification id.' }) }),
    responses: { 200: UnreadCount },
  },
  markAllRead: {
    method: 'POST',
    path: '/api/me/notifications/read',
    summary: 'Mark every notification of the viewer read',
    responses: { 200: UnreadCount },
  },
  preferences: {
    method: 'GET',
    path: '/api/me/notification-preferences',
    summary: 'Which kinds of notification also go by email (confirmations and reminders always do)',
    responses: { 200: NotificationPreferences },
  },
  setPreferences: {
    method: 'PUT',
    path: '/api/me/notification-preferences',
    summary: 'Switch email on or off per group of notifications; they stay in the app either way',
    body: NotificationPreferences,
    responses: { 200: NotificationPreferences },
  },
});
