import { LiveServerMessage } from '../../../shared/schemas/live.schemas.js';
import type { Database } from '../db/client.js';
import {
  inProcessPubSub,
  type LiveEnvelope,
  MAX_ENVELOPE_BYTES,
  type PubSub,
  postgresPubSub,
} from './live.pubsub.js';
import { isTopic, type Topic } from './live.topics.js';

export type LiveHandler = (message: LiveServerMessage) => void;

/**
 * Routes live messages to the sockets that want them, across every process sharing the database.
 *
 * Publishers call `publish` after their transaction commits, so no one is told of a change that could still roll
 * back, and with ids only: receivers refetch over HTTP, where access is checked.
 */
export interface LiveHub {
  /**
   * Sends one message to the subscribers of any of the topics (each subscriber once). Rejects only for an unknown
   * topic or a message that breaks the protocol or is too large (programming errors); a transport failure is
   * reported to `onError` instead, since the change itself committed and clients catch up when they refetch.
   */
  publish(topics: readonly string[], message: LiveServerMessage): Promise<void>;
  /** Calls `handler` for each message published to `topic` until the returned function is called. */
  subscribe(topic: string, handler: LiveHandler): () => void;
  close(): Promise<void>;
}

export async function createLiveHub(
  database: Database,
  options: { onError: (error: unknown) => void },
): Promise<LiveHub> {
  const subscribers = new Map<string, Set<LiveHandler>>();

  const deliver = ({ topics, message }: LiveEnvelope) => {
    // A socket watching an event gets a message for its user and that event once, not twice.
    const handlers = new Set<LiveHandler>();
    for (const topic of topics) for (const handler of subscribers.get(topic) ?? []) handlers.add(handler);
    for (const handler of handlers) {
      try {
        handler(message);
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
      const unknown = topics.find((topic) => !isTopic(topic));
      if (unknown !== undefined) throw new Error(`Not a live topic: ${unknown}`);
      const envelope = { topics: [...new Set(topics)] as Topic[], message: LiveServerMessage.parse(message) };
      if (envelope.topics.length === 0) return;
      // Checked whichever transport runs, so a publisher tested on the embedded database works on a server too.
      if (Buffer.byteLength(JSON.stringify(envelope)) > MAX_ENVELOPE_BYTES) {
        throw new Error(
          `A live message for ${envelope.topics.length} topics is too large: publish ids, not documents.`,
        );
      }
      try {
        await pubsub.publish(envelope);
      } catch (error) {
        options.onError(error);
      }
    },
    subscribe(topic, handler) {
      let handlers = subscribers.get(topic);
      if (!handlers) {
        handlers = new Set();
        subscribers.set(topic, handlers);
      }
      handlers.add(handler);
      return () => {
        const current = subscribers.get(topic);
        current?.delete(handler);
        if (current?.size === 0) subscribers.delete(topic);
      };
    },
    async close() {
      subscribers.clear();
      await pubsub.close();
    },
  };
}
