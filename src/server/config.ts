import path from 'node:path';
import { z } from 'zod';
import { IceServer } from '../shared/schemas/rooms.schemas.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  /** `SESSION_SECRET`; unset, one is generated and kept (see `resolveSessionSecret`). */
  sessionSecret: string | undefined;
  iceServers: IceServer[];
  seedDemo: boolean | undefined;
  /** `DEV_MAILBOX`: unset, the local outbox page answers only requests made on this machine outside production. */
  devMailbox: boolean | undefined;
  production: boolean;
  /** `METRICS_TOKEN`: scrapers of `/metrics` send it as a bearer token; unset, only this machine may scrape. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

function parseIceServers(raw: string | undefined): Config['iceServers'] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError('ICE_SERVERS must be a JSON array of RTCIceServer objects');
  }
  const parsed = z.array(IceServer).safeParse(json);
  if (!parsed.success) throw new ConfigError('ICE_SERVERS must be a JSON array of RTCIceServer objects');
  return parsed.data;
}

function parseBoolean(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false`);
}

/** Where the embedded database and other local state live. */
export const dataDirOf = (env: NodeJS.ProcessEnv): string => path.resolve(env.DATA_DIR || './data');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError('PORT must be a port number');
  const dataDir = dataDirOf(env);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Parley <no-reply@localhost>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    sessionSecret: env.SESSION_SECRET || undefined,
    iceServers: parseIceServers(env.ICE_SERVERS),
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO),
    devMailbox: parseBoolean('DEV_MAILBOX', env.DEV_MAILBOX),
    production: env.NODE_ENV === 'production',
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
