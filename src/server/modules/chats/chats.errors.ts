import { defineErrors } from '../../infra/http/errors.js';

export const chatErrors = defineErrors('chats', {
  not_found: { kind: 'not_found', message: 'This 1-1 chat does not exist or is not yours.' },
  talents_only: { kind: 'forbidden', message: 'Only talents can request 1-1 chats.' },
  requests_closed: {
    kind: 'forbidden',
    message: 'The organizer of this event does not let talents send requests.',
  },
  recruiter_unavailable: {
    kind: 'conflict',
    message: 'This recruiter has not confirmed their availability for this event yet.',
  },
  already_open: {
    kind: 'conflict',
    message: 'You already have a 1-1 chat going on with this recruiter at this event.',
  },
  invitations_closed: {
    kind: 'forbidden',
    message: 'The organizer of this event does not let recruiters send invitations.',
  },
  talent_not_registered: { kind: 'not_found', message: 'This talent is not registered for this event.' },
  wrong_state: {
    kind: 'conflict',
    message: 'This 1-1 chat has changed meanwhile. Reload to see where it stands.',
  },
  not_your_turn: { kind: 'forbidden', message: 'The other side has to do this.' },
  slot_taken: {
    kind: 'conflict',
    message: 'Someone else just booked this time slot. Please pick another one.',
  },
  talent_busy: {
    kind: 'conflict',
    message: 'You already have another 1-1 chat at this time. Please pick another slot.',
  },
  not_a_free_slot: {
    kind: 'conflict',
    message: 'This time slot is no longer available. Please pick another one.',
  },
  invalid_suggestion: {
    kind: 'invalid',
    message: 'You can only suggest a colleague of your company who has confirmed their availability.',
  },
});
