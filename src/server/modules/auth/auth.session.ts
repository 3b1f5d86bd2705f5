import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_HINT_COOKIE } from '../../../shared/api/auth.contract.js';
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
  const secure = ctx.publicUrl.startsWith('https://');
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = readSessionToken(request);
    const resolved = token ? await resolveSession(ctx, token) : null;
    // The hint follows the session: gone once it expired or was revoked, back for one from before the hint.
    const hinted = request.cookies[SESSION_HINT_COOKIE] !== undefined;
    if (hinted && !resolved) clearHintCookie(reply);
    if (!hinted && resolved) setHintCookie(reply, secure);
    if (!token || !resolved) return;
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
  setHintCookie(reply, secure);
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  clearHintCookie(reply);
}

/** Says only that a session cookie was set; the page reads it, so it holds nothing secret. */
function setHintCookie(reply: FastifyReply, secure: boolean): void {
  reply.setCookie(SESSION_HINT_COOKIE, '1', {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}

function clearHintCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_HINT_COOKIE, { path: '/' });
}
