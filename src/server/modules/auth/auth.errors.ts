import { defineErrors } from '../../infra/http/errors.js';

export const authErrors = defineErrors('auth', {
  invalid_credentials: { kind: 'unauthenticated', message: 'That email and password do not match.' },
  not_logged_in: { kind: 'unauthenticated', message: 'Please log in first.' },
  foreign_origin: {
    kind: 'forbidden',
    message: 'This change was sent from another website. Open Parley itself and try again.',
  },
  csrf_mismatch: { kind: 'forbidden', message: 'This page is out of date. Reload it and try again.' },
  too_many_attempts: {
    kind: 'too_many_requests',
    message: 'Too many failed attempts. Try again later, or reset your password.',
  },
  wrong_password: { kind: 'invalid', message: 'Your current password is not correct.' },
  token_invalid: { kind: 'invalid', message: 'This link is invalid or has expired. Ask for a new one.' },
  forbidden_role: { kind: 'forbidden', message: 'Your account cannot do that.' },
  email_taken: { kind: 'conflict', message: 'An account with this email already exists.' },
});
