import { LRUCache } from 'lru-cache';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { Invalidations } from '../../infra/cache/invalidations.js';
import type { Queryable } from '../../infra/db/client.js';
import type { LiveHub } from '../../infra/live/live.hub.js';
import { type BookableSummary, bookableSummary } from './availability.repository.js';

/** A page of the talents' recruiter list as far as it is the same for every talent. */
export interface SharedPage<Recruiter extends { id: string }> {
  recruiters: Recruiter[];
  nextCursor: string | null;
  /** Epoch milliseconds: the page holds from `readAt` until `freeUntil`, when its next open slot starts. */
  readAt: number;
  freeUntil: number;
}

/**
 * What the talents' recruiter list shows alike to every talent of an event, kept in memory in each app process: the
 * bookable count and filter choices, and pages. An event's entries are dropped, in every process, when
 * - its `event` invalidation arrives (confirmation, details, availability edits, companies attending);
 * - a message reaches its live topic: a slot taken or freed and the organizer's edits already announce themselves
 *   there to every talent's page (which then refetches), at no extra statement for a booking;
 * - a recruiter it shows changes (their `session` invalidation: a name set on accepting an invitation).
 * A page also lapses on its own once one of its open slots starts, since its free counts change then.
 */
export interface BookableListCache<Recruiter extends { id: string }> {
  summary(q: Queryable, eventId: string): Promise<BookableSummary>;
  /** The page `key` of the event, read by `load` when it is not kept or no longer holds at `now`. */
  page(
    eventId: string,
    key: string,
    now: Date,
    load: () => Promise<SharedPage<Recruiter>>,
  ): Promise<SharedPage<Recruiter>>;
  close(): void;
}

/** Enough for every event running at once; a forgotten event costs one query when it is next asked for. */
const EVENTS_KEPT = 500;
/** First pages of the common filters of many events; a page of 30 recruiters is some 20 KB. */
const PAGES_KEPT = 2000;

/** What one event's kept pages need besides themselves. */
interface EventPages {
  keys: Set<string>;
  /** The recruiters shown on them, to drop them when one of them changes. */
  recruiters: Set<string>;
  unwatch: () => void;
}

export function createBookableListCache<Recruiter extends { id: string }>(
  invalidations: Invalidations,
  live: LiveHub,
): BookableListCache<Recruiter> {
  // Promises are kept, so concurrent first requests share one read, and an invalidation arriving while it runs
  // removes it: later requests read again rather than keep what was read before the change.
  const summaries = new LRUCache<string, Promise<BookableSummary>>({ max: EVENTS_KEPT });
  const events = new Map<string, EventPages>();
  const pages = new LRUCache<string, Promise<SharedPage<Recruiter>>>({
    max: PAGES_KEPT,
    dispose: (_page, pageKey) => {
      const eventId = eventOf(pageKey);
      const kept = events.get(eventId);
      if (!kept) return;
      kept.keys.delete(pageKey);
      if (kept.keys.size === 0) {
        kept.unwatch();
        events.delete(eventId);
      }
    },
  });

  const dropEvent = (eventId: string) => {
    summaries.delete(eventId);
    for (const pageKey of [...(events.get(eventId)?.keys ?? [])]) pages.delete(pageKey);
  };
  const unsubscribeEvents = invalidations.subscribe('event', dropEvent);
  const unsubscribeUsers = invalidations.subscribe('session', (userId) => {
    for (const [eventId, kept] of [...events]) if (kept.recruiters.has(userId)) dropEvent(eventId);
  });

  const keep = <T>(cache: LRUCache<string, Promise<T>>, key: string, loading: Promise<T>) => {
    cache.set(key, loading);
    loading.catch(() => {
      if (cache.get(key) === loading) cache.delete(key);
    });
    return loading;
  };

  return {
    summary(q, eventId) {
      return summaries.get(eventId) ?? keep(summaries, eventId, bookableSummary(q, eventId));
    },
    async page(eventId, key, now, load) {
      const pageKey = `${eventId} ${key}`;
      const cached = pages.get(pageKey);
      if (cached) {
        const page = await cached;
        const at = now.getTime();
        if (page.readAt <= at && at <= page.freeUntil) return page;
        if (pages.get(pageKey) === cached) pages.delete(pageKey);
      }
      const current = pages.get(pageKey);
      if (current && current !== cached) return current;
      // Kept before its event's entry is looked up: keeping it may evict another page, maybe the event's last.
      const loading = keep(pages, pageKey, load());
      let kept = events.get(eventId);
      if (!kept) {
        kept = {
          keys: new Set(),
          recruiters: new Set(),
          unwatch: live.subscribe(liveTopics.event(eventId), () => dropEvent(eventId)),
        };
        events.set(eventId, kept);
      }
      kept.keys.add(pageKey);
      const { recruiters } = kept;
      void loading.then(
        (page) => {
          for (const recruiter of page.recruiters) recruiters.add(recruiter.id);
        },
        () => {},
      );
      return loading;
    },
    close() {
      unsubscribeEvents();
      unsubscribeUsers();
      pages.clear();
    },
  };
}

const eventOf = (pageKey: string) => pageKey.slice(0, pageKey.indexOf(' '));
