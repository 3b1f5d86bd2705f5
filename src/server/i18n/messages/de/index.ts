import type { MessageKey } from '../en/index.js';
import announcements from './announcements.json' with { type: 'json' };
import auth from './auth.json' with { type: 'json' };
import chats from './chats.json' with { type: 'json' };
import health from './health.json' with { type: 'json' };
import mail from './mail.json' with { type: 'json' };

/** German, complete: a key the English catalog has and this one misses fails the type check. */
export const de = { ...announcements, ...auth, ...chats, ...health, ...mail } satisfies Record<
  MessageKey,
  unknown
>;
