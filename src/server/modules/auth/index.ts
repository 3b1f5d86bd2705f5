/** What other modules may use of auth; everything else in this folder is private to it. */
export { hashPassword } from './auth.passwords.js';
export { clearSessionCookie } from './auth.session.js';
export { requireRecruiter, requireRole, requireUser } from './auth.policy.js';
export { findUserByEmail, lockUser, setUserName } from './auth.repository.js';
export type { UserRow } from './auth.repository.js';
export { sessionsOfUserChanged } from './auth.session-cache.js';
export { anonymiseAccount, confirmPassword, sendInvitation, sendInvitations } from './auth.usecases.js';
export { deletedAccount } from './auth.repository.js';
