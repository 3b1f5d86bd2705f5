import type { Database, Db } from './db/client.js';

/** The dependencies every use case may need, built once by the composition root. */
export interface AppContext {
  db: Db;
  database: Database;
  now: () => Date;
  publicUrl: string;
  /** True when no SMTP server is configured and mail stays in the local outbox at /dev/mailbox. */
  localMailbox: boolean;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'organizer' | 'recruiter' | 'talent' | 'support';
  companyId: string | null;
}
