import { LRUCache } from 'lru-cache';
import type { AppContext, SessionUser } from '../../context.js';
import type { Invalidations } from '../../infra/cache/invalidations.js';

export interface ResolvedSession {
  user: SessionUser;
  companyName: string | null;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
}

/** Sessions of the people active in the last minute, each a few hundred bytes. */
const MAX_SESSIONS = 20_000;
/**
 * Changes are announced on the invalidation bus, so this only bounds what a missed announcement (the listening
 * connection lost for a moment) or a change made without one (an organizer renaming someone) can leave stale.
 */
const FRESH_MS = 60_000;

/**
 * Sessions as this app process last read them, so that a request or a socket's heartbeat need not ask the database.
 * Every change that ends or alters a session announces its user's id on the bus, which drops all of that user's
 * sessions here and in every other process.
 */
export interface SessionCache {
  /** The session of this token hash, from the cache or from `load` (whose answer is kept if it is a session). */
  resolve(
    tokenHash: string,
    now: Date,
    load: () => Promise<ResolvedSession | undefined>,
  ): Promise<ResolvedSession | undefined>;
}

export function createSessionCache(invalidations: Invalidations): SessionCache {
  const tokensOfUser = new Map<string, Set<string>>();
  const byToken = new LRUCache<string, ResolvedSession>({
    max: MAX_SESSIONS,
    ttl: FRESH_MS,
    dispose: (session, tokenHash) => {
      const tokens = tokensOfUser.get(session.user.id);
      tokens?.delete(tokenHash);
      if (tokens?.size === 0) tokensOfUser.delete(session.user.id);
    },
  });
  const loading = new Map<string, Promise<ResolvedSession | undefined>>();
  // Raised by every invalidation: a read that started before one may have seen the old row, so it is not kept.
  let generation = 0;
  invalidations.subscribe('session', (userId) => {
    generation++;
    for (const tokenHash of [...(tokensOfUser.get(userId) ?? [])]) byToken.delete(tokenHash);
  });

  const loadAndKeep = async (tokenHash: string, load: () => Promise<ResolvedSession | undefined>) => {
    const startedAt = generation;
    try {
      const session = await load();
      if (session && startedAt === generation) {
        byToken.set(tokenHash, session);
        let tokens = tokensOfUser.get(session.user.id);
        if (!tokens) {
          tokens = new Set();
          tokensOfUser.set(session.user.id, tokens);
        }
        tokens.add(tokenHash);
      }
      return session;
    } finally {
      loading.delete(tokenHash);
    }
  };

  return {
    resolve(tokenHash, now, load) {
      const cached = byToken.get(tokenHash);
      if (cached) {
        if (cached.expiresAt > now) return Promise.resolve(cached);
        byToken.delete(tokenHash);
        return Promise.resolve(undefined);
      }
      // A page's parallel requests share one read.
      let pending = loading.get(tokenHash);
      if (!pending) {
        pending = loadAndKeep(tokenHash, load);
        loading.set(tokenHash, pending);
      }
      return pending;
    },
  };
}

// One cache per app, living as long as its invalidation bus: a test runs several apps in one process.
const caches = new WeakMap<Invalidations, SessionCache>();

export function sessionCacheOf(ctx: AppContext): SessionCache {
  let cache = caches.get(ctx.invalidations);
  if (!cache) {
    cache = createSessionCache(ctx.invalidations);
    caches.set(ctx.invalidations, cache);
  }
  return cache;
}

/** After the change commits: every process forgets the user's sessions and reads them again when next used. */
export async function sessionsOfUserChanged(ctx: AppContext, userId: string): Promise<void> {
  await ctx.invalidations.invalidate('session', userId);
}
