import { z } from 'zod';
import { multiLineText, singleLineText } from './text.schemas.js';
import { say, schemaMessage } from './schema-messages.js';

/**
 * An organizer's message to the people of an event: everyone, its talents, its recruiters, or the recruiters of one
 * attending company. It reaches each of them under the bell and by email, now or at a time in the event's zone.
 */

export const announcementAudiences = ['everyone', 'talents', 'recruiters', 'company'] as const;
export const AnnouncementAudience = z.enum(announcementAudiences, { error: say('announcements.audience') });
export type AnnouncementAudience = z.infer<typeof AnnouncementAudience>;

export const SUBJECT_MAX = 120;
export const MESSAGE_MAX = 5000;

export const AnnouncementInput = z
  .object({
    audience: AnnouncementAudience,
    /** Only with the `company` audience: the attending company whose recruiters receive it. */
    companyId: z.uuid({ error: say('announcements.company') }).optional(),
    subject: singleLineText()
      .min(1, { error: say('announcements.subjectEmpty') })
      .max(SUBJECT_MAX, { error: say('announcements.subjectMax', { max: SUBJECT_MAX }) }),
    message: multiLineText()
      .min(1, { error: say('announcements.messageEmpty') })
      .max(MESSAGE_MAX, { error: say('announcements.messageMax', { max: MESSAGE_MAX }) }),
    /** When to send it, on the event's clock; both absent to send it now. */
    sendDate: z.iso.date({ error: say('dates.dateFormat') }).optional(),
    sendTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: say('announcements.sendTimeFormat') })
      .optional(),
  })
  .superRefine((input, issues) => {
    if (input.audience === 'company' && !input.companyId)
      issues.addIssue({
        code: 'custom',
        path: ['companyId'],
        message: schemaMessage('announcements.company'),
      });
    if (input.audience !== 'company' && input.companyId)
      issues.addIssue({
        code: 'custom',
        path: ['companyId'],
        message: schemaMessage('announcements.oneCompany'),
      });
    if (input.sendDate && !input.sendTime)
      issues.addIssue({
        code: 'custom',
        path: ['sendTime'],
        message: schemaMessage('announcements.sendTime'),
      });
    if (input.sendTime && !input.sendDate)
      issues.addIssue({
        code: 'custom',
        path: ['sendDate'],
        message: schemaMessage('announcements.sendDate'),
      });
  });
export type AnnouncementInput = z.infer<typeof AnnouncementInput>;

/** `sending`: due, and being written to its recipients by the next round of the job. */
const AnnouncementStatus = z.enum(['scheduled', 'sending', 'sent', 'cancelled']);

export const Announcement = z.object({
  id: z.uuid(),
  audience: AnnouncementAudience,
  companyId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  subject: z.string(),
  message: z.string(),
  status: AnnouncementStatus,
  sendAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  /** How many people it was written to; null until sent. */
  recipients: z.number().int().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementList = z.object({ announcements: z.array(Announcement) });
export type AnnouncementList = z.infer<typeof AnnouncementList>;
