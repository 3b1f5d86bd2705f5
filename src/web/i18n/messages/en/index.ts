import common from './common.json';
import room from './room.json';
import support from './support.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common, ...room, ...support };
export type MessageKey = keyof typeof en;
