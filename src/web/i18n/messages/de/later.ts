import type { LaterKey } from '../en/index';
import account from './account.json';
import event from './event.json';
import organizer from './organizer.json';
import recruiter from './recruiter.json';
import room from './room.json';
import support from './support.json';
import talent from './talent.json';
import talentProfiles from './talentProfiles.json';

/** German, complete, for the parts loaded after the first page. */
export const deLater = {
  ...account,
  ...organizer,
  ...recruiter,
  ...talentProfiles,
  ...room,
  ...support,
  ...event,
  ...talent,
} satisfies Record<LaterKey, unknown>;
