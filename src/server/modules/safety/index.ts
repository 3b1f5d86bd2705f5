/** What other modules may use of safety: the one check before any chat between a talent and a recruiter starts. */
export { mayOfferTime, refuseUnwelcomeChat } from './safety.usecases.js';
export { deleteSafetyChoicesOf } from './safety.repository.js';
