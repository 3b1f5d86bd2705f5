import { z } from 'zod';
import { ShareWithCompany } from './handoff.schemas.js';
import { PersonRef } from './availability.schemas.js';
import { multiLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

/**
 * A company request: a talent asks a company for a 1-1 chat with whichever of its recruiters takes it. It waits
 * until one of them accepts it (a chat with that recruiter is created, approved), declines it, or the talent
 * withdraws it.
 */
export const companyRequestStates = ['waiting', 'accepted', 'declined', 'withdrawn'] as const;
export const CompanyRequestState = z.enum(companyRequestStates);
export type CompanyRequestState = z.infer<typeof CompanyRequestState>;

export const CompanyRequest = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  company: PersonRef,
  talent: PersonRef.extend({ headline: z.string() }),
  state: CompanyRequestState,
  /** The talent's message, as with a request to one recruiter. */
  message: z.string().nullable(),
  /** Who answered it (accepted or declined), once someone did. */
  decidedBy: PersonRef.nullable(),
  /** The recruiter the chat is with, once accepted (the one who accepted, or the colleague they accepted it for). */
  recruiter: PersonRef.nullable(),
  /** The chat its acceptance created. */
  chatId: z.uuid().nullable(),
  declineMessage: z.string().nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type CompanyRequest = z.infer<typeof CompanyRequest>;

export const CompanyRequestList = z.object({
  /** Waiting ones first, then the latest answered; a talent sees their own, a recruiter their company's. */
  requests: z.array(CompanyRequest),
  /** How many of them wait for an answer. */
  waiting: z.number().int(),
});
export type CompanyRequestList = z.infer<typeof CompanyRequestList>;

/** The same limits as a request's message to one recruiter (`ChatRequestInput`). */
export const CompanyRequestInput = z
  .object({ message: multiLineText().max(2000).optional(), shareWithCompany: ShareWithCompany.optional() })
  .optional()
  .default({});
export type CompanyRequestInput = z.infer<typeof CompanyRequestInput>;

/** `Request any recruiter` booking the company's next free slot, which may share the talent's details with it. */
export const CompanyBookingInput = z
  .object({ shareWithCompany: ShareWithCompany.optional() })
  .optional()
  .default({});
export type CompanyBookingInput = z.infer<typeof CompanyBookingInput>;

/** A recruiter accepts for themself, or for a colleague (`recruiterId`), as colleagues act for each other. */
export const CompanyRequestAcceptInput = z
  .object({ recruiterId: z.uuid({ error: say('chats.pickRecruiter') }).optional() })
  .optional()
  .default({});
export type CompanyRequestAcceptInput = z.infer<typeof CompanyRequestAcceptInput>;

export const CompanyRequestDeclineInput = z.object({ message: multiLineText().max(2000).default('') });
export type CompanyRequestDeclineInput = z.infer<typeof CompanyRequestDeclineInput>;

/** Direct booking of a company: the slot `Request any recruiter` would book now, and with whom. */
export const CompanyNextSlot = z.object({
  recruiter: PersonRef,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timeZone: z.string(),
});
export type CompanyNextSlot = z.infer<typeof CompanyNextSlot>;
