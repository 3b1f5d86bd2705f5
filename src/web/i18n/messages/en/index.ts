import account from './account.json';
import auth from './auth.json';
import common from './common.json';
import home from './home.json';
import notifications from './notifications.json';
import shell from './shell.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common, ...shell, ...auth, ...home, ...account, ...notifications };
export type MessageKey = keyof typeof en;
