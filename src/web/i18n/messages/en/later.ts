import account from './account.json';
import event from './event.json';
import organizer from './organizer.json';
import recruiter from './recruiter.json';
import room from './room.json';
import support from './support.json';
import talent from './talent.json';
import talentProfiles from './talentProfiles.json';

/**
 * The parts of the English catalog no first screen needs (login, home, the header): fetched right after the first
 * page shows, and awaited by the pages that use them.
 */
export const enLater = {
  ...account,
  ...organizer,
  ...recruiter,
  ...talentProfiles,
  ...room,
  ...support,
  ...event,
  ...talent,
};
