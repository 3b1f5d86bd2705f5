import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import type { AppContext } from '../../context.js';
import { type Database, openPglite } from '../../infra/db/client.js';
import { chats } from '../chats/chats.table.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import { buildBookableRecruiter, buildChat, buildEvent, buildTalents } from '../../test/factories.js';
import { type Client, sessionClient } from '../../test/test-app.js';
import { loopbackUrl, newControlToken, writeControlFile } from './backup.control.js';
import { type CommandIo, runBackupCommand, runRestoreCommand } from './backup.cli.js';

const now = new Date('2030-03-01T12:00:00Z');
const root = mkdtempSync(path.join(tmpdir(), 'parley-backup-'));
const dataDir = path.join(root, 'live');
const token = newControlToken();
let database: Database;
let app: FastifyInstance;
let ctx: AppContext;
/** Called when the running server receives the backup request. */
let onBackupRequest = () => {};

beforeAll(async () => {
  database = await openPglite({ dataDir });
  ({ app, ctx } = await createApp({
    database,
    sessionSecret: 'test-secret-test-secret-test-secret',
    publicUrl: 'http://parley.test',
    localMailbox: true,
    now: () => now,
    webDir: '/nonexistent',
    controlToken: token,
  }));
  app.addHook('onRequest', async (request) => {
    if (request.url === '/internal/backup') onBackupRequest();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  writeControlFile(dataDir, {
    url: loopbackUrl(app.server.address() as AddressInfo),
    token,
    pid: process.pid,
  });
});

const stopServer = async () => {
  await app.close();
  await database.close();
};

afterAll(async () => {
  if (app.server.listening) await stopServer();
  rmSync(root, { recursive: true, force: true });
});

/** `npm run backup` / `npm run restore` in a process of their own, as a person runs them beside the server. */
function runCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/backup.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function io(env: Record<string, string>): CommandIo & { printed: string[]; failed: string[] } {
  const printed: string[] = [];
  const failed: string[] = [];
  return {
    env,
    cwd: root,
    print: (line) => printed.push(line),
    fail: (line) => failed.push(line),
    now: () => new Date(),
    printed,
    failed,
  };
}

/** Two talents in scheduling per 5-minute slot of one recruiter: every slot is raced for. */
async function bookingScene(slots: number) {
  const event = await buildEvent(ctx.db, {
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 17 * 60, durations: [5] }],
  });
  const starts = Array.from({ length: slots }, (_, i) => new Date(Date.UTC(2030, 2, 4, 8, i * 5)));
  const recruiter = await buildBookableRecruiter(ctx.db, {
    eventId: event.id,
    eventDayId: event.days[0]!.id,
    durationMinutes: 5,
    openSlotStarts: starts,
  });
  const talents = await buildTalents(ctx.db, event.id, slots * 2);
  const attempts: { chatId: string; talentEmail: string; startsAt: Date; client: Client }[] = [];
  for (const [i, talent] of talents.entries()) {
    const chat = await buildChat(ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const client = await sessionClient(app, ctx, talent.id);
    attempts.push({ chatId: chat.id, talentEmail: talent.email, startsAt: starts[i % slots]!, client });
  }
  return { recruiter, attempts };
}

// A database on disk, two processes and two restores on shared cores: generous time, the assertions are about outcomes.
describe('backup and restore of the embedded database', { timeout: 120_000 }, () => {
  it('gives the snapshot only to a caller on this machine holding the control token', async () => {
    const post = (headers: Record<string, string>, remoteAddress?: string) =>
      app.inject({ method: 'POST', url: '/internal/backup', headers, remoteAddress });
    const wrongToken = await post({ authorization: 'Bearer guessed' });
    expect(wrongToken.statusCode).toBe(401);
    expect(wrongToken.json().error.code).toBe('backup.wrong_token');
    const remote = await post({ authorization: `Bearer ${token}` }, '192.0.2.7');
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error.code).toBe('backup.not_local');
    const local = await post({ authorization: `Bearer ${token}` });
    expect(local.statusCode).toBe(200);
    expect(local.headers['content-type']).toBe('application/gzip');
    expect(local.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('takes a consistent backup while the server books under load; the restore holds every booking acknowledged before it', async () => {
    const { recruiter, attempts } = await bookingScene(32);
    const acknowledged: string[] = [];
    const fresh = [...attempts];
    const losers: typeof attempts = [];
    let retries = 0;
    let inFlight = 0;
    let backupDone = false;
    let atBackupStart: { acknowledged: string[]; inFlight: number } | undefined;
    onBackupRequest = () => {
      atBackupStart ??= { acknowledged: [...acknowledged], inFlight };
    };
    // Four confirmations in flight until the backup is over: every slot once, then the losers retrying taken slots
    // (each a booking transaction that ends in 409), so the load lasts however long the backup takes.
    const worker = async () => {
      while (fresh.length > 0 || !backupDone) {
        const attempt = fresh.shift() ?? losers[retries++ % losers.length]!;
        inFlight++;
        const response = await attempt.client.post(`/api/chats/${attempt.chatId}/confirm`, {
          startsAt: attempt.startsAt.toISOString(),
        });
        inFlight--;
        expect([200, 409]).toContain(response.statusCode);
        if (response.statusCode === 200) acknowledged.push(attempt.chatId);
        else if (!losers.includes(attempt)) losers.push(attempt);
      }
    };
    const load = Promise.all(Array.from({ length: 4 }, worker));
    while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 10));

    const target = path.join(root, 'snapshot.tar.gz');
    const backup = await runCli(['backup', target]);
    backupDone = true;
    await load;

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(atBackupStart?.inFlight).toBeGreaterThan(0);
    const acknowledgedBeforeBackup = atBackupStart?.acknowledged ?? [];
    expect(acknowledgedBeforeBackup.length).toBeGreaterThanOrEqual(10);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const confirmedLive = await confirmedChatIds(database, recruiter.id);
    expect(confirmedLive.size).toBe(32);

    const refused = await runCli(['restore', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('stop it before restoring');
    expect(readdirSync(dataDir).filter((name) => name.startsWith('pglite'))).toEqual(['pglite']);
    expect(await confirmedChatIds(database, recruiter.id)).toEqual(confirmedLive);
    await stopServer();

    // With no server running, the command opens the folder itself, and lets go of it afterwards.
    const offlineTarget = path.join(root, 'offline.tar.gz');
    expect(await runBackupCommand([offlineTarget], io({ DATA_DIR: dataDir }))).toBe(0);
    expect(statSync(offlineTarget).mode & 0o777).toBe(0o600);
    expect(existsSync(path.join(dataDir, 'parley.lock'))).toBe(false);

    const restoredDir = path.join(root, 'restored');
    const restore = io({ DATA_DIR: restoredDir });
    expect(await runRestoreCommand([target], restore)).toBe(0);
    const restored = await openPglite({ dataDir: restoredDir });
    try {
      const confirmed = await confirmedChatIds(restored, recruiter.id);
      for (const chatId of acknowledgedBeforeBackup) expect(confirmed).toContain(chatId);
      for (const chatId of confirmed) expect(confirmedLive).toContain(chatId);
      // Each booking and its confirmation mail were written in one transaction: both are there, or neither.
      const mailed = await restored.db.selectDistinct({ email: mailOutbox.toAddress }).from(mailOutbox);
      const mailedTalents = new Set(mailed.map((row) => row.email));
      for (const attempt of attempts) {
        expect(mailedTalents.has(attempt.talentEmail), attempt.talentEmail).toBe(
          confirmed.has(attempt.chatId),
        );
      }
      // All slots last 5 minutes on a 5-minute grid: no overlap means no start taken twice.
      const starts = await restored.db
        .select({ startsAt: chats.startsAt })
        .from(chats)
        .where(and(eq(chats.recruiterId, recruiter.id), eq(chats.state, 'confirmed')));
      expect(new Set(starts.map((row) => row.startsAt?.getTime())).size).toBe(confirmed.size);
    } finally {
      await restored.close();
    }

    const again = io({ DATA_DIR: restoredDir });
    expect(await runRestoreCommand([target], again)).toBe(0);
    const keptAside = readdirSync(restoredDir).filter((name) => name.startsWith('pglite.before-restore-'));
    expect(keptAside).toHaveLength(1);
    expect(existsSync(path.join(restoredDir, keptAside[0]!, 'PG_VERSION'))).toBe(true);
    expect(again.printed.join('\n')).toContain(keptAside[0]);
  });

  it('refuses a file that is not a backup and leaves the data folder as it was', async () => {
    const emptyDir = path.join(root, 'untouched');
    const file = path.join(root, 'notes.txt');
    writeFileSync(file, 'not an archive');
    const command = io({ DATA_DIR: emptyDir });
    expect(await runRestoreCommand([file], command)).toBe(1);
    expect(command.failed.join('\n')).toContain('is not a Parley backup');
    expect(existsSync(path.join(emptyDir, 'pglite'))).toBe(false);

    const missing = io({ DATA_DIR: emptyDir });
    expect(await runRestoreCommand(['nowhere.tar.gz'], missing)).toBe(1);
    expect(missing.failed.join('\n')).toContain('Cannot read');
  });

  it('on PostgreSQL, both commands say how to use pg_dump and pg_restore, and fail', async () => {
    for (const run of [runBackupCommand, runRestoreCommand]) {
      const command = io({ DATABASE_URL: 'postgres://parley@db.example.test/parley', DATA_DIR: root });
      expect(await run(['backup.tar.gz'], command)).toBe(1);
      expect(command.failed.join('\n')).toMatch(/pg_dump .*pg_restore/);
    }
  });
});

async function confirmedChatIds(database: Database, recruiterId: string): Promise<Set<string>> {
  const rows = await database.db
    .select({ id: chats.id })
    .from(chats)
    .where(and(eq(chats.recruiterId, recruiterId), eq(chats.state, 'confirmed')));
  return new Set(rows.map((row) => row.id));
}
