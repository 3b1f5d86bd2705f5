import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../context.js';
import { authErrors } from './auth.errors.js';
import type { RequestSession } from './auth.session.js';

export function requireSession(request: FastifyRequest): RequestSession {
  if (!request.session) throw authErrors.not_logged_in();
  return request.session;
}

export function requireUser(request: FastifyRequest): SessionUser {
  return requireSession(request).user;
}

export function requireRole<R extends SessionUser['role']>(
  request: FastifyRequest,
  ...roles: R[]
): SessionUser & { role: R } {
  const user = requireUser(request);
  if (!roles.includes(user.role as R)) throw authErrors.forbidden_role();
  return user as SessionUser & { role: R };
}

/** A recruiter always has a company; the type says so once checked. */
export type RecruiterUser = SessionUser & { role: 'recruiter'; companyId: string };

export function requireRecruiter(request: FastifyRequest): RecruiterUser {
  const user = requireRole(request, 'recruiter');
  if (!user.companyId) throw authErrors.forbidden_role();
  return user as RecruiterUser;
}
