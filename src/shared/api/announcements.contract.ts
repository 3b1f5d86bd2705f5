import { z } from 'zod';
import { Announcement, AnnouncementInput, AnnouncementList } from '../schemas/announcements.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const announcementErrorCatalog = errorCatalog('announcement', {
  not_found: { kind: 'not_found', message: 'This announcement does not exist.' },
  company_not_attending: { kind: 'not_found', message: 'This company does not attend this event.' },
  schedule_past: { kind: 'invalid', message: 'Choose a time in the future.' },
  schedule_after_event: { kind: 'invalid', message: "Choose a time before the end of the event's last day." },
  schedule_missing_time: { kind: 'invalid', message: "This time does not exist in the event's zone." },
  not_scheduled: { kind: 'conflict', message: 'Only an announcement not sent yet can be cancelled.' },
});

const AnnouncementParams = IdParams.extend({
  announcementId: z.uuid({ error: 'Not a valid announcement id.' }),
});

/** The organizer's messages to the people of an event. */
export const announcementsApi = defineRoutes('announcements', {
  list: {
    method: 'GET',
    path: '/api/events/:id/announcements',
    summary: "For the event's organizer: its announcements, newest first, with their status",
    params: IdParams,
    responses: { 200: AnnouncementList },
  },
  create: {
    method: 'POST',
    path: '/api/events/:id/announcements',
    summary:
      'Store an announcement to everyone, the talents, the recruiters or one company; sent in the background now or at the time given in the event zone',
    params: IdParams,
    body: AnnouncementInput,
    responses: { 201: Announcement },
  },
  cancel: {
    method: 'POST',
    path: '/api/events/:id/announcements/:announcementId/cancel',
    summary: 'Cancel a scheduled announcement before it is sent',
    params: AnnouncementParams,
    responses: { 200: Announcement },
  },
});
