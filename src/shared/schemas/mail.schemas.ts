import { z } from 'zod';

/** A message the mail server has not accepted yet (`pending`, still retried) or never will (`failed`). */
export const UndeliveredMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'failed']),
  attempts: z.number().int(),
  lastError: z.string(),
  /** When it is tried again; null once given up. */
  nextAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type UndeliveredMail = z.infer<typeof UndeliveredMail>;

/** Undelivered mail to the people registered at one event: how many in all, the newest first. */
export const UndeliveredMailResponse = z.object({
  count: z.number().int(),
  messages: z.array(UndeliveredMail),
});
export type UndeliveredMailResponse = z.infer<typeof UndeliveredMailResponse>;
