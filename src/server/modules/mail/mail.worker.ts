import nodemailer from 'nodemailer';
import { singleLine } from '../../../shared/text.js';
import type { Db } from '../../db/client.js';
import { claimDueMail, markFailedAttempt, markSent, type OutboxRow } from './mail.repository.js';

export interface MailTransport {
  send(row: OutboxRow): Promise<void>;
  close(): void;
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(row) {
      await transporter.sendMail({
        from: singleLine(from),
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

export const MAX_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 15_000;

export function nextAttemptDelay(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), 60 * 60_000);
}

/** Sends what is due once; returns how many messages were sent. */
export async function deliverDueMail(input: {
  db: Db;
  transport: MailTransport;
  now: () => Date;
  batch?: number;
}) {
  const rows = await claimDueMail(input.db, input.now(), input.batch ?? 20, 5 * 60_000);
  let sent = 0;
  for (const row of rows) {
    try {
      await input.transport.send(row);
      await markSent(input.db, row.id, input.now());
      sent++;
    } catch (error) {
      const retryAt =
        row.attempts >= MAX_ATTEMPTS
          ? null
          : new Date(input.now().getTime() + nextAttemptDelay(row.attempts));
      await markFailedAttempt(
        input.db,
        row.id,
        error instanceof Error ? error.message : String(error),
        retryAt,
      );
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
}): MailWorker {
  const now = input.now ?? (() => new Date());
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const round = () => {
    if (running || stopped) return;
    running = (async () => {
      // Keep going while a full batch came back, so a burst drains quickly.
      for (;;) {
        const { claimed } = await deliverDueMail({ db: input.db, transport: input.transport, now });
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
