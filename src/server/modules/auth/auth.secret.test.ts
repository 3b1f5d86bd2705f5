import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { type Database, openPostgres } from '../../infra/db/client.js';
import { buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { resolveSessionSecret } from './auth.secret.js';

const t = withTestApp();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/**
 * A process started on the test's database with no SESSION_SECRET, each with a data folder of its own. On
 * PostgreSQL it has a connection pool of its own; the embedded database serves one process, so there the second
 * "process" shares the data folder, as a restart would.
 */
async function startProcess(dataDir: string): Promise<FastifyInstance> {
  let database: Database = t.database;
  if (t.database.kind === 'postgres') {
    const url = (t.database.db as unknown as { $client: pg.Pool }).$client.options.connectionString!;
    database = await openPostgres(url, { poolSize: 2 });
    closers.push(() => database.close());
  }
  const sessionSecret = await resolveSessionSecret(database, { fromEnv: undefined, dataDir });
  const { app } = await createApp({
    database,
    sessionSecret,
    publicUrl: 'http://parley.test',
    localMailbox: true,
    now: () => t.clock.now,
    webDir: '/nonexistent',
  });
  closers.push(() => app.close());
  return app;
}

const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-secret-'));
  closers.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('the generated session secret', () => {
  it('is shared by processes on one database: a session and a calendar feed address from one work on the other', async () => {
    const shared = t.database.kind === 'pglite' ? freshDir() : undefined;
    const [one, other] = await Promise.all([
      startProcess(shared ?? freshDir()),
      startProcess(shared ?? freshDir()),
    ]);
    const user = await buildUser(t.ctx.db);
    const client = await loginAs(one, user.email);

    const session = await other.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: client.cookie },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.id).toBe(user.id);

    const feed = (await client.get('/api/me/calendar-feed')).json();
    const calendar = await other.inject({ method: 'GET', url: new URL(feed.url).pathname });
    expect(calendar.statusCode).toBe(200);
    expect(calendar.body).toContain('BEGIN:VCALENDAR');
  });

  it('gives way to SESSION_SECRET', async () => {
    expect(
      await resolveSessionSecret(t.database, { fromEnv: 'from-the-environment', dataDir: freshDir() }),
    ).toBe('from-the-environment');
  });
});
