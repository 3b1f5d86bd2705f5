import type { MessageKey } from '../en/index';
import common from './common.json';
import recruiter from './recruiter.json';
import talentProfiles from './talentProfiles.json';

/** German, complete: a key the English catalog has and this one misses fails the type check. */
export const de = { ...common, ...recruiter, ...talentProfiles } satisfies Record<MessageKey, unknown>;
