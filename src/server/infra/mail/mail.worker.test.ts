import { translatorFor } from '../../i18n/index.js';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../modules/auth/auth.table.js';
import { openTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { enqueueMail, findMail } from './mail.repository.js';
import { renderMail } from './mail.templates.js';
import {
  deliverDueMail,
  GIVE_UP_AFTER_MS,
  LEASE_MS,
  MAX_BACKOFF_MS,
  type MailTransport,
  nextAttemptDelay,
  smtpTransport,
} from './mail.worker.js';

/** Mails here are written in English, as to a recipient who chose no language. */
const english = translatorFor('en');

interface Received {
  to: string[];
  raw: string;
}

/**
 * A real SMTP peer on loopback that can be told to refuse mail for a while, and that runs `beforeReply` (e.g. a
 * wait: a slow server) before it answers a message.
 */
async function startSmtp(beforeReply: () => Promise<void> = async () => {}) {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', async () => {
        await beforeReply();
        if (state.refuse) return callback(new Error('451 try again later'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let database: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let transport: MailTransport;

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = await startSmtp();
  transport = smtpTransport(smtp.url, 'Parley <no-reply@parley.test>');
});

/** The one message to an address. */
async function mailTo(address: string) {
  const [row] = await database.db.query.mailOutbox.findMany({
    where: (m, { eq }) => eq(m.toAddress, address),
  });
  return (await findMail(database.db, row!.id))!;
}

afterAll(async () => {
  transport.close();
  await smtp.close();
  await database.close();
});

const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Parley//Test//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:chat-1@parley.test',
  'SEQUENCE:0',
  'DTSTAMP:20300101T000000Z',
  'DTSTART:20300304T090000Z',
  'DTEND:20300304T093000Z',
  'SUMMARY:1-1 chat',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('the mail worker', () => {
  it('sends a queued message with text, HTML and one calendar invitation over SMTP', async () => {
    await enqueueMail(database.db, {
      ...renderMail(english, 'kim@example.test', 'Your chat is confirmed', {
        heading: 'Confirmed',
        paragraphs: ['See you.'],
      }),
      calendar: { method: 'REQUEST', content: calendar },
    });
    // The database stamps the message; the worker's clock runs a little later.
    const now = new Date(Date.now() + 1000);
    const result = await deliverDueMail({ db: database.db, transport, now: () => now });
    expect(result).toEqual({ claimed: 1, sent: 1 });
    const message = smtp.received.at(-1)!;
    expect(message.to).toEqual(['kim@example.test']);
    expect(message.raw).toContain('Subject: Your chat is confirmed');
    expect(message.raw).toContain('text/plain');
    expect(message.raw).toContain('text/html');
    // One inline calendar part and one invite.ics attachment, no more.
    expect(message.raw.match(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/g)).toHaveLength(1);
    expect(message.raw.match(/filename=invite\.ics/g)).toHaveLength(1);
    expect(message.raw).toContain('UID:chat-1@parley.test');
    // Nothing is sent twice.
    expect(await deliverDueMail({ db: database.db, transport, now: () => now })).toEqual({
      claimed: 0,
      sent: 0,
    });
  });

  it('sends nothing to a deleted account, however long the mail waited, and records why', async () => {
    const id = randomUUID();
    const gone = `deleted-${id}@invalid`;
    await database.db
      .insert(users)
      .values({ id, email: gone, name: 'Deleted talent', role: 'talent', deletedAt: new Date() });
    await enqueueMail(database.db, [
      renderMail(english, gone, 'Your chat was cancelled', { heading: 'Cancelled', paragraphs: ['Sorry.'] }),
      renderMail(english, 'still-here@example.test', 'Your chat was cancelled', {
        heading: 'Cancelled',
        paragraphs: [],
      }),
    ]);
    const now = new Date(Date.now() + 1000);
    const sentBefore = smtp.received.length;
    expect(await deliverDueMail({ db: database.db, transport, now: () => now })).toEqual({
      claimed: 1,
      sent: 1,
    });
    expect(smtp.received.slice(sentBefore).map((message) => message.to)).toEqual([
      ['still-here@example.test'],
    ]);
    expect(await mailTo(gone)).toMatchObject({
      status: 'failed',
      lastError: 'Not sent: the account was deleted.',
      attempts: 0,
    });
  });

  it('keeps every header on one line, whatever the subject or sender name holds', async () => {
    await enqueueMail(
      database.db,
      renderMail(english, 'lee@example.test', 'Chat with Kim\r\nBcc: spy@evil.test\nX-Evil:\u0007 yes', {
        heading: 'Hi',
        paragraphs: [],
      }),
    );
    const [row] = await database.db.query.mailOutbox.findMany({
      where: (m, { eq }) => eq(m.toAddress, 'lee@example.test'),
    });
    expect(row!.subject).toBe('Chat with Kim Bcc: spy@evil.test X-Evil: yes');
    const hostileSender = smtpTransport(smtp.url, 'Parley\r\nBcc: spy@evil.test <no-reply@parley.test>');
    const now = new Date(Date.now() + 1000);
    expect((await deliverDueMail({ db: database.db, transport: hostileSender, now: () => now })).sent).toBe(
      1,
    );
    hostileSender.close();
    const message = smtp.received.at(-1)!;
    expect(message.to).toEqual(['lee@example.test']);
    const headers = message.raw
      .split('\r\n\r\n')[0]!
      .replace(/\r\n[ \t]/g, ' ')
      .split('\r\n');
    expect(headers.filter((h) => /^subject:/i.test(h))).toHaveLength(1);
    expect(headers.filter((h) => /^from:/i.test(h))).toHaveLength(1);
    expect(headers.filter((h) => /^(bcc|x-evil):/i.test(h))).toEqual([]);
  });

  it('keeps a message when the server refuses it, and retries it with growing delays', async () => {
    let now = new Date('2030-01-01T10:00:00Z');
    await enqueueMail(
      database.db,
      renderMail(english, 'robin@example.test', 'Retry me', { heading: 'Hi', paragraphs: [] }),
    );
    smtp.state.refuse = true;
    const first = await deliverDueMail({ db: database.db, transport, now: () => now });
    expect(first).toEqual({ claimed: 1, sent: 0 });
    // Not due again before the backoff has passed.
    now = new Date(now.getTime() + nextAttemptDelay(1) - 1000);
    expect((await deliverDueMail({ db: database.db, transport, now: () => now })).claimed).toBe(0);
    smtp.state.refuse = false;
    now = new Date(now.getTime() + 2000);
    expect(await deliverDueMail({ db: database.db, transport, now: () => now })).toEqual({
      claimed: 1,
      sent: 1,
    });
    expect(smtp.received.at(-1)!.to).toEqual(['robin@example.test']);
    expect(nextAttemptDelay(2)).toBe(2 * nextAttemptDelay(1));
  });

  it('retries through a 25-hour outage, never more than 30 minutes apart, and delivers once the server is back', async () => {
    let now = new Date('2031-01-01T10:00:00Z');
    await enqueueMail(
      database.db,
      renderMail(english, 'sam@example.test', 'After the outage', { heading: 'Hi', paragraphs: [] }),
    );
    smtp.state.refuse = true;
    const outageEnds = now.getTime() + 25 * 3_600_000;
    const attempts: number[] = [];
    for (; now.getTime() < outageEnds; now = new Date(now.getTime() + 10 * 60_000)) {
      if ((await deliverDueMail({ db: database.db, transport, now: () => now })).claimed)
        attempts.push(now.getTime());
    }
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    const row = await mailTo('sam@example.test');
    expect(row).toMatchObject({ status: 'pending', attempts: attempts.length });
    expect(row.lastError).toContain('try again later');

    smtp.state.refuse = false;
    now = new Date(now.getTime() + MAX_BACKOFF_MS);
    expect(await deliverDueMail({ db: database.db, transport, now: () => now })).toEqual({
      claimed: 1,
      sent: 1,
    });
    expect(smtp.received.at(-1)!.to).toEqual(['sam@example.test']);
    expect(await mailTo('sam@example.test')).toMatchObject({ status: 'sent', lastError: null });
  });

  it('gives up two days after the first try and records why', async () => {
    const firstTry = new Date('2032-01-01T10:00:00Z');
    let now = firstTry;
    const failing: MailTransport = {
      async send() {
        throw new Error('mailbox unavailable');
      },
      close() {},
    };
    await enqueueMail(
      database.db,
      renderMail(english, 'dana@example.test', 'Never arrives', { heading: 'Hi', paragraphs: [] }),
    );
    const tryAt = async (at: number) => {
      now = new Date(firstTry.getTime() + at);
      return (await deliverDueMail({ db: database.db, transport: failing, now: () => now })).claimed;
    };
    for (let at = 0; at < GIVE_UP_AFTER_MS; at += MAX_BACKOFF_MS) await tryAt(at);
    expect(await mailTo('dana@example.test')).toMatchObject({ status: 'pending' });
    expect(await tryAt(GIVE_UP_AFTER_MS)).toBe(1);
    expect(await mailTo('dana@example.test')).toMatchObject({
      status: 'failed',
      lastError: 'mailbox unavailable',
    });
    expect(await tryAt(GIVE_UP_AFTER_MS + 3_600_000)).toBe(0);
  });

  it('lets two workers share the outbox without sending any message twice', async () => {
    const now = new Date('2032-01-01T10:00:00Z');
    const before = smtp.received.length;
    const addresses = Array.from({ length: 30 }, (_, i) => `bulk-${i}@example.test`);
    await enqueueMail(
      database.db,
      addresses.map((to) => renderMail(english, to, 'Bulk', { heading: 'Hi', paragraphs: [] })),
    );
    const [a, b] = await Promise.all([
      deliverDueMail({ db: database.db, transport, now: () => now, batch: 50 }),
      deliverDueMail({ db: database.db, transport, now: () => now, batch: 50 }),
    ]);
    expect(a.sent + b.sent).toBe(30);
    const delivered = smtp.received.slice(before).flatMap((m) => m.to);
    expect(delivered.sort()).toEqual([...addresses].sort());
  });

  it('gives up a send to a server that stops answering, and tries the message again later', async () => {
    const stuck = await startSmtp(() => new Promise((resolve) => setTimeout(resolve, 3_000)));
    const impatient = smtpTransport(stuck.url, 'Parley <no-reply@parley.test>', {
      connectionTimeout: 1_000,
      greetingTimeout: 1_000,
      socketTimeout: 300,
    });
    const now = new Date('2033-06-01T10:00:00Z');
    await enqueueMail(
      database.db,
      renderMail(english, 'stuck@example.test', 'Stuck', { heading: 'Hi', paragraphs: [] }),
    );
    try {
      expect(await deliverDueMail({ db: database.db, transport: impatient, now: () => now })).toEqual({
        claimed: 1,
        sent: 0,
      });
      const row = await mailTo('stuck@example.test');
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
      expect(row.lastError).toMatch(/timeout/i);
      expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + nextAttemptDelay(1));
      const later = new Date(now.getTime() + nextAttemptDelay(1));
      expect(await deliverDueMail({ db: database.db, transport, now: () => later })).toEqual({
        claimed: 1,
        sent: 1,
      });
    } finally {
      impatient.close();
      await stuck.close();
    }
  });

  it('sends each message exactly once when two processes share a slow server', async () => {
    const clock = { now: new Date('2034-01-01T10:00:00Z') };
    // Each message keeps the server busy for two minutes of the workers' clock (and a moment of real time, so the
    // two workers overlap): a batch takes far longer than one lease.
    const slow = await startSmtp(async () => {
      clock.now = new Date(clock.now.getTime() + LEASE_MS / 5);
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    const slowTransport = smtpTransport(slow.url, 'Parley <no-reply@parley.test>');
    const other = await database.anotherProcess();
    const addresses = Array.from({ length: 12 }, (_, i) => `slow-${i}@example.test`);
    await enqueueMail(
      database.db,
      addresses.map((to) => renderMail(english, to, 'Slow', { heading: 'Hi', paragraphs: [] })),
    );
    const pending = async () =>
      (
        await database.db.query.mailOutbox.findMany({
          where: (m, { and, eq, like }) => and(eq(m.status, 'pending'), like(m.toAddress, 'slow-%')),
        })
      ).length;
    const worker = async (db: typeof database.db) => {
      let sent = 0;
      while ((await pending()) > 0) {
        const round = await deliverDueMail({ db, transport: slowTransport, now: () => clock.now });
        sent += round.sent;
        if (round.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return sent;
    };
    try {
      const [a, b] = await Promise.all([worker(database.db), worker(other.db)]);
      expect(a + b).toBe(12);
      expect(slow.received.flatMap((m) => m.to).sort()).toEqual([...addresses].sort());
    } finally {
      slowTransport.close();
      await slow.close();
      await other.close();
    }
  });
});
