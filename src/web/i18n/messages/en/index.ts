import common from './common.json';
import recruiter from './recruiter.json';
import talentProfiles from './talentProfiles.json';

/** The English catalog, the source of every other: one JSON file per part of the app, keys prefixed by part. */
export const en = { ...common, ...recruiter, ...talentProfiles };
export type MessageKey = keyof typeof en;
