import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, SessionUser } from '../../context.js';
import { isRequestFromOwnOrigin } from '../../infra/http/same-origin.js';
import { authErrors } from './auth.errors.js';
import { resolveSession, SESSION_DAYS } from './auth.usecases.js';

const SESSION_COOKIE = 'parley_session';
const CSRF_HEADER = 'x-csrf-token';

export interface RequestSession {
  user: SessionUser;
  companyName: string | null;
  csrfToken: string;
  tokenHash: string;
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function readSessionToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

/**
 * Resolves the session cookie on every request, and refuses cookie-authenticated writes sent by another site's page
 * or lacking the session's CSRF token: a SameSite cookie alone does not stop same-site attackers or old browsers,
 * and the Origin check still holds should a token leak.
 */
export function installSessions(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = readSessionToken(request);
    if (!token) return;
    const resolved = await resolveSession(ctx, token);
    if (!resolved) return;
    request.session = { ...resolved, token };
    if (!UNSAFE_METHODS.has(request.method)) return;
    if (!isRequestFromOwnOrigin(request, ctx.publicUrl)) throw authErrors.foreign_origin();
    if (request.headers[CSRF_HEADER] !== resolved.csrfToken) throw authErrors.csrf_mismatch();
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
