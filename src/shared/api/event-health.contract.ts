import {
  EventHealth,
  EventHealthQuery,
  HealthReminderInput,
  HealthReminderSent,
} from '../schemas/event-health.schemas.js';
import { errorCatalog } from './errors.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

export const eventHealthErrorCatalog = errorCatalog('eventHealth', {
  nobody_to_remind: { kind: 'conflict', message: 'Nobody is concerned by this warning any more.' },
  reminded_recently: {
    kind: 'conflict',
    message: 'Everyone concerned was reminded of this in the last 12 hours.',
  },
  company_not_registered: { kind: 'not_found', message: 'This company does not attend this event.' },
  day_not_found: { kind: 'not_found', message: 'This day is not part of this event.' },
});

/** What may go wrong at an event, for its organizer, with a reminder to the people concerned. */
export const eventHealthApi = defineRoutes('eventHealth', {
  health: {
    method: 'GET',
    path: '/api/events/:id/health',
    summary:
      "For the event's organizer: recruiters without confirmed availability, companies with no free slot left, days with more open requests than free slots",
    params: IdParams,
    query: EventHealthQuery,
    responses: { 200: EventHealth },
  },
  remind: {
    method: 'POST',
    path: '/api/events/:id/health/reminders',
    summary:
      'Email and notify the people concerned by one warning; anyone reminded of the same in the last 12 hours is skipped',
    params: IdParams,
    body: HealthReminderInput,
    responses: { 200: HealthReminderSent },
  },
});
