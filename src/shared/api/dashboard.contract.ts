import { DashboardCsv, DashboardExportQuery, EventDashboard } from '../schemas/dashboard.schemas.js';
import { IdParams } from './params.js';
import { defineRoutes } from './route.js';

/** What the organizer of an event reads about how it is going. */
export const dashboardApi = defineRoutes('dashboard', {
  dashboard: {
    method: 'GET',
    path: '/api/events/:id/dashboard',
    summary:
      "For the event's organizer: registrations, requests, chats, the talents' funnel and slot use per day, company and recruiter",
    params: IdParams,
    responses: { 200: EventDashboard },
  },
  export: {
    method: 'GET',
    path: '/api/events/:id/dashboard/export',
    summary:
      "For the event's organizer: one table of the dashboard, or every chat of the event (never recruiters' notes), as CSV",
    params: IdParams,
    query: DashboardExportQuery,
    produces: ['text/csv'],
    responses: { 200: DashboardCsv },
  },
});
