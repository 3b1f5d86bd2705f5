import { LRUCache } from 'lru-cache';
import { type LiveServerMessage, type LiveTopic, liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { LiveHub } from '../live/live.hub.js';
import type { Invalidations } from './invalidations.js';

/** What a loader read, and until when it holds (epoch milliseconds): the first instant that changes it. */
export interface TeamValue<T> {
  value: T;
  until: number;
}

/**
 * What a company's team reads of its chats and availability at an event (the team overview, the whole-team counts
 * and first pages with their chats' views), kept in memory in each app process. A team's values are dropped, in every process:
 * - when a message that changes what they show reaches the team's live topic (`chats.changed`,
 *   `availability.changed`: every change of the team's chats and slots publishes one) or the event's
 *   (`event.changed`: days and hours); in the publishing process at once (`LiveHub.onPublished`), in the others
 *   when NOTIFY brings it. The team's other messages (notes, waitlists, company requests) leave them be;
 * - all teams' values, on any `event` invalidation (confirmations, details, companies, recruiters and talents
 *   registered or renamed, booths: a recruiter registered at one event joins the company's team at all of them, and
 *   a talent renamed at one event is named anew in their chats at every event) or `session` invalidation (a name or
 *   profile saved by its person).
 * A value also lapses on its own at its `until` (a slot starting, a booked chat ending).
 */
export interface TeamCache {
  get<T>(
    team: { eventId: string; companyId: string },
    name: string,
    now: Date,
    load: () => Promise<TeamValue<T>>,
  ): Promise<T>;
  close(): void;
}

/**
 * The teams at the events running at once; a forgotten team costs one read when next asked for. A team's kept
 * answers (its overview and two first pages) are some 130 KB at 50 members, so about 25 MB at most.
 */
const TEAMS_KEPT = 200;

interface Held {
  value: unknown;
  readAt: number;
  until: number;
}

interface KeptTeam {
  values: Map<string, Promise<Held>>;
  unwatch: () => void;
}

/** The messages of a change to what the team's kept values show; any other leaves them as they are. */
const DROPPING: ReadonlySet<LiveServerMessage['type']> = new Set([
  'chats.changed',
  'availability.changed',
  'event.changed',
]);

const TEAM_TOPIC = /^company:([^:]+):event:([^:]+)$/;
const EVENT_TOPIC = /^event:([^:]+)$/;

function createTeamCache(invalidations: Invalidations, live: LiveHub): TeamCache {
  const teams = new LRUCache<string, KeptTeam>({ max: TEAMS_KEPT, dispose: (kept) => kept.unwatch() });
  const keyOf = (eventId: string, companyId: string) => `${eventId} ${companyId}`;
  const dropEvent = (eventId: string) => {
    for (const key of [...teams.keys()]) if (key.startsWith(`${eventId} `)) teams.delete(key);
  };
  const dropTopic = (topic: LiveTopic) => {
    const team = TEAM_TOPIC.exec(topic);
    if (team) teams.delete(keyOf(team[2]!, team[1]!));
    const event = EVENT_TOPIC.exec(topic);
    if (event) dropEvent(event[1]!);
  };
  const dropAll = () => teams.clear();
  const unsubscribes = [
    invalidations.subscribe('event', dropAll),
    invalidations.subscribe('session', dropAll),
    live.onPublished((topics, message) => {
      if (DROPPING.has(message.type)) for (const topic of topics) dropTopic(topic);
    }),
  ];

  const teamOf = (eventId: string, companyId: string) => {
    const key = keyOf(eventId, companyId);
    let kept = teams.get(key);
    if (!kept) {
      // Watching before the first read starts: a change committed while it runs drops what it returns.
      const drop = (message: LiveServerMessage) => {
        if (DROPPING.has(message.type)) teams.delete(key);
      };
      const unwatchTeam = live.subscribe(liveTopics.companyAtEvent(companyId, eventId), drop);
      const unwatchEvent = live.subscribe(liveTopics.event(eventId), drop);
      kept = {
        values: new Map(),
        unwatch: () => {
          unwatchTeam();
          unwatchEvent();
        },
      };
      teams.set(key, kept);
    }
    return kept;
  };

  return {
    async get<T>(
      team: { eventId: string; companyId: string },
      name: string,
      now: Date,
      load: () => Promise<TeamValue<T>>,
    ): Promise<T> {
      const at = now.getTime();
      const cached = teams.get(keyOf(team.eventId, team.companyId))?.values.get(name);
      if (cached) {
        const held = await cached;
        if (held.readAt <= at && at < held.until) return held.value as T;
      }
      const kept = teamOf(team.eventId, team.companyId);
      // Kept as a promise, so concurrent first requests share one read; dropping the team while it runs removes it,
      // and later requests read again rather than keep what was read before the change.
      const loading = load().then(({ value, until }) => ({ value, readAt: at, until }));
      kept.values.set(name, loading);
      loading.catch(() => {
        if (kept.values.get(name) === loading) kept.values.delete(name);
      });
      return (await loading).value as T;
    },
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      teams.clear();
    },
  };
}

/**
 * The first of `instants` (epoch milliseconds) not before `readAt`: a value read then may hold until just before it.
 * One at `readAt` itself counts: a slot starting then is still free at `readAt` and no longer a moment later.
 */
export function firstNotBefore(readAt: number, instants: Iterable<number>): number {
  let first = Number.POSITIVE_INFINITY;
  for (const instant of instants) if (instant >= readAt && instant < first) first = instant;
  return first;
}

// One cache per app, living as long as its invalidation bus: a test runs several apps in one process.
const caches = new WeakMap<Invalidations, TeamCache>();

/** The app's team cache, shared by the routes that read a team (the overview, the whole-team chat list). */
export function teamCacheOf(ctx: { invalidations: Invalidations; live: LiveHub }): TeamCache {
  let cache = caches.get(ctx.invalidations);
  if (!cache) {
    cache = createTeamCache(ctx.invalidations, ctx.live);
    caches.set(ctx.invalidations, cache);
  }
  return cache;
}
