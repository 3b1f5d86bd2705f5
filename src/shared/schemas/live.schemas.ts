import { z } from 'zod';
import { RoomPeer, RoomSignal } from './rooms.schemas.js';

/**
 * The live-update protocol over the one WebSocket of a browser tab (`GET /live`), validated on both ends.
 *
 * Server messages say *that* something changed, with ids only, never documents: they travel through PostgreSQL
 * NOTIFY (payloads under 8000 bytes) and the client refetches what it shows over HTTP, where access is checked.
 * Rooms add presence and WebRTC signalling (`room.*`): a socket is in at most one room at a time, as one peer. Session
 * descriptions exceed NOTIFY's limit: the hub parks such envelopes in the database and notifies their id.
 */

const EventId = z.uuid();
const ChatId = z.uuid({ error: 'Not a valid chat id.' });
const PeerId = z.uuid({ error: 'Not a valid peer id.' });

export const LiveServerMessage = z.discriminatedUnion('type', [
  /** A chat of this event changed state, time or participants. */
  z.object({ type: z.literal('chats.changed'), eventId: EventId, chatId: z.uuid() }),
  /** A recruiter's free slots at this event changed (availability edited, a slot booked or freed). */
  z.object({ type: z.literal('availability.changed'), eventId: EventId, recruiterId: z.uuid() }),
  /** The event itself changed: name, days, registrations, publication. */
  z.object({ type: z.literal('event.changed'), eventId: EventId }),
  /** The organizer's CSV import for this event has applied `done` of its `total` rows. */
  z.object({
    type: z.literal('registrations.import_progress'),
    eventId: EventId,
    done: z.number().int(),
    total: z.number().int(),
  }),
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
    chatId: ChatId.optional(),
  }),
  /** Answer to `room.join`: this socket's peer id and who was there before it (it sends each of them an offer). */
  z.object({ type: z.literal('room.joined'), chatId: ChatId, peerId: PeerId, peers: z.array(RoomPeer) }),
  /** Someone entered: they will send this socket an offer. */
  z.object({ type: z.literal('room.peer_joined'), chatId: ChatId, peer: RoomPeer }),
  z.object({ type: z.literal('room.peer_left'), chatId: ChatId, peerId: PeerId }),
  /** A description or candidate from another peer, for this socket only. */
  z.object({ type: z.literal('room.signal'), chatId: ChatId, from: PeerId, signal: RoomSignal }),
  /** A peer turned their camera or microphone on or off. */
  z.object({
    type: z.literal('room.media'),
    chatId: ChatId,
    peerId: PeerId,
    audio: z.boolean(),
    video: z.boolean(),
  }),
  /** A text message was written in the room: refetch the room's messages. */
  z.object({ type: z.literal('room.message'), chatId: ChatId, messageId: z.uuid() }),
  /** A support conversation changed (a message, a close): the asker and the support agents refetch it. */
  z.object({ type: z.literal('support.changed'), conversationId: z.uuid() }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessage>;

export const LiveClientMessage = z.discriminatedUnion('type', [
  /** Receive the messages of an event the user takes part in, until `unwatch` or the socket closes. */
  z.object({ type: z.literal('watch'), eventId: z.uuid({ error: 'Not a valid event id.' }) }),
  z.object({ type: z.literal('unwatch'), eventId: z.uuid({ error: 'Not a valid event id.' }) }),
  z.object({ type: z.literal('ping') }),
  /** Enter a chat's room as a new peer, with the camera and microphone as they are (leaves any other room). */
  z.object({ type: z.literal('room.join'), chatId: ChatId, audio: z.boolean(), video: z.boolean() }),
  z.object({ type: z.literal('room.leave'), chatId: ChatId }),
  z.object({ type: z.literal('room.signal'), chatId: ChatId, to: PeerId, signal: RoomSignal }),
  z.object({ type: z.literal('room.media'), chatId: ChatId, audio: z.boolean(), video: z.boolean() }),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;

/** Every message of the protocol, either way. */
export type LiveMessage = LiveServerMessage | LiveClientMessage;

/** Close codes the server uses beside the standard ones; 4000–4999 are free for applications. */
export const LiveCloseCode = {
  /** No valid session: log in again. */
  unauthenticated: 4401,
} as const;
