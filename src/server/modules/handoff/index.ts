/** What other modules may use of handoff: recording a talent's consent in the transaction that carried it. */
export { recordConsent } from './handoff.usecases.js';
export { deleteConsentsOf } from './handoff.repository.js';
