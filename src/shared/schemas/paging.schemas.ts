import { z } from 'zod';

/** Messages come a page at a time, newest page first, so a long chat costs what one screen shows. */
export const MESSAGE_PAGE_DEFAULT = 50;
const MESSAGE_PAGE_MAX = 100;

/** `before`: the id of the oldest message already shown; the page holds the messages just before it. */
export const MessagePageQuery = z.object({
  before: z.uuid({ error: 'Not a valid message id.' }).optional(),
  limit: z.coerce
    .number({ error: 'Ask for a number of messages.' })
    .int({ error: 'Ask for a whole number of messages.' })
    .min(1, { error: `Ask for 1 to ${MESSAGE_PAGE_MAX} messages at a time.` })
    .max(MESSAGE_PAGE_MAX, { error: `Ask for 1 to ${MESSAGE_PAGE_MAX} messages at a time.` })
    .default(MESSAGE_PAGE_DEFAULT),
});
export type MessagePageQuery = z.infer<typeof MessagePageQuery>;

/** A page of messages, oldest first; `nextBefore` fetches the page before it, null at the conversation's start. */
export function messagePage<T extends z.ZodType>(message: T) {
  return z.object({ messages: z.array(message), nextBefore: z.uuid().nullable() });
}
export interface MessagePage<T> {
  messages: T[];
  nextBefore: string | null;
}
