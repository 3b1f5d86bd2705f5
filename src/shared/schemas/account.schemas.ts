import { z } from 'zod';
import { say } from './schema-messages.js';

/** The name every screen shows for a person who deleted their account. */
export const DELETED_TALENT_NAME = 'Deleted talent';

/** What stands in for the words a deleted account wrote where others keep the conversation. */
export const REMOVED_WORDS = '(removed)';

/** The version of the export's layout: raised whenever a field changes meaning or goes away. */
export const DATA_EXPORT_FORMAT = 1;

/** Asked again before the account goes: the person's own password. */
export const AccountDeletionRequest = z.object({
  password: z
    .string()
    .min(1, { error: say('account.passwordToConfirm') })
    .max(200),
});
export type AccountDeletionRequest = z.infer<typeof AccountDeletionRequest>;

/** One stored record as it is kept: its columns by name, times as ISO 8601 strings. */
const Rows = z.array(z.record(z.string(), z.unknown()));

/**
 * Everything Parley holds about the person who asks, as JSON. Records of others the person never sees are not in
 * it: recruiters' notes and assessments of a talent are the company's, not the talent's.
 */
export const DataExport = z.object({
  format: z.literal(DATA_EXPORT_FORMAT),
  exportedAt: z.string(),
  notes: z.array(z.string()),
  account: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['organizer', 'recruiter', 'talent', 'support']),
    company: z.object({ id: z.string(), name: z.string() }).nullable(),
    timeZone: z.string().nullable(),
    browserTimeZone: z.string().nullable(),
    createdAt: z.string(),
  }),
  talentProfile: z.record(z.string(), z.unknown()).nullable(),
  cv: z
    .object({ fileName: z.string(), size: z.number(), uploadedAt: z.string(), download: z.string() })
    .nullable(),
  registrations: Rows,
  chats: z.array(
    z.object({
      id: z.string(),
      event: z.object({ id: z.string(), name: z.string() }),
      talent: z.object({ id: z.string(), name: z.string() }),
      recruiter: z.object({ id: z.string(), name: z.string(), company: z.string() }),
      state: z.string(),
      initiatedBy: z.string(),
      talentAnswer: z.string().nullable(),
      startsAt: z.string().nullable(),
      endsAt: z.string().nullable(),
      createdAt: z.string(),
      history: Rows,
      roomMessages: Rows,
    }),
  ),
  companyRequests: Rows,
  roomMessagesWritten: Rows,
  supportConversations: z.array(
    z.object({ conversation: z.record(z.string(), z.unknown()), messages: Rows }),
  ),
  roomAttendance: Rows,
  recruiterDetails: Rows,
  availability: Rows,
  notifications: Rows,
  emailPreferencesOff: Rows,
  favourites: Rows,
  waitlists: Rows,
  companyWaitlists: Rows,
  boothQueues: Rows,
  invitationOptOuts: Rows,
  blocksMade: Rows,
  reportsFiled: Rows,
  dataSharingConsents: Rows,
});
export type DataExport = z.infer<typeof DataExport>;
