/** What other modules may use of availability; everything else in this folder is private to it. */
export { loadColleague, loadTeamScope } from './availability.policy.js';
export {
  listBookableRecruiterDetails,
  onAvailabilityChanged,
  recruiterDayGrids,
} from './availability.usecases.js';
export {
  deleteFavouritesOf,
  findCompanyAtEvent,
  findDetails,
  isFreeSlotSql,
  findRecruiter,
  listAvailabilityDays,
  listBookings,
} from './availability.repository.js';
