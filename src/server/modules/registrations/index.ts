/** What other modules may use of registrations; everything else in this folder is private to it. */
export { isTalentRegistered } from './registrations.repository.js';
