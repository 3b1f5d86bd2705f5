import { LRUCache } from 'lru-cache';
import type { Invalidations } from '../../infra/cache/invalidations.js';
import type { Queryable } from '../../infra/db/client.js';
import { type BookableSummary, bookableSummary } from './availability.repository.js';

/**
 * The bookable recruiters' count and filter choices of each event, the same for every talent, kept in memory until
 * a change to them is announced on the `event` scope of the invalidation bus (by this process or another).
 */
export interface BookableSummaryCache {
  get(q: Queryable, eventId: string): Promise<BookableSummary>;
  close(): void;
}

/** Enough for every event running at once; a forgotten event costs one query when it is next asked for. */
const EVENTS_KEPT = 500;

export function createBookableSummaryCache(invalidations: Invalidations): BookableSummaryCache {
  // The promise is kept, so concurrent first requests share one query, and an invalidation arriving while it runs
  // removes it: later requests ask again rather than keep what the query read before the change.
  const summaries = new LRUCache<string, Promise<BookableSummary>>({ max: EVENTS_KEPT });
  const unsubscribe = invalidations.subscribe('event', (eventId) => summaries.delete(eventId));
  return {
    get(q, eventId) {
      const cached = summaries.get(eventId);
      if (cached) return cached;
      const loading = bookableSummary(q, eventId);
      summaries.set(eventId, loading);
      loading.catch(() => {
        if (summaries.get(eventId) === loading) summaries.delete(eventId);
      });
      return loading;
    },
    close: unsubscribe,
  };
}
