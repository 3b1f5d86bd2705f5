import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app.js';
import type { CacheScope, Invalidations } from '../../infra/cache/invalidations.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';
import type { TestDatabase } from '../../test/test-database.js';
import { hashToken, newToken } from './auth.passwords.js';
import { insertAuthTokens } from './auth.repository.js';
import { createSessionCache, type ResolvedSession } from './auth.session-cache.js';
import { SESSION_DAYS } from './auth.usecases.js';

/** The bus of a single process: what is invalidated is dropped at once. */
function localBus(): Invalidations {
  const subscribers: ((key: string) => void)[] = [];
  return {
    async invalidate(_scope: CacheScope, key: string) {
      for (const drop of subscribers) drop(key);
    },
    subscribe(_scope, drop) {
      subscribers.push(drop);
      return () => {};
    },
    async close() {},
  };
}

const now = new Date('2026-05-01T10:00:00Z');
const later = new Date('2026-06-01T10:00:00Z');

function sessionOf(userId: string, tokenHash: string, name = 'Kim'): ResolvedSession {
  return {
    user: { id: userId, email: `${userId}@example.test`, name, role: 'talent', companyId: null },
    companyName: null,
    csrfToken: `csrf-${tokenHash}`,
    tokenHash,
    expiresAt: later,
  };
}

/** A loader that counts its reads of the database. */
function rows(session: ResolvedSession | undefined) {
  const loader = {
    reads: 0,
    load: async () => {
      loader.reads++;
      return session;
    },
  };
  return loader;
}

describe('the session cache', () => {
  it('answers a session it read before without reading it again', async () => {
    const cache = createSessionCache(localBus());
    const row = rows(sessionOf('u1', 't1'));
    expect(await cache.resolve('t1', now, row.load)).toMatchObject({ tokenHash: 't1' });
    expect(await cache.resolve('t1', now, row.load)).toMatchObject({ tokenHash: 't1' });
    expect(row.reads).toBe(1);
  });

  it('reads a page’s parallel requests of one session once', async () => {
    const cache = createSessionCache(localBus());
    const row = rows(sessionOf('u1', 't1'));
    await Promise.all([1, 2, 3].map(() => cache.resolve('t1', now, row.load)));
    expect(row.reads).toBe(1);
  });

  it('keeps no answer for a token without a session, so a new one is found', async () => {
    const cache = createSessionCache(localBus());
    expect(await cache.resolve('t1', now, rows(undefined).load)).toBeUndefined();
    expect(await cache.resolve('t1', now, rows(sessionOf('u1', 't1')).load)).toBeDefined();
  });

  it('stops serving a session once it expired', async () => {
    const cache = createSessionCache(localBus());
    const row = rows(sessionOf('u1', 't1'));
    await cache.resolve('t1', now, row.load);
    expect(await cache.resolve('t1', later, row.load)).toBeUndefined();
  });

  it("drops every session of a user named on the bus, and no one else's", async () => {
    const bus = localBus();
    const cache = createSessionCache(bus);
    const [first, second, other] = [
      rows(sessionOf('u1', 't1')),
      rows(sessionOf('u1', 't2')),
      rows(sessionOf('u2', 't3')),
    ];
    await cache.resolve('t1', now, first.load);
    await cache.resolve('t2', now, second.load);
    await cache.resolve('t3', now, other.load);
    await bus.invalidate('session', 'u1');
    await cache.resolve('t1', now, first.load);
    await cache.resolve('t2', now, second.load);
    await cache.resolve('t3', now, other.load);
    expect([first.reads, second.reads, other.reads]).toEqual([2, 2, 1]);
  });

  it('does not keep a read that an invalidation overtook: it may hold the row from before the change', async () => {
    const bus = localBus();
    const cache = createSessionCache(bus);
    let finishRead = () => {};
    const slowRead = async () => {
      await new Promise<void>((resolve) => {
        finishRead = resolve;
      });
      return sessionOf('u1', 't1', 'Old name');
    };
    const reading = cache.resolve('t1', now, slowRead);
    await bus.invalidate('session', 'u1');
    finishRead();
    expect((await reading)?.user.name).toBe('Old name');
    const fresh = rows(sessionOf('u1', 't1', 'New name'));
    expect((await cache.resolve('t1', now, fresh.load))?.user.name).toBe('New name');
    expect(fresh.reads).toBe(1);
  });
});

