import { defineErrors } from '../../infra/http/errors.js';

export const availabilityErrors = defineErrors('availability', {
  recruiters_only: {
    kind: 'forbidden',
    message: 'Only recruiters of a company attending this event manage availability.',
  },
  talents_only: { kind: 'forbidden', message: 'This list is for talents taking part in the event.' },
  not_colleague: { kind: 'not_found', message: 'This recruiter is not a colleague of yours.' },
  day_not_found: { kind: 'not_found', message: 'This day is not part of the event.' },
  duration_not_allowed: {
    kind: 'invalid',
    message: 'The organizer does not allow this chat duration on that day.',
  },
  not_a_slot: { kind: 'invalid', message: 'A chosen time is not a slot of that day at this duration.' },
  duration_locked: {
    kind: 'conflict',
    message:
      'This day already has booked 1-1 chats, so its duration cannot change. Move or cancel them first.',
  },
  nothing_to_confirm: {
    kind: 'invalid',
    message: 'Open at least one time slot before confirming your availability.',
  },
});
