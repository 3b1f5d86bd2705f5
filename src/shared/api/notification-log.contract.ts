import { z } from 'zod';
import {
  NotificationLogPage,
  NotificationLogQuery,
  NotificationLogSummary,
} from '../schemas/notification-log.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const notificationLogErrorCatalog = errorCatalog('notification_log', {
  mail_not_found: { kind: 'not_found', message: 'This email was not sent to anyone at this event.' },
  resend_queued: {
    kind: 'conflict',
    message: 'A copy of this email is already waiting to be sent. It goes out with the next delivery.',
  },
  bad_cursor: { kind: 'invalid', message: 'This page of the log does not exist; start from the first.' },
});

const MailParams = IdParams.extend({ mailId: z.uuid({ error: 'Not a valid email id.' }) });

export const notificationLogApi = defineRoutes('notification-log', {
  list: {
    method: 'GET',
    path: '/api/events/:id/notification-log',
    summary:
      "Every email and in-app notification to the event's people with its delivery status, newest first (organizer)",
    params: IdParams,
    query: NotificationLogQuery,
    responses: { 200: NotificationLogPage },
  },
  summary: {
    method: 'GET',
    path: '/api/events/:id/notification-log/summary',
    summary: "How many of the event's emails are queued, retrying, sent or failed (organizer)",
    params: IdParams,
    responses: { 200: NotificationLogSummary },
  },
  resend: {
    method: 'POST',
    path: '/api/events/:id/notification-log/:mailId/resend',
    summary:
      'Queues a new copy of one of the event’s emails, linked to it and to the organizer; one at a time (organizer)',
    params: MailParams,
    responses: { 201: z.object({ id: z.uuid() }) },
  },
});
