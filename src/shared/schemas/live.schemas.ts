import { z } from 'zod';

/**
 * The live-update protocol over the one WebSocket of a browser tab (`GET /live`), validated on both ends.
 *
 * Server messages say *that* something changed, with ids only, never documents: they travel through PostgreSQL
 * NOTIFY (payloads under 8000 bytes) and the client refetches what it shows over HTTP, where access is checked.
 * Chat rooms (text, presence, WebRTC signalling) will add their own members to both unions.
 */

const EventId = z.uuid();

export const LiveServerMessage = z.discriminatedUnion('type', [
  /** A chat of this event changed state, time or participants. */
  z.object({ type: z.literal('chats.changed'), eventId: EventId, chatId: z.uuid() }),
  /** A recruiter's free slots at this event changed (availability edited, a slot booked or freed). */
  z.object({ type: z.literal('availability.changed'), eventId: EventId, recruiterId: z.uuid() }),
  /** The event itself changed: name, days, registrations, publication. */
  z.object({ type: z.literal('event.changed'), eventId: EventId }),
  /** The session of this socket was logged out or revoked: the server closes the socket after it. */
  z.object({ type: z.literal('session.ended') }),
  /** The server now sends this event's messages to this socket (answer to `watch`). */
  z.object({ type: z.literal('watching'), eventId: EventId }),
  /** Answer to `ping`: lets the browser notice a dead connection, which it cannot see otherwise. */
  z.object({ type: z.literal('pong') }),
  /** A refused or malformed client message; `code` is a stable dotted code as in HTTP errors. */
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    eventId: EventId.optional(),
  }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessage>;

export const LiveClientMessage = z.discriminatedUnion('type', [
  /** Receive the messages of an event the user takes part in, until `unwatch` or the socket closes. */
  z.object({ type: z.literal('watch'), eventId: z.uuid({ error: 'Not a valid event id.' }) }),
  z.object({ type: z.literal('unwatch'), eventId: z.uuid({ error: 'Not a valid event id.' }) }),
  z.object({ type: z.literal('ping') }),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;

/** Every message of the protocol, either way. */
export type LiveMessage = LiveServerMessage | LiveClientMessage;

/** Close codes the server uses beside the standard ones; 4000–4999 are free for applications. */
export const LiveCloseCode = {
  /** No valid session: log in again. */
  unauthenticated: 4401,
} as const;
