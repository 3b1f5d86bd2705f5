import common from './common.json';
import event from './event.json';
import talent from './talent.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common, ...event, ...talent };
export type MessageKey = keyof typeof en;
