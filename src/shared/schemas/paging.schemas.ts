import { z } from 'zod';
import { say } from './schema-messages.js';

/** Messages come a page at a time, newest page first, so a long chat costs what one screen shows. */
export const MESSAGE_PAGE_DEFAULT = 50;
const MESSAGE_PAGE_MAX = 100;

/** `before`: the id of the oldest message already shown; the page holds the messages just before it. */
export const MessagePageQuery = z.object({
  before: z.uuid({ error: say('ids.message') }).optional(),
  limit: z.coerce
    .number({ error: say('paging.messages') })
    .int({ error: say('paging.wholeMessages') })
    .min(1, { error: say('paging.messagesRange', { max: MESSAGE_PAGE_MAX }) })
    .max(MESSAGE_PAGE_MAX, { error: say('paging.messagesRange', { max: MESSAGE_PAGE_MAX }) })
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
