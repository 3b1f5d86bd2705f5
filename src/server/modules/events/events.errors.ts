import { defineErrors } from '../../infra/http/errors.js';

export const eventErrors = defineErrors('events', {
  not_found: { kind: 'not_found', message: 'This event does not exist or you do not take part in it.' },
  not_organizer: { kind: 'forbidden', message: 'Only the organizer of this event can change it.' },
  would_orphan_chats: {
    kind: 'conflict',
    message: 'This change would leave booked 1-1 chats outside the event. Move or cancel those chats first.',
  },
  unknown_day: {
    kind: 'invalid',
    message: 'A day in the request does not belong to this event. Reload the page.',
  },
  day_has_history: { kind: 'conflict', message: 'Days on which chats were held cannot be removed.' },
});
