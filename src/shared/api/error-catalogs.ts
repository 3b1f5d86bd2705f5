import { accountErrorCatalog } from './account.contract.js';
import { announcementErrorCatalog } from './announcements.contract.js';
import { authErrorCatalog } from './auth.contract.js';
import { availabilityErrorCatalog } from './availability.contract.js';
import { boothErrorCatalog } from './booths.contract.js';
import { chatErrorCatalog } from './chats.contract.js';
import { companyQueueErrorCatalog } from './company-requests.contract.js';
import { cvErrorCatalog } from './cvs.contract.js';
import type { CodeOf } from './errors.js';
import { eventHealthErrorCatalog } from './event-health.contract.js';
import { eventErrorCatalog } from './events.contract.js';
import { handoffErrorCatalog } from './handoff.contract.js';
import { mailErrorCatalog } from './mail.contract.js';
import { matchErrorCatalog } from './matches.contract.js';
import { noteErrorCatalog } from './notes.contract.js';
import { notificationLogErrorCatalog } from './notification-log.contract.js';
import { notificationErrorCatalog } from './notifications.contract.js';
import { registrationErrorCatalog } from './registrations.contract.js';
import { roomErrorCatalog } from './rooms.contract.js';
import { safetyErrorCatalog } from './safety.contract.js';
import { scheduleErrorCatalog } from './schedule.contract.js';
import { supportErrorCatalog } from './support.contract.js';
import { talentErrorCatalog } from './talents.contract.js';

/**
 * Every module's error catalog of the API contract: `ApiErrorCode` is read from this list, and the server looks up
 * a code's English message here to answer in another language (`errors.de.json`).
 */
const apiErrorCatalogs = [
  accountErrorCatalog,
  announcementErrorCatalog,
  authErrorCatalog,
  availabilityErrorCatalog,
  boothErrorCatalog,
  chatErrorCatalog,
  companyQueueErrorCatalog,
  cvErrorCatalog,
  eventErrorCatalog,
  eventHealthErrorCatalog,
  handoffErrorCatalog,
  mailErrorCatalog,
  matchErrorCatalog,
  noteErrorCatalog,
  notificationErrorCatalog,
  notificationLogErrorCatalog,
  registrationErrorCatalog,
  roomErrorCatalog,
  safetyErrorCatalog,
  scheduleErrorCatalog,
  supportErrorCatalog,
  talentErrorCatalog,
] as const;

/** The codes of the modules' catalogs (the HTTP layer's own codes aside). */
export type CatalogErrorCode = CodeOf<(typeof apiErrorCatalogs)[number]>;

/** Each catalog code's English message, the source of every translation. */
export const catalogErrorMessages: Record<CatalogErrorCode, string> = Object.fromEntries(
  apiErrorCatalogs.flatMap((catalog) =>
    Object.entries(catalog.specs).map(([key, spec]) => [`${catalog.module}.${key}`, spec.message]),
  ),
) as Record<CatalogErrorCode, string>;
