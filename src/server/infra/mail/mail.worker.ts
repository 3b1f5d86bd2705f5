import nodemailer from 'nodemailer';
import { toSingleLine } from '../../../shared/text.js';
import type { Db } from '../db/client.js';
import {
  claimDueMail,
  markFailedAttempt,
  markSent,
  type OutboxRow,
  startAttempt,
} from './mail.repository.js';

/** The worker's log (the app's pino logger): one line per attempt, naming the request that queued the mail. */
export interface MailLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** No addresses or contents: a mail's text may hold a password-reset or invitation link. */
const attemptFields = (row: OutboxRow) => ({
  reqId: row.requestId ?? undefined,
  mailId: row.id,
  attempt: row.attempts,
});

export interface MailTransport {
  send(row: OutboxRow): Promise<void>;
  close(): void;
}

/** How long a claimed message is this worker's alone, from the start of its send. */
export const LEASE_MS = 5 * 60_000;

/**
 * Every step of an SMTP conversation must answer within these, so a send to a slow or stuck server ends, sent or
 * failed, within about 3 minutes (connect, greeting, then some six commands): well inside the lease, so no other
 * worker takes the message while it may still be on its way.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 20_000 };

export function smtpTransport(
  smtpUrl: string,
  from: string,
  timeouts: typeof SMTP_TIMEOUTS = SMTP_TIMEOUTS,
): MailTransport {
  // Pooled: a burst (an import's hundreds of invitations) reuses a few connections instead of one per message.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    ...timeouts,
  });
  return {
    async send(row) {
      await transporter.sendMail({
        from: toSingleLine(from),
        to: row.toAddress,
        subject: row.subject,
        text: row.text,
        html: row.html,
        // nodemailer's icalEvent alone makes both the text/calendar part and the invite.ics attachment.
        ...(row.calendar
          ? {
              icalEvent: {
                method: row.calendar.method,
                filename: 'invite.ics',
                content: row.calendar.content,
              },
            }
          : {}),
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** Without SMTP the outbox itself is the mailbox: delivering is marking as sent. */
export const localTransport: MailTransport = { async send() {}, close() {} };

const BASE_BACKOFF_MS = 15_000;
/** Retries come at most this far apart during a long outage, so mail goes out soon after the server is back. */
export const MAX_BACKOFF_MS = 30 * 60_000;
/** A message still not accepted this long after its first try is given up and shown to the organizer. */
export const GIVE_UP_AFTER_MS = 48 * 3_600_000;

export function nextAttemptDelay(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
}

/** When to try a message again after its failed attempt at `now`, or null to give it up. */
function retryTime(row: OutboxRow, now: Date): Date | null {
  const firstTry = row.firstAttemptAt ?? now;
  if (now.getTime() - firstTry.getTime() >= GIVE_UP_AFTER_MS) return null;
  return new Date(now.getTime() + nextAttemptDelay(row.attempts));
}

/** Sends what is due once; returns how many messages were claimed and sent. */
export async function deliverDueMail(input: {
  db: Db;
  transport: MailTransport;
  now: () => Date;
  batch?: number;
  log?: MailLog;
}) {
  const rows = await claimDueMail(input.db, input.now(), input.batch ?? 20, LEASE_MS);
  let sent = 0;
  for (const claimed of rows) {
    const row = await startAttempt(input.db, claimed, input.now(), LEASE_MS);
    if (!row) continue; // its lease ran out while earlier ones were sent, and another worker has it now
    try {
      await input.transport.send(row);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = retryTime(row, input.now());
      await markFailedAttempt(input.db, row, message, retryAt);
      input.log?.warn(
        { ...attemptFields(row), error: message, retryAt },
        retryAt ? 'mail refused' : 'mail given up',
      );
      continue;
    }
    if (await markSent(input.db, row, input.now())) {
      sent++;
      input.log?.info(attemptFields(row), 'mail sent');
    }
  }
  return { claimed: rows.length, sent };
}

export interface MailWorker {
  /** Runs a delivery round now, e.g. right after a change was committed. */
  poke(): void;
  stop(): Promise<void>;
}

export function startMailWorker(input: {
  db: Db;
  transport: MailTransport;
  now?: () => Date;
  intervalMs?: number;
  onError?: (error: unknown) => void;
  log?: MailLog;
}): MailWorker {
  const now = input.now ?? (() => new Date());
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const round = () => {
    if (running || stopped) return;
    running = (async () => {
      // Keep going while a full batch came back, so a burst drains quickly.
      for (;;) {
        const { claimed } = await deliverDueMail({
          db: input.db,
          transport: input.transport,
          now,
          log: input.log,
        });
        if (claimed < 20 || stopped) break;
      }
    })()
      .catch((error) => input.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(round, input.intervalMs ?? 2_000);
  round();
  return {
    poke: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      input.transport.close();
    },
  };
}
