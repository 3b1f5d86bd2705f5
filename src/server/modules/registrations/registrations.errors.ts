import { defineErrors } from '../../infra/http/errors.js';

export const registrationErrors = defineErrors('registrations', {
  company_not_registered: { kind: 'not_found', message: 'This company is not registered for the event.' },
  talent_not_registered: { kind: 'not_found', message: 'This talent is not registered for the event.' },
  company_of_another_organizer: {
    kind: 'forbidden',
    message:
      'This company was registered by another organizer, so only they add its recruiters. Register a company of your own.',
  },
  email_taken: { kind: 'conflict', message: 'This email belongs to another kind of account.' },
  has_open_chats: {
    kind: 'conflict',
    message: 'There are open 1-1 chats at this event. Cancel or finish them first.',
  },
  registered_meanwhile: {
    kind: 'conflict',
    message: 'Someone registered this email at the same moment. Import the file again to include it.',
  },
  malformed_csv: { kind: 'invalid', message: 'The file is not valid CSV.' },
  missing_columns: { kind: 'invalid', message: 'Required columns are missing.' },
  too_many_rows: { kind: 'invalid', message: 'The file has too many rows.' },
});
