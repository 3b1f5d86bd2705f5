import { z } from 'zod';

// A module of its own: only the 1-1 chats pages load it, not every screen that shows a chat.

/** A talent's place on a recruiter's waitlist at an event: 1 is next. */
const WaitlistEntry = z.object({
  recruiterId: z.uuid(),
  recruiterName: z.string(),
  position: z.number().int(),
  joinedAt: z.iso.datetime(),
});

/** A talent's place on a company's waitlist at an event ("talk to anyone at Acme"): 1 is next. */
const CompanyWaitlistEntry = z.object({
  companyId: z.uuid(),
  companyName: z.string(),
  position: z.number().int(),
  joinedAt: z.iso.datetime(),
});

/**
 * A talent's own places on recruiters' waitlists (`entries`) and companies' (`companyEntries`), or for a recruiter
 * how many wait for each of their team (`counts`) and for their company (`companyWaiting`).
 */
export const WaitlistsResponse = z.object({
  entries: z.array(WaitlistEntry),
  companyEntries: z.array(CompanyWaitlistEntry),
  counts: z.array(z.object({ recruiterId: z.uuid(), waiting: z.number().int() })),
  companyWaiting: z.number().int(),
});
export type WaitlistsResponse = z.infer<typeof WaitlistsResponse>;
