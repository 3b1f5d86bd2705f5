import { defineErrors } from '../../infra/http/errors.js';

export const roomErrors = defineErrors('rooms', {
  forbidden: {
    kind: 'forbidden',
    message: 'Only the talent and the recruiters of the company can enter this 1-1 chat.',
  },
  not_booked: { kind: 'conflict', message: 'This 1-1 chat has no confirmed time, so its room is closed.' },
  not_open: {
    kind: 'conflict',
    message: 'The room opens 10 minutes before the 1-1 chat starts. Please come back then.',
  },
  ended: {
    kind: 'conflict',
    message: 'This 1-1 chat has ended: its room is closed and its chat is read-only.',
  },
  full: {
    kind: 'conflict',
    message: 'This room is full (5 people at most). Please try again when someone leaves.',
  },
  not_in_room: { kind: 'conflict', message: 'Join the room first.' },
  too_fast: { kind: 'too_many_requests', message: 'You are sending messages too fast; wait a few seconds.' },
  unknown_message: { kind: 'invalid', message: 'This message is not in the chat of this room.' },
});
