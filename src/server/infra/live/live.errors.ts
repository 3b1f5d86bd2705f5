import { defineErrors } from '../http/errors.js';

export const liveErrors = defineErrors('live', {
  foreign_origin: {
    kind: 'forbidden',
    message: 'Live updates are only available to pages of this site.',
  },
  invalid_message: { kind: 'invalid', message: 'That message is not understood.' },
  too_many_watches: {
    kind: 'invalid',
    message: 'Too many events watched at once. Close some tabs or pages and try again.',
  },
  unavailable: { kind: 'conflict', message: 'Live updates are unavailable for a moment. Reload the page.' },
});
