import { randomUUID } from 'node:crypto';
import { lte } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { withTestApp } from '../../test/test-app.js';
import { authTokens, sessions, throttles } from './auth.table.js';
import { admit } from './auth.throttle.repository.js';
import { sweepAuth } from './auth.sweep.js';
import { LOGIN_PER_ACCOUNT_AND_ADDRESS, RESETS_PER_EMAIL } from './auth.usecases.js';

const t = withTestApp({ now: new Date('2026-03-02T09:00:00Z') });
const HOUR = 3_600_000;

const ago = (ms: number) => new Date(t.clock.now.getTime() - ms);
const later = (ms: number) => new Date(t.clock.now.getTime() + ms);

async function session(userId: string, label: string, expiresAt: Date) {
  await t.ctx.db.insert(sessions).values({ tokenHash: label, userId, csrfToken: 'x', expiresAt });
}

async function link(userId: string, label: string, expiresAt: Date, usedAt: Date | null = null) {
  await t.ctx.db
    .insert(authTokens)
    .values({ tokenHash: label, userId, purpose: 'password_reset', expiresAt, usedAt });
}

describe('the auth sweep', () => {
  it('deletes expired sessions, used or expired links and forgotten counters, and keeps the live ones', async () => {
    const user = await buildUser(t.ctx.db);
    await session(user.id, 'session-expired', ago(1));
    await session(user.id, 'session-live', later(HOUR));
    await link(user.id, 'link-expired', ago(1));
    await link(user.id, 'link-used', later(HOUR), ago(60_000));
    await link(user.id, 'link-live', later(HOUR));
    await admit(t.ctx.db, LOGIN_PER_ACCOUNT_AND_ADDRESS, 'old', ago(2 * HOUR));
    await admit(t.ctx.db, RESETS_PER_EMAIL, 'recent', ago(10 * 60_000));

    expect(await sweepAuth({ ctx: t.ctx })).toBe(4);

    const left = {
      sessions: (await t.ctx.db.select().from(sessions)).map((row) => row.tokenHash),
      links: (await t.ctx.db.select().from(authTokens)).map((row) => row.tokenHash),
      throttles: (await t.ctx.db.select().from(throttles)).map((row) => row.key),
    };
    expect(left).toEqual({ sessions: ['session-live'], links: ['link-live'], throttles: ['recent'] });
  });

  it('deletes more than a batch, with several sweeps at once, each row once', async () => {
    const user = await buildUser(t.ctx.db);
    await t.ctx.db.insert(sessions).values(
      Array.from({ length: 1200 }, () => ({
        tokenHash: randomUUID(),
        userId: user.id,
        csrfToken: 'x',
        expiresAt: ago(1),
      })),
    );
    await session(user.id, 'still-live', later(HOUR));
    const deleted = await Promise.all([sweepAuth({ ctx: t.ctx }), sweepAuth({ ctx: t.ctx })]);
    expect(deleted[0] + deleted[1]).toBe(1200);
    expect(await t.ctx.db.$count(sessions, lte(sessions.expiresAt, t.clock.now))).toBe(0);
    expect((await t.ctx.db.select().from(sessions)).map((row) => row.tokenHash)).toContain('still-live');
  });
});
