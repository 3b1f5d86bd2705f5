import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

/**
 * How a running server is asked for a backup: only one process may open the embedded database, so the server takes
 * the snapshot itself. It writes its loopback address and a fresh random token into DATA_DIR, readable by its owner
 * only; whoever can read that file could read the database files anyway.
 */
export interface ControlEndpoint {
  url: string;
  token: string;
  pid: number;
}

const controlFile = (dataDir: string) => path.join(dataDir, 'control.json');

export const newControlToken = (): string => randomBytes(32).toString('base64url');

export function writeControlFile(dataDir: string, endpoint: ControlEndpoint): void {
  removeFile(controlFile(dataDir));
  writeFileSync(controlFile(dataDir), JSON.stringify(endpoint), { mode: 0o600, flag: 'wx' });
}

export function readControlFile(dataDir: string): ControlEndpoint | undefined {
  try {
    return JSON.parse(readFileSync(controlFile(dataDir), 'utf8')) as ControlEndpoint;
  } catch {
    return undefined;
  }
}

/** Removes the file only if it is still this server's, not a successor's. */
export function removeControlFile(dataDir: string, token: string): void {
  if (readControlFile(dataDir)?.token === token) removeFile(controlFile(dataDir));
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/** The address a local client reaches a server listening on `address` at, even when it listens on all interfaces. */
export function loopbackUrl(address: AddressInfo): string {
  const host = { '0.0.0.0': '127.0.0.1', '::': '::1' }[address.address] ?? address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Loopback, or a connection to one of this machine's own addresses from that same address. */
export function isFromThisMachine(socket: Socket): boolean {
  const remote = socket.remoteAddress?.replace(/^::ffff:/, '');
  if (!remote) return false;
  return (
    remote === '::1' || remote.startsWith('127.') || remote === socket.localAddress?.replace(/^::ffff:/, '')
  );
}
