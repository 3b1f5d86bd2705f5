import { z } from 'zod';

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
