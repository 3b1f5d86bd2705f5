import { z } from 'zod';
import { multiLineText } from './text.schemas.js';
import { PersonRef } from './availability.schemas.js';
import { messagePage } from './paging.schemas.js';
import { say } from './schema-messages.js';

/**
 * Technical support: a talent or recruiter writes to the support team (the room's life ring), agents answer from
 * their console. One open conversation per person; writing after it was closed starts a new one.
 */

export const SUPPORT_MESSAGE_MAX = 2000;

export const SupportStatus = z.enum(['open', 'closed']);
export type SupportStatus = z.infer<typeof SupportStatus>;

const MessageBody = multiLineText({ error: say('messages.empty') })
  .min(1, { error: say('messages.empty') })
  .max(SUPPORT_MESSAGE_MAX, { error: say('support.messageMax', { max: SUPPORT_MESSAGE_MAX }) });

/** What the person writes, with where they are when they write it (the room passes its event and chat). */
export const SupportMessageInput = z.object({
  body: MessageBody,
  eventId: z.uuid({ error: say('ids.event') }).optional(),
  chatId: z.uuid({ error: say('ids.chat') }).optional(),
});
export type SupportMessageInput = z.infer<typeof SupportMessageInput>;

export const SupportReplyInput = z.object({ body: MessageBody });
export type SupportReplyInput = z.infer<typeof SupportReplyInput>;

export const SupportListQuery = z.object({
  /** Without it, open conversations come first, then closed ones. */
  status: SupportStatus.optional(),
  eventId: z.uuid({ error: say('ids.event') }).optional(),
});
export type SupportListQuery = z.infer<typeof SupportListQuery>;

export const SupportMessage = z.object({
  id: z.uuid(),
  /** Written by an agent: the person asking sees it as "Support". */
  fromSupport: z.boolean(),
  author: PersonRef,
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type SupportMessage = z.infer<typeof SupportMessage>;

/** A conversation as a line of the agents' list: who asks, from where, and since when they wait. */
export const SupportConversationSummary = z.object({
  id: z.uuid(),
  status: SupportStatus,
  asker: PersonRef.extend({
    role: z.enum(['talent', 'recruiter']),
    /** The recruiter's company; null for talents. */
    company: z.string().nullable(),
  }),
  event: PersonRef.extend({ timeZone: z.string() }).nullable(),
  chat: z
    .object({
      id: z.uuid(),
      talent: PersonRef,
      recruiter: PersonRef,
      company: z.string(),
      startsAt: z.iso.datetime().nullable(),
      endsAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  /** The oldest message support has not answered; null when nobody is waiting. */
  waitingSince: z.iso.datetime().nullable(),
  lastMessage: SupportMessage.pick({ body: true, fromSupport: true, createdAt: true }).nullable(),
  createdAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  closedBy: PersonRef.nullable(),
});
export type SupportConversationSummary = z.infer<typeof SupportConversationSummary>;

export const SupportMessagePage = messagePage(SupportMessage);
export type SupportMessagePage = z.infer<typeof SupportMessagePage>;

/** With its newest page of messages (oldest first); `nextBefore` fetches the page before it. */
export const SupportConversation = SupportConversationSummary.extend(SupportMessagePage.shape);
export type SupportConversation = z.infer<typeof SupportConversation>;

export const SupportConversationListResponse = z.object({
  conversations: z.array(SupportConversationSummary),
});
export type SupportConversationListResponse = z.infer<typeof SupportConversationListResponse>;

/** The asker's own conversation: the open one, else the latest closed one, else none yet. */
export const MySupportConversationResponse = z.object({ conversation: SupportConversation.nullable() });
export type MySupportConversationResponse = z.infer<typeof MySupportConversationResponse>;
