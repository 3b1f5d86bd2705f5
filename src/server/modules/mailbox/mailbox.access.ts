import type { FastifyRequest } from 'fastify';
import { comesFromThisMachine } from '../../infra/http/operator-access.js';

export interface MailboxSettings {
  /** True when no SMTP server is configured and mail stays in the local outbox. */
  localMailbox: boolean;
  /** The operator's `DEV_MAILBOX`: true opens the outbox page to every address, false closes it everywhere. */
  devMailbox: boolean | undefined;
  production: boolean;
}

/** Who may reach the outbox pages, before the signed-in user's role is looked at. */
export type MailboxReaders = 'anyone' | 'this_machine' | 'nobody';

function mailboxReaders(settings: MailboxSettings): MailboxReaders {
  if (!settings.localMailbox || settings.devMailbox === false) return 'nobody';
  if (settings.devMailbox === true) return 'anyone';
  return settings.production ? 'nobody' : 'this_machine';
}

export function mayReachMailbox(settings: MailboxSettings, request: FastifyRequest): boolean {
  const readers = mailboxReaders(settings);
  return readers === 'anyone' || (readers === 'this_machine' && comesFromThisMachine(request));
}

/** One or two lines for the start-up message: where mail goes, and who can read the local outbox. */
export function describeMailDelivery(settings: MailboxSettings & { smtpUrl?: string; publicUrl: string }) {
  if (settings.smtpUrl) {
    const server = new URL(settings.smtpUrl);
    return `Mail: sent through the SMTP server ${server.host}.`;
  }
  const page = `${settings.publicUrl}/dev/mailbox`;
  const who = {
    anyone: `anyone who reaches ${page} can read it (DEV_MAILBOX=true), except signed-in users who are not organizers.`,
    this_machine: `readable at ${page} from this machine only (not through a proxy, not by signed-in non-organizers). DEV_MAILBOX=false hides it.`,
    nobody: `no page shows it (${settings.devMailbox === false ? 'DEV_MAILBOX=false' : 'NODE_ENV=production; DEV_MAILBOX=true would open it'}). Set SMTP_URL to send mail.`,
  }[mailboxReaders(settings)];
  return `Mail: kept in the local outbox (SMTP_URL is not set);\n  ${who}`;
}
