import common from './common.json';
import organizer from './organizer.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common, ...organizer };
export type MessageKey = keyof typeof en;
