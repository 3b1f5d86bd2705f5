import { OutboxQuery, OutboxResponse } from '../schemas/mail.schemas.js';
import { errorCatalog } from './errors.js';
import { defineRoutes } from './route.js';

export const mailErrorCatalog = errorCatalog('mail', {
  operator_only: {
    kind: 'forbidden',
    message:
      "The local mailbox is for this machine's operator, and you are signed in with an account that is not an organizer. Log out, or open it in a private window.",
  },
  not_found: { kind: 'not_found', message: 'No such message.' },
});

/** The HTML pages of the local mailbox (`/dev/mailbox…`) are for people, registered by the server alone. */
export const mailApi = defineRoutes('mail', {
  outbox: {
    method: 'GET',
    path: '/api/dev/mailbox',
    tag: 'dev',
    summary:
      'Mail in the local outbox, newest first (without SMTP_URL, from this machine or with DEV_MAILBOX=true)',
    query: OutboxQuery,
    responses: { 200: OutboxResponse },
  },
});
