import type { Database, Db } from './infra/db/client.js';
import type { BackgroundWork } from './infra/http/background.js';
import type { IceServer } from '../shared/schemas/rooms.schemas.js';
import type { Invalidations } from './infra/cache/invalidations.js';
import type { LiveHub } from './infra/live/live.hub.js';
import type { MailboxSettings } from './modules/mailbox/mailbox.access.js';

/** The dependencies every use case may need, built once by the composition root. */
export interface AppContext {
  db: Db;
  database: Database;
  now: () => Date;
  publicUrl: string;
  /** Signs values that must not be forged, such as the addresses of personal calendar feeds. */
  secret: string;
  /** The sender of every email, e.g. `Parley <no-reply@example.com>`. */
  mailFrom: string;
  /** Whether mail stays in the local outbox, and who may read it at /dev/mailbox. */
  mailbox: MailboxSettings;
  /** Work done after the answer is sent, e.g. so that its duration does not tell anything. */
  background: BackgroundWork;
  /** Live updates to browser tabs: publish after the transaction commits. */
  live: LiveHub;
  /** Drops stale cached values in every app process: call after the change commits. */
  invalidations: Invalidations;
  /** STUN/TURN servers handed to the browsers of a room (`ICE_SERVERS`). */
  iceServers: IceServer[];
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'organizer' | 'recruiter' | 'talent' | 'support';
  companyId: string | null;
}
