import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, afterEach } from 'vitest';
import { WebSocket } from 'ws';
import { LiveServerMessage } from '../../shared/schemas/live.schemas.js';
import { createApp } from '../app.js';
import { openPostgres } from '../infra/db/client.js';
import type { Client, TestApp } from './test-app.js';

/** Serves the app on a free port of its own; returns the URL of its `/live` socket. */
export async function listenForLive(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}/live`;
}

/** A browser tab's socket as a test sees it: messages awaited in order, and how it closed. */
export interface LiveSocket {
  send(message: unknown): void;
  next(): Promise<LiveServerMessage>;
  /** The next message of this type, skipping others (rooms interleave presence, media and signals). */
  nextOf<T extends LiveServerMessage['type']>(type: T): Promise<Extract<LiveServerMessage, { type: T }>>;
  closed: Promise<{ code: number; reason: string }>;
  /** Drops the connection without a goodbye, as a lost network would. */
  terminate(): void;
}

/** Sockets of a test file: opened with `connect`, and all dropped after each test. */
export function liveSockets() {
  const sockets: WebSocket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.terminate();
  });
  /** Opens `/live` as the client's session (anonymous without one); rejects with the status of a refused upgrade. */
  function connect(url: string, client?: Client, headers: Record<string, string> = {}): Promise<LiveSocket> {
    const socket = new WebSocket(url, {
      headers: { ...(client ? { cookie: client.cookie } : {}), ...headers },
    });
    sockets.push(socket);
    const received: LiveServerMessage[] = [];
    let wake = () => {};
    socket.on('message', (data) => {
      received.push(LiveServerMessage.parse(JSON.parse(String(data))));
      wake();
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    const waitFor = async <M extends LiveServerMessage>(pick: (message: LiveServerMessage) => boolean) => {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const index = received.findIndex(pick);
        if (index >= 0) return received.splice(index, 1)[0] as M;
        if (Date.now() > deadline) throw new Error('no such live message arrived');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
    };
    const live: LiveSocket = {
      send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
      next: () => waitFor(() => true),
      nextOf: (type) => waitFor((message) => message.type === type),
      closed,
      terminate: () => socket.terminate(),
    };
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(live));
      socket.once('unexpected-response', (request, response) => {
        request.destroy();
        reject(new Error(`HTTP ${response.statusCode}`));
      });
      socket.once('error', reject);
    });
  }
  return { connect };
}

/**
 * Second app processes on the test's database, each on its own port, closed after the file. On PostgreSQL one has
 * connections of its own, so live messages reach it only through NOTIFY; the embedded database serves one process,
 * which then stands in for it. It reads the test's clock.
 */
export function otherProcesses(t: TestApp) {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });
  return async function anotherProcess(url: string): Promise<{ app: FastifyInstance; url: string }> {
    if (t.database.kind === 'pglite') return { app: t.app, url };
    const databaseUrl = (t.database.db as unknown as { $client: pg.Pool }).$client.options.connectionString!;
    const database = await openPostgres(databaseUrl, { poolSize: 2 });
    const { app } = await createApp({
      database,
      sessionSecret: 'another-secret-another-secret-another',
      publicUrl: 'http://parley.test',
      localMailbox: true,
      now: () => t.clock.now,
      webDir: '/nonexistent',
    });
    closers.push(
      () => database.close(),
      () => app.close(),
    );
    return { app, url: await listenForLive(app) };
  };
}
