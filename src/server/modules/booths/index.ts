/** What other modules may use of booths: an account's deletion takes the talent's queue places. */
export { deleteQueueEntriesOf } from './booths.repository.js';
