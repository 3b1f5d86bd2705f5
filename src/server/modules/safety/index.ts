/**
 * What other modules may use of safety: the one check before any chat between a talent and a recruiter starts, and
 * its block rule as a query condition.
 */
export { mayOfferTime, refuseUnwelcomeChat } from './safety.usecases.js';
export { blockedEitherWay } from './safety.repository.js';
export { deleteSafetyChoicesOf } from './safety.repository.js';
