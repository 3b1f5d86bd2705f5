import { type LiveClientMessage, LiveCloseCode, LiveServerMessage } from '../../shared/schemas/live.schemas';

/**
 * The tab's live transport: one WebSocket (`/live`) that reconnects by itself, watches events and hands each server
 * message to the features registered for its type. It knows no feature: the app's composition root
 * (`app/live.tsx`) registers what each one does with its messages (events, imports, support, rooms), and a room
 * registers its membership while it is open (`api/rooms.live.ts`).
 *
 * Messages say *that* something changed, by id; features refetch over HTTP. Messages for the user (their own chats,
 * imports, support conversations) arrive without watching anything; messages for everyone at an event, or for a
 * recruiter's team there, arrive while a mounted page watches the event (`useWatchEvent` in app/watchEvents.ts).
 */

type LiveServerType = LiveServerMessage['type'];

/** What a feature does with the messages of each type it cares for; a message goes to every feature wanting it. */
export type LiveHandlers = {
  [T in LiveServerType]?: (message: Extract<LiveServerMessage, { type: T }>) => void;
};

/** A feature's part in the tab's connection, from `register` until the returned function is called. */
export interface LiveFeature {
  handlers?: LiveHandlers;
  /** The socket is open, for the first time or again: the server forgot what the last socket told it. */
  opened?(): void;
  /** The socket is open again after a drop, or after a first attempt failed: messages may have been missed. */
  reconnected?(): void;
  /** The socket dropped; a new one is tried after a pause. */
  dropped?(): void;
}

export interface LiveListeners {
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
export class LiveConnection {
  private listeners: LiveListeners | undefined;
  private socket: WebSocket | undefined;
  private readonly watches = new Map<string, number>();
  private readonly features = new Set<LiveFeature>();
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

  /** Hands the feature its messages and the socket's openings and drops until the returned function is called. */
  register(feature: LiveFeature): () => void {
    this.features.add(feature);
    return () => this.features.delete(feature);
  }

  /** Sends now if the socket is open; false otherwise (what must outlive a drop is re-sent from `opened`). */
  send(message: LiveClientMessage): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private dispatch(message: LiveServerMessage): void {
    for (const feature of [...this.features]) {
      const handler = feature.handlers?.[message.type] as ((message: LiveServerMessage) => void) | undefined;
      handler?.(message);
    }
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
      for (const feature of [...this.features]) feature.opened?.();
      this.pingTimer = setInterval(() => this.ping(), PING_EVERY_MS);
      if (missedSome) for (const feature of [...this.features]) feature.reconnected?.();
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
      this.dispatch(parsed.data);
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

  /** The socket is gone: the features hear it at once (a room's peers are gone), and a new socket is tried later. */
  private lost(code?: number): void {
    this.drop(code);
    for (const feature of [...this.features]) feature.dropped?.();
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

/** One per tab, started by the `LiveUpdates` component and shared by every page and feature. */
export const liveConnection = new LiveConnection();
