import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.js';

/** What a cache holds; each scope's keys are its own (a session id, an event id...). */
export type CacheScope = 'session' | 'event';

/**
 * Tells every app process on the database that a cached value is stale, so a cache may serve reads without asking
 * the database each time. Call `invalidate` once the change has committed; this process's caches drop the key at
 * once, the others' as soon as NOTIFY reaches them.
 */
export interface Invalidations {
  invalidate(scope: CacheScope, key: string): Promise<void>;
  /** `drop` runs for every invalidation of `scope`, from this process or another; returns an unsubscribe function. */
  subscribe(scope: CacheScope, drop: (key: string) => void): () => void;
  close(): Promise<void>;
}

/** Lowercase: PostgreSQL folds unquoted channel names. */
const CHANNEL = 'parley_invalidate';

const Message = z.object({ scope: z.enum(['session', 'event']), key: z.string().min(1).max(200) });

export async function createInvalidations(
  database: Database,
  onError: (error: unknown) => void,
): Promise<Invalidations> {
  const subscribers = new Map<CacheScope, Set<(key: string) => void>>();
  const drop = (scope: CacheScope, key: string) => {
    for (const subscriber of subscribers.get(scope) ?? []) subscriber(key);
  };
  // The embedded database serves one process: dropping locally is all there is to do.
  const unlisten =
    database.kind === 'postgres'
      ? await database.listen(CHANNEL, (payload) => {
          try {
            const message = Message.parse(JSON.parse(payload));
            drop(message.scope, message.key);
          } catch (error) {
            onError(error);
          }
        })
      : async () => {};
  return {
    async invalidate(scope, key) {
      drop(scope, key);
      if (database.kind === 'postgres') {
        await database.db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ scope, key })})`);
      }
    },
    subscribe(scope, subscriber) {
      let set = subscribers.get(scope);
      if (!set) {
        set = new Set();
        subscribers.set(scope, set);
      }
      set.add(subscriber);
      return () => set.delete(subscriber);
    },
    async close() {
      await unlisten();
      subscribers.clear();
    },
  };
}