const t = withTestApp();
/**
 * A second app process on the same database with a pool of its own, so it hears of changes only through the bus.
 * The embedded database serves one process, which then stands in for it.
 */
let other: FastifyInstance;
let closeOther = async () => {};

beforeAll(async () => {
  if (t.database.kind === 'pglite') {
    other = t.app;
    return;
  }
  const database = await (t.database as TestDatabase).anotherProcess();
  ({ app: other } = await createApp({
    database,
    sessionSecret: 'test-secret-test-secret-test-secret',
    publicUrl: 'http://parley.test',
    localMailbox: true,
    now: () => t.clock.now,
    webDir: '/nonexistent',
  }));
  closeOther = async () => {
    await other.close();
    await database.close();
  };
});
afterAll(() => closeOther());

/** The session as an app answers it: its user, or the status of a refusal. */
async function sessionIn(app: FastifyInstance, client: Client) {
  const response = await app.inject({
    method: 'GET',
    url: '/api/auth/session',
    headers: { cookie: client.cookie },
  });
  return response.statusCode === 200 ? response.json().user : response.statusCode;
}

/** Signed in, and read by both processes, so each has the session in its cache. */
async function cachedEverywhere(email: string) {
  const client = await loginAs(t.app, email);
  expect(await sessionIn(t.app, client)).toMatchObject({ email });
  expect(await sessionIn(other, client)).toMatchObject({ email });
  return client;
}

/** At once in the process that made the change, in the other one as soon as the bus reaches it. */
async function expectEverywhere(client: Client, expected: unknown) {
  expect(await sessionIn(t.app, client)).toEqual(expected);
  await expect.poll(() => sessionIn(other, client), { timeout: 5_000 }).toEqual(expected);
}

describe('cached sessions across app processes', () => {
  it('serves a request of a session read before without asking the database', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await cachedEverywhere(user.email);
    const reads = [vi.spyOn(t.ctx.db, 'select'), vi.spyOn(t.ctx.db, 'execute')];
    try {
      expect(await sessionIn(t.app, client)).toMatchObject({ id: user.id });
      for (const read of reads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const read of reads) read.mockRestore();
    }
  });

  it('ends a session logged out in both processes', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await cachedEverywhere(user.email);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    await expectEverywhere(client, 401);
  });

  it('ends the other sessions of a user who changed their password, and keeps the one that did', async () => {
    const user = await buildUser(t.ctx.db);
    const elsewhere = await cachedEverywhere(user.email);
    const here = await cachedEverywhere(user.email);
    const changed = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another-horse-battery',
    });
    expect(changed.statusCode).toBe(200);
    await expectEverywhere(elsewhere, 401);
    expect(await sessionIn(other, here)).toMatchObject({ id: user.id });
  });

  it('ends every session of a user who reset their password', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await cachedEverywhere(user.email);
    const token = newToken();
    const now = t.clock.now;
    await insertAuthTokens(t.ctx.db, [
      {
        tokenHash: hashToken(token),
        userId: user.id,
        purpose: 'password_reset',
        createdAt: now,
        expiresAt: new Date(now.getTime() + 3_600_000),
      },
    ]);
    const used = await anonymous(t.app).post('/api/auth/tokens/use', {
      token,
      password: 'reset-password-123',
    });
    expect(used.statusCode).toBe(200);
    await expectEverywhere(client, 401);
  });

  it("shows a talent's new name in both processes", async () => {
    const user = await buildUser(t.ctx.db, { role: 'talent' });
    const client = await cachedEverywhere(user.email);
    expect((await client.put('/api/me/profile', { name: 'Renamed Talent' })).statusCode).toBe(200);
    await expectEverywhere(client, expect.objectContaining({ id: user.id, name: 'Renamed Talent' }));
  });

  it('ends a session in both processes once it expired', async () => {
    const user = await buildUser(t.ctx.db);
    const client = await cachedEverywhere(user.email);
    const started = t.clock.now;
    try {
      t.clock.advance(SESSION_DAYS * 86_400_000 + 1_000);
      expect(await sessionIn(t.app, client)).toBe(401);
      expect(await sessionIn(other, client)).toBe(401);
    } finally {
      t.clock.set(started);
    }
  });
});
