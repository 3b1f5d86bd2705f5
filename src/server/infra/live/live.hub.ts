import {
  type LiveMessageFor,
  type LiveMessageOn,
  LiveServerMessage,
  type LiveTopic,
  isLiveTopic,
  topicsCarry,
} from '../../../shared/schemas/live.schemas.js';
import type { Database, Queryable } from '../db/client.js';
import {
  inProcessPubSub,
  type LiveEnvelope,
  MAX_ENVELOPE_BYTES,
  type PubSub,
  postgresPubSub,
} from './live.pubsub.js';

/** `frame` is the message as sent to a socket, serialised once for all of its subscribers. */
export type LiveHandler = (message: LiveServerMessage, frame: Buffer) => void;

/**
 * Routes live messages to the sockets that want them, across every process sharing the database.
 *
 * Publishers call `publish` after their transaction commits, so no one is told of a change that could still roll
 * back, and with ids only: receivers refetch over HTTP, where access is checked.
 */
export interface LiveHub {
  /**
   * Sends one message to the subscribers of any of the topics (each subscriber once); every topic must carry that
   * kind of message. Rejects only for an unknown topic or a message that breaks the protocol, is not for one of the
   * topics or is too large (programming errors); a transport failure is reported to `onError` instead, since the
   * change itself committed and clients catch up when they refetch.
   */
  publish<T extends LiveTopic>(topics: readonly T[], message: NoInfer<LiveMessageFor<T>>): Promise<void>;
  /** Calls `handler` for each message published to `topic` until the returned function is called. */
  subscribe<T extends LiveTopic>(
    topic: T,
    handler: (message: LiveMessageOn<T>, frame: Buffer) => void,
  ): () => void;
  /**
   * Publishes as part of the caller's transaction, all in one statement: on PostgreSQL the NOTIFY leaves with the
   * commit (and never after a rollback), so a change and its messages take one connection. Call the returned
   * function after the commit: in one process (PGlite) that is when they are delivered.
   */
  publishWithin(q: Queryable, publications: readonly LivePublication[]): Promise<() => void>;
  /**
   * Calls `handler` with the topics of each message this process publishes, once it is published (after the commit
   * for `publishWithin`) and before the publisher goes on: on PostgreSQL a process hears its own messages only when
   * NOTIFY comes back, and a cache must not answer the publisher's next request with what it held before the change.
   */
  onPublished(handler: (topics: readonly LiveTopic[], message: LiveServerMessage) => void): () => void;
  close(): Promise<void>;
}

/** One message for `publishWithin`, type-checked like `publish`'s arguments by `publication`. */
export interface LivePublication {
  topics: readonly LiveTopic[];
  message: LiveServerMessage;
}

export const publication = <T extends LiveTopic>(
  topics: readonly T[],
  message: NoInfer<LiveMessageFor<T>>,
): LivePublication => ({ topics, message });

/** The envelope of a message, or undefined when it is for no one; throws for a message that breaks the protocol. */
function envelopeOf(topics: readonly LiveTopic[], message: LiveServerMessage): LiveEnvelope | undefined {
  const unknown = topics.find((topic) => !isLiveTopic(topic));
  if (unknown !== undefined) throw new Error(`Not a live topic: ${unknown}`);
  const envelope = { topics: [...new Set<LiveTopic>(topics)], message: LiveServerMessage.parse(message) };
  if (!topicsCarry(envelope.topics, envelope.message.type)) {
    throw new Error(`A ${envelope.message.type} message is not for ${envelope.topics.join(', ')}`);
  }
  if (envelope.topics.length === 0) return undefined;
  // Checked whichever transport runs, so a publisher tested on the embedded database works on a server too.
  if (Buffer.byteLength(JSON.stringify(envelope)) > MAX_ENVELOPE_BYTES) {
    throw new Error(
      `A live message for ${envelope.topics.length} topics is too large: publish ids, not documents.`,
    );
  }
  return envelope;
}

export async function createLiveHub(
  database: Database,
  options: { onError: (error: unknown) => void },
): Promise<LiveHub> {
  const subscribers = new Map<string, Set<LiveHandler>>();
  const publishedHere = new Set<(topics: readonly LiveTopic[], message: LiveServerMessage) => void>();
  const tellPublished = (envelopes: readonly LiveEnvelope[]) => {
    for (const { topics, message } of envelopes)
      for (const handler of publishedHere) {
        try {
          handler(topics, message);
        } catch (error) {
          options.onError(error);
        }
      }
  };

  const deliver = ({ topics, message }: LiveEnvelope) => {
    // A socket watching an event gets a message for its user and that event once, not twice.
    const handlers = new Set<LiveHandler>();
    for (const topic of topics) for (const handler of subscribers.get(topic) ?? []) handlers.add(handler);
    if (handlers.size === 0) return;
    const frame = Buffer.from(JSON.stringify(message));
    for (const handler of handlers) {
      try {
        handler(message, frame);
      } catch (error) {
        options.onError(error);
      }
    }
  };

  const pubsub: PubSub =
    database.kind === 'postgres'
      ? await postgresPubSub(database, deliver, options.onError)
      : inProcessPubSub(deliver);

  return {
    async publish(topics, message) {
      const envelope = envelopeOf(topics, message);
      if (!envelope) return;
      try {
        await pubsub.publish(envelope);
      } catch (error) {
        options.onError(error);
      }
      tellPublished([envelope]);
    },
    async publishWithin(q, publications) {
      const envelopes = publications.flatMap(({ topics, message }) => envelopeOf(topics, message) ?? []);
      if (envelopes.length === 0) return () => {};
      const afterCommit = await pubsub.publishWithin(q, envelopes);
      return () => {
        afterCommit();
        tellPublished(envelopes);
      };
    },
    onPublished(handler) {
      publishedHere.add(handler);
      return () => publishedHere.delete(handler);
    },
    subscribe(topic, handler) {
      let handlers = subscribers.get(topic);
      if (!handlers) {
        handlers = new Set();
        subscribers.set(topic, handlers);
      }
      // Only messages the topic carries are published to it.
      const deliverTo = handler as unknown as LiveHandler;
      handlers.add(deliverTo);
      return () => {
        const current = subscribers.get(topic);
        current?.delete(deliverTo);
        if (current?.size === 0) subscribers.delete(topic);
      };
    },
    async close() {
      subscribers.clear();
      await pubsub.close();
    },
  };
}
