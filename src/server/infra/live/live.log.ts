import type { LiveHub } from './live.hub.js';

/**
 * One log line per published message: its type and how many topics it goes to (topics name people). Written
 * through the app's logger, so it names the request that published it.
 */
export function logPublishes(hub: LiveHub, log: { info(fields: object, message: string): void }): LiveHub {
  return {
    publish(topics, message) {
      log.info({ live: message.type, topics: topics.length }, 'live publish');
      return hub.publish(topics, message);
    },
    async publishWithin(q, publications) {
      for (const { topics, message } of publications)
        log.info({ live: message.type, topics: topics.length }, 'live publish');
      return hub.publishWithin(q, publications);
    },
    subscribe: (topic, handler) => hub.subscribe(topic, handler),
    onPublished: (handler) => hub.onPublished(handler),
    close: () => hub.close(),
  };
}
