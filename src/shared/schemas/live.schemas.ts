import { z } from 'zod';
import { RoomPeer, RoomSignal } from './rooms.schemas.js';
import { say } from './schema-messages.js';

/**
 * The live-update protocol over the one WebSocket of a browser tab (`GET /live`), validated on both ends.
 *
 * Server messages say *that* something changed, with ids only, never documents: they travel through PostgreSQL
 * NOTIFY (payloads under 8000 bytes) and the client refetches what it shows over HTTP, where access is checked.
 * Rooms add presence and WebRTC signalling (`room.*`): a socket is in at most one room at a time, as one peer. Session
 * descriptions exceed NOTIFY's limit: the hub parks such envelopes in the database and notifies their id.
 */

const EventId = z.uuid();
const ChatId = z.uuid({ error: say('ids.chat') });
const PeerId = z.uuid({ error: say('ids.peer') });

export const LiveServerMessage = z.discriminatedUnion('type', [
  /** A chat of this event changed state, time or participants. */
  z.object({ type: z.literal('chats.changed'), eventId: EventId, chatId: z.uuid() }),
  /** A company request at this event was sent, answered or withdrawn: the talent's and the company's lists refetch. */
  z.object({ type: z.literal('companyRequests.changed'), eventId: EventId }),
  /** A recruiter's free slots at this event changed (availability edited, a slot booked or freed). */
  z.object({ type: z.literal('availability.changed'), eventId: EventId, recruiterId: z.uuid() }),
  /**
   * Someone joined or left a recruiter's or a company's waitlist, or was offered a time from one: places and counts
   * changed (which list is not said: the event's lists and counts refetch as one).
   */
  z.object({ type: z.literal('waitlist.changed'), eventId: EventId }),
  /** The person marked or unmarked a favourite recruiter at this event: their other tabs refetch the list. */
  z.object({ type: z.literal('favourites.changed'), eventId: EventId }),
  /** A booth's walk-in queue changed (someone joined, left, was called or served): places and waits move. */
  z.object({ type: z.literal('booths.changed'), eventId: EventId, companyId: z.uuid() }),
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
  /** A recruiter wrote, changed or deleted a note on a chat, or its rating, tags or next step: the team refetches. */
  z.object({ type: z.literal('notes.changed'), eventId: EventId, chatId: z.uuid() }),
  /** A support conversation changed (a message, a close): the asker and the support agents refetch it. */
  z.object({ type: z.literal('support.changed'), conversationId: z.uuid() }),
  /** The person's notifications changed (a new one, one read): every open tab refetches the list and its count. */
  z.object({ type: z.literal('notifications.changed') }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessage>;

/**
 * Who receives a published message is named by topics, each of a kind that carries some messages only: a publisher
 * cannot send a room's signal to an event's topic, nor a subscriber expect one there (checked by the compiler, and
 * again when publishing). Messages absent from every kind (`watching`, `pong`, `error`, `room.joined`) answer one
 * socket directly. Topics never reach the browser; they travel between the app processes sharing a database.
 */
export const liveTopics = {
  /**
   * Everything about one person: their own chats, their imports, their support conversations, notifications, their
   * favourite recruiters.
   */
  user: (userId: string) => `user:${userId}` as const,
  /** One login: ends with it. Keyed by the token's hash, never the token itself. */
  session: (tokenHash: string) => `session:${tokenHash}` as const,
  /** What everyone at an event may see, such as free slot counts. */
  event: (eventId: string) => `event:${eventId}` as const,
  /** The organizers of one event: every chat and company request there, for the dashboard. */
  organizersOfEvent: (eventId: string) => `organizers:event:${eventId}` as const,
  /** A company's recruiters at one event: their team's chats and availability. */
  companyAtEvent: (companyId: string, eventId: string) => `company:${companyId}:event:${eventId}` as const,
  /** Everyone in a chat's room: presence, media state, text messages. */
  room: (chatId: string) => `room:${chatId}` as const,
  /** One socket in a room: the WebRTC signals and media states addressed to it. */
  peer: (peerId: string) => `peer:${peerId}` as const,
  /** Every support agent: a conversation opened, was answered or closed. */
  supportAgents: () => 'support:agents' as const,
};

export type LiveTopicKind = keyof typeof liveTopics;
export type LiveTopic<K extends LiveTopicKind = LiveTopicKind> = ReturnType<(typeof liveTopics)[K]>;
type LiveServerType = LiveServerMessage['type'];

/** The messages each kind of topic carries. */
export const liveTopicMessages = {
  user: [
    'chats.changed',
    'registrations.import_progress',
    'support.changed',
    'notifications.changed',
    'favourites.changed',
    'companyRequests.changed',
    'waitlist.changed',
  ],
  session: ['session.ended'],
  event: ['event.changed', 'availability.changed', 'booths.changed'],
  organizersOfEvent: ['chats.changed', 'companyRequests.changed'],
  companyAtEvent: [
    'chats.changed',
    'availability.changed',
    'companyRequests.changed',
    'waitlist.changed',
    'notes.changed',
  ],
  room: ['room.peer_joined', 'room.peer_left', 'room.media', 'room.message'],
  peer: ['room.signal', 'room.media'],
  supportAgents: ['support.changed'],
} as const satisfies Record<LiveTopicKind, readonly LiveServerType[]>;

const ID = '[\\w-]+';
const topicPatterns: Record<LiveTopicKind, RegExp> = {
  user: new RegExp(`^user:${ID}$`),
  session: new RegExp(`^session:${ID}$`),
  event: new RegExp(`^event:${ID}$`),
  organizersOfEvent: new RegExp(`^organizers:event:${ID}$`),
  companyAtEvent: new RegExp(`^company:${ID}:event:${ID}$`),
  room: new RegExp(`^room:${ID}$`),
  peer: new RegExp(`^peer:${ID}$`),
  supportAgents: /^support:agents$/,
};

/** The kind of a topic, or undefined for a string that is none: a topic spelt by hand would reach no one. */
function liveTopicKind(topic: string): LiveTopicKind | undefined {
  return (Object.keys(topicPatterns) as LiveTopicKind[]).find((kind) => topicPatterns[kind].test(topic));
}

export function isLiveTopic(topic: string): topic is LiveTopic {
  return liveTopicKind(topic) !== undefined;
}

/** Whether every one of the topics carries this kind of message. */
export function topicsCarry(topics: readonly string[], type: LiveServerType): boolean {
  return topics.every((topic) => {
    const kind = liveTopicKind(topic);
    return kind !== undefined && (liveTopicMessages[kind] as readonly LiveServerType[]).includes(type);
  });
}

type KindOf<T extends LiveTopic> = {
  [K in LiveTopicKind]: T extends LiveTopic<K> ? K : never;
}[LiveTopicKind];
type CarriedBy<K extends LiveTopicKind> = (typeof liveTopicMessages)[K][number];
type KindsCarrying<M extends LiveServerType> = {
  [K in LiveTopicKind]: M extends CarriedBy<K> ? K : never;
}[LiveTopicKind];
type CarriedByAll<K extends LiveTopicKind> = {
  [M in LiveServerType]: [K] extends [KindsCarrying<M>] ? M : never;
}[LiveServerType];

/** What a subscriber of this topic (or of any of these topics) may receive. */
export type LiveMessageOn<T extends LiveTopic> = Extract<LiveServerMessage, { type: CarriedBy<KindOf<T>> }>;
/** What may be published to all of these topics at once. */
export type LiveMessageFor<T extends LiveTopic> = Extract<
  LiveServerMessage,
  { type: CarriedByAll<KindOf<T>> }
>;

export const LiveClientMessage = z.discriminatedUnion('type', [
  /** Receive the messages of an event the user takes part in, until `unwatch` or the socket closes. */
  z.object({ type: z.literal('watch'), eventId: z.uuid({ error: say('ids.event') }) }),
  z.object({ type: z.literal('unwatch'), eventId: z.uuid({ error: say('ids.event') }) }),
  z.object({ type: z.literal('ping') }),
  /** Enter a chat's room as a new peer, with the camera and microphone as they are (leaves any other room). */
  z.object({ type: z.literal('room.join'), chatId: ChatId, audio: z.boolean(), video: z.boolean() }),
  z.object({ type: z.literal('room.leave'), chatId: ChatId }),
  z.object({ type: z.literal('room.signal'), chatId: ChatId, to: PeerId, signal: RoomSignal }),
  z.object({ type: z.literal('room.media'), chatId: ChatId, audio: z.boolean(), video: z.boolean() }),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;

/** Close codes the server uses beside the standard ones; 4000–4999 are free for applications. */
export const LiveCloseCode = {
  /** No valid session: log in again. */
  unauthenticated: 4401,
} as const;
