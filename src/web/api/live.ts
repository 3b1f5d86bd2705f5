import type { QueryClient } from '@tanstack/react-query';
import { type LiveClientMessage, LiveCloseCode, LiveServerMessage } from '../../shared/schemas/live.schemas';
import { registrationKeys } from './registrations';

/**
 * Live updates: one WebSocket per browser tab (`/live`) tells the page *that* something changed; the page then
 * refetches over HTTP. Messages name what changed by id, never carry the data.
 *
 * Query-key convention, which feature hooks must follow for their lists to refresh by themselves:
 * - everything shown about one event is keyed `['events', eventId, <feature>, ...]`, e.g.
 *   `['events', eventId, 'chats', tab]` or `['events', eventId, 'availability', recruiterId]`;
 * - `chats.changed`, `availability.changed` and `event.changed` for an event invalidate every query under
 *   `['events', eventId]` (only the ones on screen refetch), and `event.changed` the events list `['events']` too;
 * - `support.changed` invalidates every query under `['support']` (the asker's conversation, the agents' console);
 * - after a reconnection every query under `['events']` and `['support']` is invalidated, since messages may have
 *   been missed.
 *
 * Messages for the user (their own chats) arrive without watching anything. Messages for everyone at an event or
 * for a recruiter's team there arrive while a mounted page watches the event: `useWatchEvent(eventId)`.
 *
 * A chat's video room keys its queries `['rooms', chatId, ...]`: `room.message` refreshes `['rooms', chatId,
 * 'messages']`, presence changes refresh the room itself. Signalling goes to the room page (`enterRoom`), not here.
 */
export function invalidateForMessage(queryClient: QueryClient, message: LiveServerMessage): void {
  switch (message.type) {
    case 'event.changed':
      void queryClient.invalidateQueries({ queryKey: ['events'], exact: true });
      void queryClient.invalidateQueries({ queryKey: ['events', message.eventId] });
      return;
    case 'chats.changed':
    case 'availability.changed':
      void queryClient.invalidateQueries({ queryKey: ['events', message.eventId] });
      return;
    case 'session.ended':
      void queryClient.invalidateQueries({ queryKey: ['session'] });
      return;
    case 'registrations.import_progress':
      queryClient.setQueryData(registrationKeys.importProgress(message.eventId), {
        done: message.done,
        total: message.total,
      });
      return;
    case 'support.changed':
      void queryClient.invalidateQueries({ queryKey: ['support'] });
      return;
    case 'error':
      // A refused watch (no access, or the event is gone): the page's own HTTP requests say so to the user.
      console.warn(`Live updates: ${message.message}`);
      return;
    case 'room.message':
      void queryClient.invalidateQueries({ queryKey: ['rooms', message.chatId, 'messages'] });
      return;
    case 'room.joined':
    case 'room.peer_joined':
    case 'room.peer_left':
      // Who is present is part of the room's own query.
      void queryClient.invalidateQueries({ queryKey: ['rooms', message.chatId], exact: true });
      return;
    case 'watching':
    case 'pong':
    case 'room.signal':
    case 'room.media':
      return;
  }
}

/** What the server sends about a room: presence, signalling, camera and microphone states, refusals. */
export type RoomServerMessage = Extract<
  LiveServerMessage,
  { type: 'room.joined' | 'room.peer_joined' | 'room.peer_left' | 'room.signal' | 'room.media' | 'error' }
>;
type RoomClientMessage = Extract<LiveClientMessage, { type: 'room.signal' | 'room.media' }>;

/** The room a tab is in: the connection joins it again after every reconnection, as it re-sends watches. */
export interface RoomMembership {
  chatId: string;
  /** Camera and microphone as they are now, announced with every join. */
  media(): { audio: boolean; video: boolean };
  /** This room's messages, and refusals that name its chat. */
  onMessage(message: RoomServerMessage): void;
  /** The socket dropped: this peer and its connections are gone on the server; a rejoin follows once it is back. */
  onDisconnected(): void;
}

const roomMessageTypes = new Set<LiveServerMessage['type']>([
  'room.joined',
  'room.peer_joined',
  'room.peer_left',
  'room.signal',
  'room.media',
  'error',
]);

function isRoomMessage(message: LiveServerMessage, chatId: string): message is RoomServerMessage {
  return roomMessageTypes.has(message.type) && 'chatId' in message && message.chatId === chatId;
}

