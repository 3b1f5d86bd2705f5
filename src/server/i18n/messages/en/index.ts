import account from './account.json' with { type: 'json' };
import announcements from './announcements.json' with { type: 'json' };
import auth from './auth.json' with { type: 'json' };
import chats from './chats.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import health from './health.json' with { type: 'json' };
import mail from './mail.json' with { type: 'json' };

/** The English catalog of emails and calendar files, the source of every other: one JSON file per part. */
export const en = { ...account, ...announcements, ...auth, ...chats, ...errors, ...health, ...mail };
export type MessageKey = keyof typeof en;
