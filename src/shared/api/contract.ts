import { accountApi, type accountErrorCatalog } from './account.contract.js';
import { announcementsApi, type announcementErrorCatalog } from './announcements.contract.js';
import { authApi, type authErrorCatalog } from './auth.contract.js';
import { availabilityApi, type availabilityErrorCatalog } from './availability.contract.js';
import { type boothErrorCatalog, boothsApi } from './booths.contract.js';
import { type chatErrorCatalog, chatsApi } from './chats.contract.js';
import { type companyQueueErrorCatalog, companyRequestsApi } from './company-requests.contract.js';
import { type cvErrorCatalog, cvsApi } from './cvs.contract.js';
import { dashboardApi } from './dashboard.contract.js';
import type { CodeOf, HttpErrorCode } from './errors.js';
import { type eventHealthErrorCatalog, eventHealthApi } from './event-health.contract.js';
import { type eventErrorCatalog, eventsApi } from './events.contract.js';
import { handoffApi, type handoffErrorCatalog } from './handoff.contract.js';
import { healthApi } from './health.contract.js';
import { homeApi } from './home.contract.js';
import { type notificationErrorCatalog, notificationsApi } from './notifications.contract.js';
import { mailApi, type mailErrorCatalog } from './mail.contract.js';
import { notificationLogApi, type notificationLogErrorCatalog } from './notification-log.contract.js';
import { type noteErrorCatalog, notesApi } from './notes.contract.js';
import { type matchErrorCatalog, matchesApi } from './matches.contract.js';
import { type registrationErrorCatalog, registrationsApi } from './registrations.contract.js';
import { type roomErrorCatalog, roomsApi } from './rooms.contract.js';
import { type safetyErrorCatalog, safetyApi } from './safety.contract.js';
import { type scheduleErrorCatalog, scheduleApi } from './schedule.contract.js';
import { type supportErrorCatalog, supportApi } from './support.contract.js';
import { type talentErrorCatalog, talentsApi } from './talents.contract.js';

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
export type ApiErrorCode =
  | HttpErrorCode
  | CodeOf<typeof accountErrorCatalog>
  | CodeOf<typeof announcementErrorCatalog>
  | CodeOf<typeof authErrorCatalog>
  | CodeOf<typeof availabilityErrorCatalog>
  | CodeOf<typeof boothErrorCatalog>
  | CodeOf<typeof chatErrorCatalog>
  | CodeOf<typeof companyQueueErrorCatalog>
  | CodeOf<typeof eventErrorCatalog>
  | CodeOf<typeof eventHealthErrorCatalog>
  | CodeOf<typeof handoffErrorCatalog>
  | CodeOf<typeof mailErrorCatalog>
  | CodeOf<typeof notificationLogErrorCatalog>
  | CodeOf<typeof noteErrorCatalog>
  | CodeOf<typeof matchErrorCatalog>
  | CodeOf<typeof notificationErrorCatalog>
  | CodeOf<typeof registrationErrorCatalog>
  | CodeOf<typeof roomErrorCatalog>
  | CodeOf<typeof safetyErrorCatalog>
  | CodeOf<typeof scheduleErrorCatalog>
  | CodeOf<typeof supportErrorCatalog>
  | CodeOf<typeof talentErrorCatalog>
  | CodeOf<typeof cvErrorCatalog>;
