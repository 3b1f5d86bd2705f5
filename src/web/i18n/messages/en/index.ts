import common from './common.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common };
export type MessageKey = keyof typeof en;
