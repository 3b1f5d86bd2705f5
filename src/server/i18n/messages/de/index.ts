import type { MessageKey } from '../en/index.js';
import account from './account.json' with { type: 'json' };
import announcements from './announcements.json' with { type: 'json' };
import auth from './auth.json' with { type: 'json' };
import chats from './chats.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import health from './health.json' with { type: 'json' };
import mail from './mail.json' with { type: 'json' };

/** German, complete: a key the English catalog has and this one misses fails the type check. */
export const de = {
  ...account,
  ...announcements,
  ...auth,
  ...chats,
  ...errors,
  ...health,
  ...mail,
} satisfies Record<MessageKey, unknown>;
