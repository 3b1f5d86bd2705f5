import { z } from 'zod';

/** A message the mail server has not accepted yet (`pending`, still retried) or never will (`failed`). */
const UndeliveredMail = z.object({
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

/** Undelivered mail to the people registered at one event: how many in all, the newest first. */
export const UndeliveredMailResponse = z.object({
  count: z.number().int(),
  messages: z.array(UndeliveredMail),
});
export type UndeliveredMailResponse = z.infer<typeof UndeliveredMailResponse>;

/** A message of the local outbox, as the developer's mailbox lists it. */
const OutboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  createdAt: z.iso.datetime(),
  calendar: z.object({ method: z.string(), content: z.string() }).nullable(),
});

export const OutboxQuery = z.object({
  to: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const OutboxResponse = z.object({ messages: z.array(OutboxMail) });
