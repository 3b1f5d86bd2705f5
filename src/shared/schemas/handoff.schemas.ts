import { z } from 'zod';
import { say } from './schema-messages.js';

/**
 * Hand-off to hiring: a talent's consent to share their profile and contact details with one company, and the
 * export of a company's chats at an event for its applicant tracking system (docs/HANDOFF.md).
 */

/** The optional tick of a request, booking or acceptance: "Share my profile and contact details with Acme". */
export const ShareWithCompany = z.boolean({ error: say('handoff.share') });

/** A company the talent shared their details with; `revokedAt` is set once they took it back. */
export const DataSharingConsent = z.object({
  company: z.object({ id: z.uuid(), name: z.string() }),
  givenAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export type DataSharingConsent = z.infer<typeof DataSharingConsent>;

export const DataSharingConsentList = z.object({ consents: z.array(DataSharingConsent) });
export type DataSharingConsentList = z.infer<typeof DataSharingConsentList>;

/** What the recruiters' `Hand-off to hiring` area shows before a download. */
export const HandoffSummary = z.object({
  /** Chats the export holds: their talent shares their details with the company. */
  exported: z.number().int(),
  /** Chats left out because their talent does not (or no longer) share their details with the company. */
  leftOut: z.number().int(),
  /** The talents of the event who share their details with the viewer's company (the badge on chats and profiles). */
  sharingTalentIds: z.array(z.uuid()),
});
export type HandoffSummary = z.infer<typeof HandoffSummary>;

export const HandoffExportQuery = z.object({
  format: z.enum(['csv', 'json'], { error: say('handoff.format') }),
});

/** The file itself, as CSV text or JSON (docs/HANDOFF.md); its bytes are what the browser saves. */
export const HandoffFile = z.unknown() as z.ZodType<unknown>;
