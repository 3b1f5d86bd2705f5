import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database, Db } from '../../infra/db/client.js';
import { instanceSettings } from './auth.table.js';

const newSecret = () => randomBytes(32).toString('base64url');

/** The embedded database serves one process, whose secret is kept next to it so sessions survive restarts. */
function secretInDataDir(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = newSecret();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Processes sharing a PostgreSQL server must sign with the same secret. The first to start stores its candidate;
 * one starting at the same time finds the row taken and reads the winner's back.
 */
async function secretInDatabase(db: Db): Promise<string> {
  await db.insert(instanceSettings).values({ sessionSecret: newSecret() }).onConflictDoNothing();
  const [row] = await db.select({ secret: instanceSettings.sessionSecret }).from(instanceSettings);
  return row!.secret;
}

/** `SESSION_SECRET` when set; otherwise one generated on first start and kept where every process finds it. */
export async function resolveSessionSecret(
  database: Database,
  options: { fromEnv: string | undefined; dataDir: string },
): Promise<string> {
  if (options.fromEnv) return options.fromEnv;
  return database.kind === 'postgres' ? secretInDatabase(database.db) : secretInDataDir(options.dataDir);
}
