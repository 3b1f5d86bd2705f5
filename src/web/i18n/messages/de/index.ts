import type { MessageKey } from '../en/index';
import account from './account.json';
import auth from './auth.json';
import common from './common.json';
import home from './home.json';
import notifications from './notifications.json';
import shell from './shell.json';

/** German, complete: a key the English catalog has and this one misses fails the type check. */
export const de = { ...common, ...shell, ...auth, ...home, ...account, ...notifications } satisfies Record<
  MessageKey,
  unknown
>;
