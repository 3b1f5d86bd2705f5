import { defineErrors } from '../../infra/http/errors.js';

export const scheduleErrors = defineErrors('schedule', {
  no_schedule: { kind: 'forbidden', message: 'Only talents and recruiters have a schedule of 1-1 chats.' },
  feed_not_found: {
    kind: 'not_found',
    message: 'This calendar address is unknown or was reset. Copy the current one from My Schedule.',
  },
});
