import common from './common.json';
import shell from './shell.json';
import auth from './auth.json';
import home from './home.json';
import notifications from './notifications.json';
import type { enLater } from './later';

/**
 * The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. This
 * file gathers the parts the first screens need (login, home, the header); `later.ts` the rest.
 */
export const en = { ...common, ...shell, ...auth, ...home, ...notifications };
export type LaterKey = keyof typeof enLater;
export type MessageKey = keyof typeof en | LaterKey;
