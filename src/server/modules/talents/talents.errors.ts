import { defineErrors } from '../../infra/http/errors.js';

export const talentErrors = defineErrors('talents', {
  not_found: { kind: 'not_found', message: 'This talent is not registered for this event.' },
  talents_only: { kind: 'forbidden', message: 'Only talents have a profile to edit.' },
  browse_forbidden: {
    kind: 'forbidden',
    message: "Only the event's recruiters and its organizer can browse talent profiles.",
  },
});
