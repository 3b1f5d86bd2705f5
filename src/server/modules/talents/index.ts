/** What other modules may use of talents; everything else in this folder is private to it. */
export { loadEventForTalentBrowsing, requireTalent } from './talents.policy.js';
export { deleteTalentData } from './talents.repository.js';
export { getOwnProfile, listTalentsSharing } from './talents.usecases.js';
export { eventCvSummaryOf } from './talents.cv.usecases.js';
