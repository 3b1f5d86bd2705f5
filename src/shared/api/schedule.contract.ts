import { CalendarFeedLinks } from '../schemas/schedule.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const scheduleErrorCatalog = errorCatalog('schedule', {
  no_schedule: { kind: 'forbidden', message: 'Only talents and recruiters have a schedule of 1-1 chats.' },
  feed_not_found: {
    kind: 'not_found',
    message: 'This calendar address is unknown or was reset. Copy the current one from My Schedule.',
  },
});

/** The feed itself (`/calendar/:userId/:file`) is iCalendar text for calendar apps, registered by the server alone. */
export const scheduleApi = defineRoutes('schedule', {
  calendarFeed: {
    method: 'GET',
    path: '/api/me/calendar-feed',
    summary: "The address of the viewer's personal calendar feed (secret: whoever has it sees the chats)",
    responses: { 200: CalendarFeedLinks },
  },
  resetCalendarFeed: {
    method: 'POST',
    path: '/api/me/calendar-feed/reset',
    summary: 'Replace the calendar feed address: the old one stops working',
    responses: { 200: CalendarFeedLinks },
  },
});
