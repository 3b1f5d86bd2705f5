import type { FastifyRequest } from 'fastify';
import type {
  LiveClientMessage,
  LiveServerMessage,
  LiveTopic,
} from '../../../shared/schemas/live.schemas.js';

/**
 * What the transport is told by the features, at creation: it knows sockets, topics and sessions, and nothing of
 * events, rooms or support. The composition root hands it an authenticator and each feature's registration.
 */

/** All the transport knows of a user: whom their `user:` topic names. */
export interface LiveUser {
  id: string;
}

/** The login behind a socket. */
export interface LiveSession<User extends LiveUser> {
  user: User;
  /** The topic on which this login's end (`session.ended`) is published. */
  topic: LiveTopic<'session'>;
  /** The login read again: its user as they are now, or null once logged out, revoked or expired. */
  refresh(): Promise<User | null>;
}

/** The login of a socket's upgrade request (its cookie), or null for an anonymous visitor. */
export type LiveAuthenticator<User extends LiveUser> = (request: FastifyRequest) => LiveSession<User> | null;

/** A socket as a feature sees it. */
export interface LivePeer<User extends LiveUser> {
  /** The user as of the last check of the session (their role or company may have changed since the socket opened). */
  user(): User;
  /** To this socket only. */
  send(message: LiveServerMessage): void;
}

/** The client messages the transport answers itself; every other one belongs to a feature. */
type LiveTransportMessage = Extract<LiveClientMessage, { type: 'watch' | 'unwatch' | 'ping' }>;
export type LiveFeatureMessage = Exclude<LiveClientMessage, LiveTransportMessage>;

export type LiveMessageHandlers = {
  [T in LiveFeatureMessage['type']]?: (message: Extract<LiveFeatureMessage, { type: T }>) => Promise<void>;
};

/** A feature's part in one socket, from its opening to its close. */
export interface LiveFeatureConnection {
  /** Handled in order with the socket's other messages; an `AppError` thrown is told to the client. */
  handlers: LiveMessageHandlers;
  /** At each heartbeat, while the session holds. */
  heartbeat?(): Promise<void>;
  /** The socket closed; called after the messages it had already sent are handled. */
  close?(): Promise<void>;
}

/** What a feature adds to every socket. */
export interface LiveFeature<User extends LiveUser> {
  /** Topics a socket follows for as long as it is open, given its user (support agents: their team's). */
  follows?(user: User): readonly LiveTopic[];
  /**
   * Who may watch an event: the event's topics this user may follow, or an `AppError` thrown (and told to the
   * client) to refuse. One feature answers it.
   */
  watchEvent?(user: User, eventId: string): Promise<readonly LiveTopic[]>;
  /** Opened with each socket, for the client messages this feature handles. */
  open?(peer: LivePeer<User>): LiveFeatureConnection;
}
