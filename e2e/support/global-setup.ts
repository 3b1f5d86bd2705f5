import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  type WriteStream,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ORGANIZER, SECOND_ORGANIZER } from './accounts.js';
import { startMailSink } from './mail-sink.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The folder where every message the app sent over SMTP lands, one file each (see mail.ts). */
    mailDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const resultsDir = path.join(root, 'test-results');
const serverLog = path.join(resultsDir, 'e2e-server.log');
const appCopy = path.join(resultsDir, 'app');

/**
 * The suite runs a copy of the build, so a rebuild while it runs (`npm start` or `npm run build` in another
 * terminal) cannot swap the web assets under the browser. The copy keeps the layout the server resolves its
 * migrations and web folder by, and sits inside the project so that node_modules is still found.
 */
function copyBuild(): string {
  cpSync(path.join(root, 'dist'), path.join(appCopy, 'dist'), { recursive: true });
  const migrations = path.join('src', 'server', 'infra', 'db', 'migrations');
  cpSync(path.join(root, migrations), path.join(appCopy, migrations), { recursive: true });
  return path.join(appCopy, 'dist', 'server', 'main.js');
}

/** Asks the OS for a port nobody uses, so a developer's own server on 3000 does not get in the way. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * On PostgreSQL the browser suite gets a database of its own, so the demo data seeds itself as on a first start and
 * nothing is left behind.
 */
async function freshPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `parley_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(url, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}

async function waitForHealth(baseURL: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${baseURL}/health within ${timeoutMs / 1000} s`);
}

async function startServer(
  main: string,
  env: NodeJS.ProcessEnv,
  log: WriteStream,
  baseURL: string,
): Promise<ChildProcess> {
  const server = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.pipe(log, { end: false });
  server.stderr?.pipe(log, { end: false });
  try {
    await waitForHealth(baseURL, server, 180_000);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return server;
}

/**
 * Organizers are made by the demo seed only, and isolation between two of them shows only with a second one: it
 * is written through the app's own database client (the only way into the embedded database), with the demo
 * organizer's password.
 */
async function addSecondOrganizer(main: string, config: { databaseUrl?: string; dataDir: string }) {
  const client: typeof import('../../src/server/infra/db/client.js') = await import(
    pathToFileURL(path.join(path.dirname(main), 'infra', 'db', 'client.js')).href
  );
  const database = await client.openDatabase(config);
  try {
    await database.db.execute(sql`
      insert into users (email, name, role, password_hash)
      select ${SECOND_ORGANIZER.email}, ${SECOND_ORGANIZER.name}, 'organizer', password_hash
      from users where email = ${ORGANIZER}`);
  } finally {
    await database.close();
  }
}

/** Builds the app, starts it as `npm start` would on an empty database, and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }

  if (!existsSync(path.join(root, 'dist', 'server', 'main.js')))
    throw new Error('The app is not built: run `npm run build`, or leave E2E_SKIP_BUILD unset.');
  // Screenshots of an earlier run would pass for failures of this one.
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const main = copyBuild();

  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-e2e-'));
  const database = process.env.DATABASE_URL
    ? await freshPostgresDatabase(process.env.DATABASE_URL)
    : undefined;
  const mail = await startMailSink(path.join(dataDir, 'received-mail'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = createWriteStream(serverLog);
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseURL,
    DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    // Mail leaves over real SMTP, as in production, to a sink the tests read.
    SMTP_URL: mail.url,
    SEED_DEMO: '',
  };
  let server: ChildProcess | undefined;
  const teardown = async () => {
    if (server) await stop(server);
    await mail.close();
    await new Promise<void>((resolve) => log.end(resolve));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(appCopy, { recursive: true, force: true });
  };

  try {
    // The first start seeds the demo as on an empty database; what no screen creates is added while it is stopped.
    server = await startServer(main, env, log, baseURL);
    await stop(server);
    await addSecondOrganizer(main, { databaseUrl: database?.url, dataDir });
    server = await startServer(main, env, log, baseURL);
  } catch (error) {
    await teardown();
    const output = readFileSync(serverLog, 'utf8');
    throw new Error(`Could not start the app for the browser tests: ${(error as Error).message}\n${output}`);
  }

  project.provide('baseURL', baseURL);
  project.provide('mailDir', mail.dir);
  return teardown;
}
