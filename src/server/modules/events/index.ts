/** What other modules may use of events; everything else in this folder is private to it. */
export { eventErrors } from './events.errors.js';
export { loadEventAsOrganizer, loadEventForViewer, signedIn } from './events.policy.js';
export { findDaysOfEvent, findEventById, shareLockDay, takesPartIn } from './events.repository.js';
export type { EventDayRow, EventRow } from './events.repository.js';
export { publishEventChanged } from './events.live.js';
