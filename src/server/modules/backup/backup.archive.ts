import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  type Database,
  DatabaseLockedError,
  lockDataDir,
  openPglite,
  pgliteExtensions,
} from '../../infra/db/client.js';
import { readControlFile } from './backup.control.js';
import { backupErrors } from './backup.errors.js';

const pgliteFolder = (dataDir: string) => path.join(dataDir, 'pglite');

/** `2026-03-04T09-30-00Z`: sortable, and valid in a file name on every system. */
const fileStamp = (now: Date) =>
  now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');

export const defaultBackupPath = (dataDir: string, now: Date) =>
  path.join(dataDir, 'backups', `parley-${fileStamp(now)}.tar.gz`);

/**
 * Writes a consistent snapshot of the embedded database to `target`. The running server takes it when there is one
 * (it holds the folder); otherwise this process opens the folder itself, holding the lock meanwhile.
 */
export async function takeBackup(input: { dataDir: string; target: string }): Promise<void> {
  if (existsSync(input.target))
    throw backupErrors.target_exists(`${input.target} already exists: choose another name.`);
  writePrivateFile(input.target, await snapshotOf(input.dataDir));
}

async function snapshotOf(dataDir: string): Promise<Uint8Array> {
  if (!existsSync(path.join(pgliteFolder(dataDir), 'PG_VERSION'))) {
    throw backupErrors.no_database(`There is no embedded database in ${dataDir} to back up.`);
  }
  let database: Database;
  try {
    database = await openPglite({ dataDir, migrate: false });
  } catch (error) {
    if (error instanceof DatabaseLockedError) return askRunningServer(dataDir);
    throw error;
  }
  try {
    return await database.snapshot!();
  } finally {
    await database.close();
  }
}

async function askRunningServer(dataDir: string): Promise<Uint8Array> {
  const endpoint = readControlFile(dataDir);
  if (!endpoint) {
    throw backupErrors.server_unreachable(
      `The server holding ${dataDir} has not published its control address (control.json): restart it with this version.`,
    );
  }
  let response: Response;
  try {
    response = await fetch(`${endpoint.url}/internal/backup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${endpoint.token}` },
    });
  } catch (error) {
    throw backupErrors.server_unreachable(
      `The server holding ${dataDir} (pid ${endpoint.pid}) did not answer at ${endpoint.url}: ${(error as Error).message}`,
    );
  }
  if (!response.ok) {
    const reason = ((await response.json().catch(() => null)) as { error?: { message?: string } } | null)
      ?.error;
    throw backupErrors.server_unreachable(
      `The server refused the backup (HTTP ${response.status}): ${reason?.message ?? 'no reason given'}`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Readable by the owner only (the archive holds password hashes), and never seen half-written under its name. */
function writePrivateFile(target: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  writeFileSync(partial, bytes, { mode: 0o600 });
  renameSync(partial, target);
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Restores the embedded database from a backup, refused while a server holds the folder. The backup is unpacked
 * beside the current data, opened and migrated there; only then is the current folder moved aside (kept, never
 * deleted) and the restored one put in its place. Resolves to where the previous data went, if there was any.
 */
export async function restoreBackup(input: {
  dataDir: string;
  file: string;
  now: Date;
}): Promise<string | undefined> {
  const bytes = readBackupFile(input.file);
  mkdirSync(input.dataDir, { recursive: true });
  let release: () => void;
  try {
    release = lockDataDir(input.dataDir);
  } catch (error) {
    if (error instanceof DatabaseLockedError) throw backupErrors.server_running();
    throw error;
  }
  try {
    const stamp = fileStamp(input.now);
    const staging = path.join(input.dataDir, `pglite.restoring-${stamp}`);
    await unpackAndVerify(bytes, staging, input.file);
    const current = pgliteFolder(input.dataDir);
    const previous = existsSync(current)
      ? path.join(input.dataDir, `pglite.before-restore-${stamp}`)
      : undefined;
    if (previous) renameSync(current, previous);
    renameSync(staging, current);
    return previous;
  } finally {
    release();
  }
}

function readBackupFile(file: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw backupErrors.not_a_backup(`Cannot read ${file}: ${(error as Error).message}`);
  }
  if (!isGzip(bytes))
    throw backupErrors.not_a_backup(`${file} is not a Parley backup (a .tar.gz made by npm run backup).`);
  return bytes;
}

async function unpackAndVerify(bytes: Uint8Array, folder: string, file: string): Promise<void> {
  try {
    const client = await PGlite.create(folder, {
      loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }),
      extensions: pgliteExtensions,
    });
    const database = await openPglite({ client });
    await database.close();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw backupErrors.not_a_backup(`${file} could not be restored: ${(error as Error).message}`);
  }
}
