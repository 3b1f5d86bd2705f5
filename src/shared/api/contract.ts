import { accountApi } from './account.contract.js';
import { announcementsApi } from './announcements.contract.js';
import { authApi } from './auth.contract.js';
import { availabilityApi } from './availability.contract.js';
import { boothsApi } from './booths.contract.js';
import { chatsApi } from './chats.contract.js';
import { companyRequestsApi } from './company-requests.contract.js';
import { cvsApi } from './cvs.contract.js';
import { dashboardApi } from './dashboard.contract.js';
import type { CatalogErrorCode } from './error-catalogs.js';
import type { HttpErrorCode } from './errors.js';
import { eventHealthApi } from './event-health.contract.js';
import { eventsApi } from './events.contract.js';
import { handoffApi } from './handoff.contract.js';
import { healthApi } from './health.contract.js';
import { homeApi } from './home.contract.js';
import { notificationsApi } from './notifications.contract.js';
import { mailApi } from './mail.contract.js';
import { notificationLogApi } from './notification-log.contract.js';
import { notesApi } from './notes.contract.js';
import { matchesApi } from './matches.contract.js';
import { registrationsApi } from './registrations.contract.js';
import { roomsApi } from './rooms.contract.js';
import { safetyApi } from './safety.contract.js';
import { scheduleApi } from './schedule.contract.js';
import { supportApi } from './support.contract.js';
import { talentsApi } from './talents.contract.js';

/**
 * The JSON API, module by module: the server registers each route from here, the web calls it through here.
 * Routes that do not answer JSON to the app (the calendar feed, the mailbox pages, `/live`, backups) are not in it.
 */
export const contract = {
  health: healthApi,
  auth: authApi,
  mail: mailApi,
  events: eventsApi,
  home: homeApi,
  registrations: registrationsApi,
  talents: talentsApi,
  cvs: cvsApi,
  availability: availabilityApi,
  chats: chatsApi,
  companyRequests: companyRequestsApi,
  booths: boothsApi,
  schedule: scheduleApi,
  support: supportApi,
  rooms: roomsApi,
  notes: notesApi,
  notifications: notificationsApi,
  matches: matchesApi,
  safety: safetyApi,
  dashboard: dashboardApi,
  eventHealth: eventHealthApi,
  account: accountApi,
  handoff: handoffApi,
  notificationLog: notificationLogApi,
  announcements: announcementsApi,
};

/** Every code an error answer of the API may carry. */
export type ApiErrorCode = HttpErrorCode | CatalogErrorCode;
