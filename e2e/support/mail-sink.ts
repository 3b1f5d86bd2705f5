import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** One message as the sink stores it: the SMTP envelope's recipients and the message exactly as received. */
export interface StoredMail {
  to: string[];
  raw: string;
}

/** Mail to this domain is refused with a temporary error, as by a mail server that is down for a while. */
export const REFUSED_DOMAIN = 'refused.e2e.test';

/**
 * Mail to this domain is refused the first time for each address and accepted after: a mail server that was down
 * and came back, without stopping the one the whole run shares.
 */
export const FLAKY_DOMAIN = 'flaky.e2e.test';

/**
 * An SMTP server on loopback that accepts everything but mail to `REFUSED_DOMAIN` (and the first to each address of
 * `FLAKY_DOMAIN`) and writes each message to `dir` as JSON. The tests run in
 * other processes than this global setup, so files are how they read what arrived.
 */
export async function startMailSink(dir: string) {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const refusedOnce = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const flakyFirst = to.endsWith(`@${FLAKY_DOMAIN}`) && !refusedOnce.has(to);
      if (flakyFirst) refusedOnce.add(to);
      if (!to.endsWith(`@${REFUSED_DOMAIN}`) && !flakyFirst) return callback();
      callback(Object.assign(new Error('Mailbox unavailable, try again later'), { responseCode: 450 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: StoredMail = {
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        const name = `${String(++count).padStart(6, '0')}.json`;
        // Written aside and renamed, so a test polling the folder never reads half a message.
        const partial = path.join(dir, `.${name}`);
        writeFileSync(partial, JSON.stringify(mail));
        renameSync(partial, path.join(dir, name));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    dir,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
