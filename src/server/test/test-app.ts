import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type AppDeps, createApp } from '../app.js';
import { createSession } from '../modules/auth/auth.usecases.js';
import type { AppContext } from '../context.js';
import type { Database } from '../infra/db/client.js';
import { openTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  clock: { now: Date; set(date: Date | string): void; advance(ms: number): void };
}

export interface TestAppOptions
  extends Pick<
    AppDeps,
    'devMailbox' | 'production' | 'metricsToken' | 'logLevel' | 'logStream' | 'liveHeartbeatMs'
  > {
  now?: Date;
  webDir?: string;
  /** Rewrites the URL the app connects with, e.g. to go through a proxy a test can cut. */
  connectThrough?: (url: string) => string;
}

/** Builds the real app on a fresh database, with a clock the test controls. */
export async function buildTestApp(
  options: TestAppOptions = {},
): Promise<TestApp & { close(): Promise<void> }> {
  const database = await openTestDatabase({ connectThrough: options.connectThrough });
  const clock = {
    now: options.now ?? new Date(),
    set(date: Date | string) {
      this.now = new Date(date);
    },
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const { app, ctx } = await createApp({
    database,
    sessionSecret: 'test-secret-test-secret-test-secret',
    publicUrl: 'http://parley.test',
    localMailbox: true,
    devMailbox: options.devMailbox,
    production: options.production ?? false,
    metricsToken: options.metricsToken,
    logLevel: options.logLevel,
    logStream: options.logStream,
    now: () => clock.now,
    webDir: options.webDir ?? '/nonexistent',
    liveHeartbeatMs: options.liveHeartbeatMs,
  });
  await app.ready();
  return {
    app,
    ctx,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** One app per test file, built before its tests and closed after them. */
export function withTestApp(options: TestAppOptions = {}): TestApp {
  const holder = {} as TestApp & { close(): Promise<void> };
  beforeAll(async () => {
    Object.assign(holder, await buildTestApp(options));
  });
  afterAll(async () => {
    await holder.close?.();
  });
  return holder;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Client {
  request(method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
  /** The same session, asking as a page in another language does (`Accept-Language`). */
  inLanguage(acceptLanguage: string): Client;
}

function makeClient(
  app: FastifyInstance,
  cookie: string,
  csrfToken: string,
  acceptLanguage?: string,
): Client {
  const request = (method: Method, url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
        ...(typeof body === 'string' ? { 'content-type': 'text/plain' } : {}),
        // The only raw bytes the API takes are a CV's.
        ...(Buffer.isBuffer(body) ? { 'content-type': 'application/pdf' } : {}),
      },
      ...(body === undefined
        ? {}
        : typeof body === 'string' || Buffer.isBuffer(body)
          ? { payload: body }
          : { payload: body as object }),
    });
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
    cookie,
    csrfToken,
    inLanguage: (language) => makeClient(app, cookie, csrfToken, language),
  };
}

export const anonymous = (app: FastifyInstance): Client => makeClient(app, '', '');

/** A client with a fresh session for a user, without the cost of a password check: for tests with many users. */
export async function sessionClient(app: FastifyInstance, ctx: AppContext, userId: string): Promise<Client> {
  const session = await createSession(ctx.db, userId, ctx.now());
  return makeClient(app, `parley_session=${app.signCookie(session.token)}`, session.csrfToken);
}

/** Logs in through the real route and returns a client carrying the session cookie and CSRF token. */
export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = 'correct-horse-battery',
): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`login as ${email} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'parley_session');
  if (!setCookie) throw new Error('no session cookie');
  return makeClient(app, `parley_session=${setCookie.value}`, response.json().csrfToken);
}
