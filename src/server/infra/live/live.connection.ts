import type { RawData, WebSocket } from 'ws';
import {
  LiveClientMessage,
  LiveCloseCode,
  type LiveServerMessage,
} from '../../../shared/schemas/live.schemas.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../http/errors.js';
import type { RequestSession } from '../../modules/auth/auth.session.js';
import { resolveSession } from '../../modules/auth/auth.usecases.js';
import { liveErrors } from './live.errors.js';
import type { LiveHandler } from './live.hub.js';
import { isRoomMessage, roomMembership } from '../../modules/rooms/rooms.membership.js';
import { eventTopicsFor } from './live.policy.js';
import { type Topic, topics } from './live.topics.js';

/** A page watches its own event, a tab a few: more is a runaway client holding subscriptions. */
const MAX_WATCHES = 20;
/** Messages are handled one at a time; a client that queues this many is flooding. */
const MAX_PENDING = 32;
/** A client that stopped reading would otherwise grow our memory with every message it is sent. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface LiveConnection {
  /** Run every heartbeat: drops a socket that missed the last ping, and ends one whose session is gone. */
  heartbeat(): Promise<void>;
}

function parseClientMessage(data: RawData, isBinary: boolean): LiveClientMessage | AppError {
  if (isBinary) return liveErrors.invalid_message('Live messages are JSON text.');
  let json: unknown;
  try {
    json = JSON.parse(data.toString());
  } catch {
    return liveErrors.invalid_message('Live messages are JSON text.');
  }
  const parsed = LiveClientMessage.safeParse(json);
  if (parsed.success) return parsed.data;
  // A field's own message ("Not a valid event id.") helps; Zod's words for an unknown type do not.
  const issue = parsed.error.issues[0];
  const fieldIssue = issue && issue.path.length > 0 && issue.path[0] !== 'type';
  return liveErrors.invalid_message(fieldIssue ? issue.message : undefined);
}

/**
 * One browser tab's socket: its user's and session's topics from the start, an event's topics while it watches
 * that event. Client messages are handled in order, so an `unwatch` cannot overtake the `watch` before it.
 */
export function openLiveConnection(input: {
  ctx: AppContext;
  socket: WebSocket;
  session: RequestSession;
  onError: (error: unknown) => void;
  onClose: () => void;
}): LiveConnection {
  const { ctx, socket, session } = input;
  let user = session.user;
  let alive = true;
  const watches = new Map<string, (() => void)[]>();

  const open = () => socket.readyState === socket.OPEN;
  const send = (message: LiveServerMessage) => {
    if (!open()) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(message));
  };
  const refuse = (error: AppError, about: { eventId?: string; chatId?: string } = {}) =>
    send({ type: 'error', code: error.code, message: error.message, ...about });
  const endSession = () => {
    send({ type: 'session.ended' });
    socket.close(LiveCloseCode.unauthenticated, 'Session ended');
  };
  const receive: LiveHandler = (message) => {
    if (message.type === 'session.ended') endSession();
    else send(message);
  };
  const room = roomMembership({ ctx, user: () => user, send });
  const ownSubscriptions = [
    ctx.live.subscribe(topics.user(user.id), receive),
    ctx.live.subscribe(topics.session(session.tokenHash), receive),
    // Agents hear every support conversation change, whichever agent or person caused it.
    ...(user.role === 'support' ? [ctx.live.subscribe(topics.supportAgents(), receive)] : []),
  ];

  /** A logout elsewhere, a password change or the expiry all end the session without this socket being told. */
  const stillSignedIn = async () => {
    const resolved = await resolveSession(ctx, session.token);
    if (!resolved) {
      endSession();
      return false;
    }
    user = resolved.user;
    return true;
  };

  const unwatch = (eventId: string) => {
    for (const unsubscribe of watches.get(eventId) ?? []) unsubscribe();
    watches.delete(eventId);
  };

  const watch = async (eventId: string) => {
    if (!(await stillSignedIn())) return;
    if (!watches.has(eventId) && watches.size >= MAX_WATCHES) {
      refuse(liveErrors.too_many_watches(), { eventId });
      return;
    }
    let allowed: Topic[];
    try {
      allowed = await eventTopicsFor(ctx.db, user, eventId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Access may have been withdrawn since an earlier watch of the same event.
      unwatch(eventId);
      refuse(error, { eventId });
      return;
    }
    // The socket may have closed during the check, after its subscriptions were released.
    if (!open()) return;
    unwatch(eventId);
    watches.set(
      eventId,
      allowed.map((topic) => ctx.live.subscribe(topic, receive)),
    );
    send({ type: 'watching', eventId });
  };

  const handle = async (data: RawData, isBinary: boolean) => {
    const message = parseClientMessage(data, isBinary);
    if (message instanceof AppError) return refuse(message);
    if (message.type === 'ping') return send({ type: 'pong' });
    if (message.type === 'unwatch') return unwatch(message.eventId);
    if (isRoomMessage(message)) {
      try {
        await room.handle(message);
      } catch (error) {
        if (!(error instanceof AppError)) input.onError(error);
        refuse(error instanceof AppError ? error : liveErrors.unavailable(), { chatId: message.chatId });
      }
      return;
    }
    try {
      await watch(message.eventId);
    } catch (error) {
      input.onError(error);
      refuse(liveErrors.unavailable(), { eventId: message.eventId });
    }
  };

  let pending = 0;
  let queue = Promise.resolve();
  socket.on('message', (data, isBinary) => {
    alive = true;
    if (++pending > MAX_PENDING) {
      socket.close(1008, 'Too many messages');
      return;
    }
    queue = queue
      .then(() => handle(data, isBinary))
      .catch(input.onError)
      .finally(() => {
        pending--;
      });
  });
  socket.on('pong', () => {
    alive = true;
  });
  socket.on('close', () => {
    // After the messages already queued, so a join still being handled is left too.
    queue = queue.then(() => room.close()).catch(input.onError);
    for (const unsubscribe of ownSubscriptions) unsubscribe();
    for (const eventId of [...watches.keys()]) unwatch(eventId);
    input.onClose();
  });

  return {
    async heartbeat() {
      if (!alive) {
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
      if (await stillSignedIn()) await room.heartbeat();
    },
  };
}
