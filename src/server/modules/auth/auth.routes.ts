import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ChangePasswordRequest,
  LoginRequest,
  OkResponse,
  PasswordResetRequest,
  SessionResponse,
  SetPasswordWithTokenRequest,
  TokenInfoResponse,
} from '../../../shared/schemas/auth.schemas.js';
import type { AppContext } from '../../context.js';
import { typed } from '../../infra/http/routes.js';
import { requireSession } from './auth.policy.js';
import { clearSessionCookie, type RequestSession, setSessionCookie } from './auth.session.js';
import * as auth from './auth.usecases.js';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const secureCookies = ctx.publicUrl.startsWith('https://');
  const tags = ['auth'];

  const sessionBody = (session: RequestSession) => ({
    user: {
      id: session.user.id,
      email: session.user.email,
      name: session.user.name,
      role: session.user.role,
      company: session.user.companyId
        ? { id: session.user.companyId, name: session.companyName ?? '' }
        : null,
    },
    csrfToken: session.csrfToken,
  });

  r.post('/api/auth/login', {
    schema: {
      tags,
      summary: 'Log in with email and password',
      body: LoginRequest,
      response: { 200: SessionResponse },
    },
    handler: async (request, reply) => {
      const created = await auth.login({ ctx, ...request.body, ip: request.ip });
      setSessionCookie(reply, created.token, secureCookies);
      const session = await auth.resolveSession(ctx, created.token);
      return sessionBody({ ...session!, token: created.token });
    },
  });

  r.post('/api/auth/logout', {
    schema: { tags, summary: 'Log out: revokes this session', response: { 200: OkResponse } },
    handler: async (request, reply) => {
      if (request.session) await auth.logout(ctx, request.session.token);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  r.get('/api/auth/session', {
    schema: {
      tags,
      summary: 'The logged-in user and the CSRF token for writes',
      response: { 200: SessionResponse },
    },
    handler: async (request) => sessionBody(requireSession(request)),
  });

  r.post('/api/auth/password', {
    schema: {
      tags,
      summary: 'Change password; signs out every other session',
      body: ChangePasswordRequest,
      response: { 200: OkResponse },
    },
    handler: async (request) => {
      const session = requireSession(request);
      await auth.changePassword({
        ctx,
        user: session.user,
        sessionTokenHash: session.tokenHash,
        ...request.body,
      });
      return { ok: true as const };
    },
  });

  r.post('/api/auth/password-reset', {
    schema: {
      tags,
      summary: 'Email a password reset link',
      body: PasswordResetRequest,
      response: { 202: OkResponse },
    },
    handler: async (request, reply) => {
      await auth.requestPasswordReset(ctx, { email: request.body.email, ip: request.ip });
      return reply.status(202).send({ ok: true as const });
    },
  });

  r.get('/api/auth/tokens/:token', {
    schema: {
      tags,
      summary: 'Whom an invitation or reset link is for',
      params: z.object({ token: z.string().min(10).max(200) }),
      response: { 200: TokenInfoResponse },
    },
    handler: async (request) => auth.describeToken(ctx, request.params.token),
  });

  r.post('/api/auth/tokens/use', {
    schema: {
      tags,
      summary: 'Set a password from an invitation or reset link, and log in',
      body: SetPasswordWithTokenRequest,
      response: { 200: SessionResponse },
    },
    handler: async (request, reply) => {
      const created = await auth.setPasswordWithToken({ ctx, ...request.body });
      setSessionCookie(reply, created.token, secureCookies);
      const session = await auth.resolveSession(ctx, created.token);
      return sessionBody({ ...session!, token: created.token });
    },
  });
}
