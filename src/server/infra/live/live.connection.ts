import type { RawData, WebSocket } from 'ws';
import {
  LiveClientMessage,
  LiveCloseCode,
  type LiveServerMessage,
  type LiveTopic,
  liveTopics,
} from '../../../shared/schemas/live.schemas.js';
import { AppError } from '../http/errors.js';
import { liveErrors } from './live.errors.js';
import type {
  LiveFeature,
  LiveFeatureConnection,
  LiveFeatureMessage,
  LiveMessageHandlers,
  LiveSession,
  LiveUser,
} from './live.features.js';
import type { LiveHandler, LiveHub } from './live.hub.js';

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

/** A refusal names the event or chat its client message was about, so the page that sent it knows it for its own. */
function aboutOf(message: LiveClientMessage): { eventId?: string; chatId?: string } {
  return {
    ...('eventId' in message ? { eventId: message.eventId } : {}),
    ...('chatId' in message ? { chatId: message.chatId } : {}),
  };
}

/**
 * One browser tab's socket: its user's and session's topics (and those the features add) from the start, an
 * event's topics while it watches that event. Client messages are handled in order, so an `unwatch` cannot overtake
 * the `watch` before it; the features' messages go to the feature that handles them.
 */
export function openLiveConnection<User extends LiveUser>(input: {
  hub: LiveHub;
  socket: WebSocket;
  session: LiveSession<User>;
  features: readonly LiveFeature<User>[];
  onError: (error: unknown) => void;
  onClose: () => void;
}): LiveConnection {
  const { hub, socket, session, features } = input;
  let user = session.user;
  let alive = true;
  const watches = new Map<string, (() => void)[]>();

  const open = () => socket.readyState === socket.OPEN;
  const sendFrame = (frame: string | Buffer) => {
    if (!open()) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(frame, { binary: false });
  };
  const send = (message: LiveServerMessage) => sendFrame(JSON.stringify(message));
  const refuse = (error: AppError, about: { eventId?: string; chatId?: string } = {}) =>
    send({ type: 'error', code: error.code, message: error.message, ...about });
  const endSession = () => {
    send({ type: 'session.ended' });
    socket.close(LiveCloseCode.unauthenticated, 'Session ended');
  };
  const receive: LiveHandler = (message, frame) => {
    if (message.type === 'session.ended') endSession();
    else sendFrame(frame);
  };
  const ownTopics: LiveTopic[] = [
    liveTopics.user(user.id),
    session.topic,
    ...features.flatMap((feature) => feature.follows?.(user) ?? []),
  ];
  const ownSubscriptions = ownTopics.map((topic) => hub.subscribe(topic, receive));
  const peer = { user: () => user, send };
  const parts: LiveFeatureConnection[] = features.flatMap((feature) => feature.open?.(peer) ?? []);
  const handlers: LiveMessageHandlers = Object.assign({}, ...parts.map((part) => part.handlers));
  const handlerOf = (message: LiveFeatureMessage) =>
    handlers[message.type] as ((message: LiveFeatureMessage) => Promise<void>) | undefined;
  const watchEvent = features.find((feature) => feature.watchEvent)?.watchEvent;

  /** A logout elsewhere, a password change or the expiry all end the session without this socket being told. */
  const stillSignedIn = async () => {
    const current = await session.refresh();
    if (!current) {
      endSession();
      return false;
    }
    user = current;
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
    if (!watchEvent) {
      refuse(liveErrors.invalid_message(), { eventId });
      return;
    }
    let allowed: readonly LiveTopic[];
    try {
      allowed = await watchEvent(user, eventId);
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
      allowed.map((topic) => hub.subscribe(topic, receive)),
    );
    send({ type: 'watching', eventId });
  };

  const dispatch = async (message: LiveClientMessage) => {
    switch (message.type) {
      case 'ping':
        return send({ type: 'pong' });
      case 'unwatch':
        return unwatch(message.eventId);
      case 'watch':
        return watch(message.eventId);
      default: {
        const handler = handlerOf(message);
        if (!handler) return refuse(liveErrors.invalid_message(), aboutOf(message));
        return handler(message);
      }
    }
  };

  const handle = async (data: RawData, isBinary: boolean) => {
    const message = parseClientMessage(data, isBinary);
    if (message instanceof AppError) return refuse(message);
    try {
      await dispatch(message);
    } catch (error) {
      if (!(error instanceof AppError)) input.onError(error);
      refuse(error instanceof AppError ? error : liveErrors.unavailable(), aboutOf(message));
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
    // After the messages already queued, so a room join still being handled is left too.
    queue = queue
      .then(async () => {
        for (const part of parts) await part.close?.();
      })
      .catch(input.onError);
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
      if (!(await stillSignedIn())) return;
      for (const part of parts) await part.heartbeat?.();
    },
  };
}
