import { defineErrors } from '../../infra/http/errors.js';

export const supportErrors = defineErrors('support', {
  askers_only: {
    kind: 'forbidden',
    message: 'Only talents and recruiters write to technical support.',
  },
  agents_only: {
    kind: 'forbidden',
    message: 'Only support agents can see the support conversations.',
  },
  not_found: { kind: 'not_found', message: 'This support conversation does not exist.' },
  event_not_found: {
    kind: 'not_found',
    message: 'This event does not exist or you do not take part in it.',
  },
  chat_not_found: {
    kind: 'not_found',
    message: 'This 1-1 chat does not exist or you do not take part in it.',
  },
  chat_of_other_event: { kind: 'invalid', message: 'This 1-1 chat belongs to another event.' },
  too_fast: { kind: 'too_many_requests', message: 'You are sending messages too fast; wait a few seconds.' },
  unknown_message: { kind: 'invalid', message: 'This message is not in this conversation.' },
  closed: {
    kind: 'conflict',
    message: 'This conversation is closed. If the person writes again, a new conversation opens.',
  },
});
