import type { AddressInfo } from 'node:net';
import { type AppDeps, createApp } from '../src/server/app.js';
import type { Database } from '../src/server/infra/db/client.js';
import { createSession } from '../src/server/modules/auth/auth.usecases.js';
import type { BenchDatabase } from './databases.js';

/** The real app's dependencies on a benchmark database, without the web client; every app process uses the same. */
export const benchAppDeps = (database: Database): AppDeps => ({
  database,
  sessionSecret: 'bench-secret-bench-secret-bench',
  publicUrl: 'http://bench.test',
  localMailbox: true,
  webDir: '/nonexistent',
});

function benchApp(target: BenchDatabase) {
  return createApp(benchAppDeps(target.database));
}

/** The app listening on a free loopback port, with signed-in clients made without a password check. */
export async function serveBenchApp(target: BenchDatabase) {
  const { app, ctx } = await benchApp(target);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const clientFor = async (userId: string) => {
    const session = await createSession(ctx.db, userId, new Date());
    return { cookie: `parley_session=${app.signCookie(session.token)}`, csrf: session.csrfToken };
  };
  return { app, ctx, base, clientFor };
}