export interface LiveListeners {
  onMessage(message: LiveServerMessage): void;
  /** The socket is open again after a drop, or after a first attempt failed: updates may have been missed. */
  onReconnected(): void;
  /** The server has no valid session for this socket: the session should be checked again. */
  onUnauthenticated(): void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
/** The server pings every 25 s too, but a browser cannot see those: it asks on its own to notice a dead link. */
const PING_EVERY_MS = 25_000;
const PONG_WITHIN_MS = 10_000;

function liveUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/live`;
}

/** The tab's one connection: reconnects with backoff and re-sends the watches of the pages still mounted. */
class LiveConnection {
  private listeners: LiveListeners | undefined;
  private socket: WebSocket | undefined;
  private readonly watches = new Map<string, number>();
  private room: RoomMembership | undefined;
  private failures = 0;
  private attempted = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;

  start(listeners: LiveListeners): void {
    this.stop();
    this.listeners = listeners;
    window.addEventListener('online', this.reconnectNow);
    this.connect();
  }

  stop(): void {
    this.listeners = undefined;
    window.removeEventListener('online', this.reconnectNow);
    clearTimeout(this.retryTimer);
    this.drop(1000);
    this.failures = 0;
    this.attempted = false;
  }

  /** Follows an event until the returned function is called; several pages may watch the same event. */
  watch(eventId: string): () => void {
    const count = this.watches.get(eventId) ?? 0;
    this.watches.set(eventId, count + 1);
    if (count === 0) this.send({ type: 'watch', eventId });
    return () => {
      const left = (this.watches.get(eventId) ?? 1) - 1;
      if (left > 0) {
        this.watches.set(eventId, left);
        return;
      }
      this.watches.delete(eventId);
      this.send({ type: 'unwatch', eventId });
    };
  }

  /** Joins a chat's room (leaving any other) until the returned function is called. */
  enterRoom(membership: RoomMembership): () => void {
    this.room = membership;
    this.sendJoin();
    return () => {
      if (this.room !== membership) return;
      this.room = undefined;
      this.send({ type: 'room.leave', chatId: membership.chatId });
    };
  }

  /** Signals and media states for the room this tab is in; false when the socket is down (a rejoin follows). */
  sendToRoom(message: RoomClientMessage): boolean {
    if (this.room?.chatId !== message.chatId || this.socket?.readyState !== WebSocket.OPEN) return false;
    this.send(message);
    return true;
  }

  private sendJoin(): void {
    if (this.room) this.send({ type: 'room.join', chatId: this.room.chatId, ...this.room.media() });
  }

  private send(message: LiveClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private connect(): void {
    const listeners = this.listeners;
    if (!listeners) return;
    const missedSome = this.attempted;
    this.attempted = true;
    const socket = new WebSocket(liveUrl(window.location));
    this.socket = socket;
    socket.onopen = () => {
      for (const eventId of this.watches.keys()) this.send({ type: 'watch', eventId });
      this.sendJoin();
      this.pingTimer = setInterval(() => this.ping(), PING_EVERY_MS);
      if (missedSome) listeners.onReconnected();
    };
    socket.onmessage = (event) => {
      clearTimeout(this.pongTimer);
      let parsed: ReturnType<typeof LiveServerMessage.safeParse>;
      try {
        parsed = LiveServerMessage.safeParse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      // A server newer than this page may send messages it does not know yet: those are skipped.
      if (!parsed.success) return;
      // Only an answer proves the connection works: a socket that opens and is closed at once for want of a
      // session must keep backing off.
      if (parsed.data.type === 'pong' || parsed.data.type === 'watching') this.failures = 0;
      listeners.onMessage(parsed.data);
      if (this.room && isRoomMessage(parsed.data, this.room.chatId)) this.room.onMessage(parsed.data);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.lost();
      if (event.code === LiveCloseCode.unauthenticated) listeners.onUnauthenticated();
    };
  }

  private ping(): void {
    this.send({ type: 'ping' });
    clearTimeout(this.pongTimer);
    this.pongTimer = setTimeout(() => {
      // No answer: the link is dead even if the browser has not noticed; its close event could take minutes.
      this.lost(4000);
    }, PONG_WITHIN_MS);
  }

  /** The socket is gone: the room (if any) hears it at once, and a new socket is tried after a pause. */
  private lost(code?: number): void {
    this.drop(code);
    this.room?.onDisconnected();
    this.retryLater();
  }

  /** Forgets the current socket, so its late events are ignored. */
  private drop(code?: number): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
    const socket = this.socket;
    this.socket = undefined;
    if (!socket || code === undefined) return;
    socket.onmessage = null;
    // Closing a socket still connecting makes browsers log an error: it is closed once open instead.
    if (socket.readyState === WebSocket.CONNECTING) socket.onopen = () => socket.close(code);
    else if (socket.readyState === WebSocket.OPEN) socket.close(code);
  }

  /** Exponential backoff from 1 s to 30 s, with jitter so a restarted server is not hit by every tab at once. */
  private retryLater(): void {
    if (!this.listeners) return;
    const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures);
    this.failures += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  /** Back online: no reason to wait out the backoff. */
  private readonly reconnectNow = () => {
    if (this.socket || !this.listeners) return;
    clearTimeout(this.retryTimer);
    this.connect();
  };
}

/** One per tab, shared by the `LiveUpdates` component (which starts it) and every `useWatchEvent`. */
export const liveConnection = new LiveConnection();
