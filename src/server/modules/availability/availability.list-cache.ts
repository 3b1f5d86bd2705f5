import { LRUCache } from 'lru-cache';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { Invalidations } from '../../infra/cache/invalidations.js';
import type { Queryable } from '../../infra/db/client.js';
import type { LiveHub } from '../../infra/live/live.hub.js';
import { type BookableSummary, bookableSummary } from './availability.repository.js';

/**
 * A page of the talents' recruiter list as far as it is the same for every talent and at every time: what of it is
 * free at the time of asking is worked out from it for each request.
 */
export interface SharedPage<Recruiter extends { id: string }> {
  recruiters: Recruiter[];
  nextCursor: string | null;
}

/**
 * What the talents' recruiter list shows alike to every talent of an event, kept in memory in each app process: the
 * bookable count and filter choices, and pages. They are dropped, in every process:
 * - all of an event's, when its `event` invalidation arrives (confirmation, details, companies attending, booths),
 *   or the organizer's `event.changed` reaches its live topic (days, hours, durations);
 * - the pages showing a recruiter, when `availability.changed` for them reaches the event's live topic (a slot taken
 *   or freed, an edit of their slots): the message every talent's page already refetches on, so a booking costs no
 *   extra statement, and only its recruiter's pages are read again; who is on a page never depends on free slots;
 * - the pages showing a recruiter, when they change (their `session` invalidation: a name set on accepting an
 *   invitation).
 * Time passing alone changes no page: pages keep every slot until it starts, and the caller counts from its now.
 */
export interface BookableListCache<Recruiter extends { id: string }> {
  summary(q: Queryable, eventId: string): Promise<BookableSummary>;
  /** The page `key` of the event, read by `load` when it is not kept. */
  page(
    eventId: string,
    key: string,
    load: () => Promise<SharedPage<Recruiter>>,
  ): Promise<SharedPage<Recruiter>>;
  close(): void;
}

/** Enough for every event running at once; a forgotten event costs one query when it is next asked for. */
const EVENTS_KEPT = 500;
/** First pages of the common filters of many events; a page of 30 recruiters is some 20 KB, so 10 MB at most. */
const PAGES_KEPT = 500;

/** One event's kept pages, and which of them show each recruiter. */
interface EventPages<Page> {
  keys: Set<string>;
  showing: Map<string, Set<string>>;
  /** Pages still being read: whom they show is not known yet, so a change of any recruiter drops them. */
  reading: Map<string, Page>;
  unwatch: () => void;
}

export function createBookableListCache<Recruiter extends { id: string }>(
  invalidations: Invalidations,
  live: LiveHub,
): BookableListCache<Recruiter> {
  // Promises are kept, so concurrent first requests share one read, and an invalidation arriving while it runs
  // removes it: later requests read again rather than keep what was read before the change.
  const summaries = new LRUCache<string, Promise<BookableSummary>>({ max: EVENTS_KEPT });
  const events = new Map<string, EventPages<Promise<SharedPage<Recruiter>>>>();
  const pages = new LRUCache<string, Promise<SharedPage<Recruiter>>>({
    max: PAGES_KEPT,
    dispose: (_page, pageKey) => {
      const eventId = eventOf(pageKey);
      const kept = events.get(eventId);
      if (!kept) return;
      kept.keys.delete(pageKey);
      // Whom a page showed goes with it: filter combinations are many, and the index would otherwise only grow.
      for (const [recruiterId, showing] of kept.showing) {
        showing.delete(pageKey);
        if (showing.size === 0) kept.showing.delete(recruiterId);
      }
      if (kept.keys.size === 0) {
        kept.unwatch();
        events.delete(eventId);
      }
    },
  });

  const dropPages = (pageKeys: Iterable<string> | undefined) => {
    for (const pageKey of [...(pageKeys ?? [])]) pages.delete(pageKey);
  };
  const dropEvent = (eventId: string) => {
    summaries.delete(eventId);
    dropPages(events.get(eventId)?.keys);
  };
  const dropRecruiter = (eventId: string, recruiterId: string) => {
    const kept = events.get(eventId);
    dropPages(kept?.showing.get(recruiterId));
    dropPages(kept?.reading.keys());
    kept?.showing.delete(recruiterId);
  };
  const unsubscribeEvents = invalidations.subscribe('event', dropEvent);
  const unsubscribeUsers = invalidations.subscribe('session', (userId) => {
    for (const eventId of [...events.keys()]) dropRecruiter(eventId, userId);
  });

  const keep = <T>(cache: LRUCache<string, Promise<T>>, key: string, loading: Promise<T>) => {
    cache.set(key, loading);
    loading.catch(() => {
      if (cache.get(key) === loading) cache.delete(key);
    });
    return loading;
  };

  const pagesOf = (eventId: string) => {
    let kept = events.get(eventId);
    if (!kept) {
      kept = {
        keys: new Set(),
        showing: new Map(),
        reading: new Map(),
        unwatch: live.subscribe(liveTopics.event(eventId), (message) => {
          if (message.type === 'availability.changed') dropRecruiter(eventId, message.recruiterId);
          else dropEvent(eventId);
        }),
      };
      events.set(eventId, kept);
    }
    return kept;
  };

  return {
    summary(q, eventId) {
      return summaries.get(eventId) ?? keep(summaries, eventId, bookableSummary(q, eventId));
    },
    page(eventId, key, load) {
      const pageKey = `${eventId} ${key}`;
      const cached = pages.get(pageKey);
      if (cached) return cached;
      // Kept before its event's entry is looked up: keeping it may evict another page, maybe the event's last.
      const loading = keep(pages, pageKey, load());
      const kept = pagesOf(eventId);
      kept.keys.add(pageKey);
      kept.reading.set(pageKey, loading);
      const doneReading = () => {
        if (kept.reading.get(pageKey) === loading) kept.reading.delete(pageKey);
      };
      void loading.then((page) => {
        doneReading();
        // Unless it was dropped while it was read: then no one is given it again.
        if (pages.peek(pageKey) !== loading) return;
        for (const recruiter of page.recruiters) {
          const keys = kept.showing.get(recruiter.id);
          if (keys) keys.add(pageKey);
          else kept.showing.set(recruiter.id, new Set([pageKey]));
        }
      }, doneReading);
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
