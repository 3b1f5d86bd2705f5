import { z } from 'zod';
import { multiLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

/** Why a person is reported to the organizer; `no_show_other` covers a missed chat and anything else. */
export const ReportReason = z.enum(['harassment', 'spam', 'inappropriate_content', 'no_show_other']);
export type ReportReason = z.infer<typeof ReportReason>;

export const ReportInput = z.object({
  reportedId: z.uuid({ error: say('safety.reported') }),
  reason: ReportReason,
  message: multiLineText()
    .min(1, { error: say('safety.description') })
    .max(1000, { error: say('safety.descriptionMax') }),
});
export type ReportInput = z.infer<typeof ReportInput>;

const PersonRef = z.object({ id: z.string(), name: z.string() });

/** A report as the organizer of an event both people take part in sees it. */
export const SafetyReport = z.object({
  id: z.string(),
  reporter: PersonRef,
  reported: PersonRef,
  reason: ReportReason,
  message: z.string(),
  createdAt: z.iso.datetime(),
  handledAt: z.iso.datetime().nullable(),
});
export type SafetyReport = z.infer<typeof SafetyReport>;

export const SafetyReportList = z.object({ reports: z.array(SafetyReport) });

export const ReportCreated = z.object({ id: z.string() });

const BlockedPerson = z.object({ userId: z.string(), name: z.string(), blockedAt: z.iso.datetime() });

/** The viewer's own safety settings, for the Account page. */
export const MySafety = z.object({
  /** Talents: recruiters may not invite them at any event. */
  invitationsOffEverywhere: z.boolean(),
  blocked: z.array(BlockedPerson),
});
export type MySafety = z.infer<typeof MySafety>;

/** A talent's invitation opt-outs as they bear on one event. */
export const InvitationOptOut = z.object({ here: z.boolean(), everywhere: z.boolean() });
export type InvitationOptOut = z.infer<typeof InvitationOptOut>;

/** Whether the viewer may start a chat with a person at an event, and the sentence saying why not. */
export const ContactStatus = z.object({
  refusal: z.string().nullable(),
  /** The viewer blocked this person (the profile offers to unblock on the Account page). */
  blockedByYou: z.boolean(),
});
export type ContactStatus = z.infer<typeof ContactStatus>;
