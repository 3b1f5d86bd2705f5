import type { FastifyInstance } from 'fastify';
import { authApi } from '../../../shared/api/auth.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireSession } from './auth.policy.js';
import { clearSessionCookie, type RequestSession, setSessionCookie } from './auth.session.js';
import * as auth from './auth.usecases.js';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secureCookies = ctx.publicUrl.startsWith('https://');

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

  route(app, authApi.login, async (request, reply) => {
    const created = await auth.login({ ctx, ...request.body, ip: request.ip });
    setSessionCookie(reply, created.token, secureCookies);
    const session = await auth.resolveSession(ctx, created.token);
    return sessionBody({ ...session!, token: created.token });
  });

  route(app, authApi.logout, async (request, reply) => {
    if (request.session) await auth.logout(ctx, request.session);
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  route(app, authApi.session, async (request) => sessionBody(requireSession(request)));

  route(app, authApi.changePassword, async (request) => {
    const session = requireSession(request);
    await auth.changePassword({
      ctx,
      user: session.user,
      sessionTokenHash: session.tokenHash,
      ...request.body,
    });
    return { ok: true as const };
  });

  route(app, authApi.requestPasswordReset, async (request, reply) => {
    await auth.requestPasswordReset(ctx, { email: request.body.email, ip: request.ip });
    return reply.status(202).send({ ok: true as const });
  });

  route(app, authApi.describeToken, async (request) => auth.describeToken(ctx, request.params.token));

  route(app, authApi.language, (request) => auth.getLanguage(ctx, requireSession(request).user));
  route(app, authApi.setLanguage, (request) =>
    auth.setLanguage(ctx, requireSession(request).user, request.body),
  );
  route(app, authApi.recordBrowserLanguage, async (request) => {
    await auth.recordBrowserLanguage(ctx, requireSession(request).user, request.body.language);
    return { ok: true as const };
  });
  route(app, authApi.timeZone, (request) => auth.getTimeZone(ctx, requireSession(request).user));

  route(app, authApi.setTimeZone, (request) =>
    auth.setTimeZone(ctx, requireSession(request).user, request.body.timeZone),
  );

  route(app, authApi.recordBrowserTimeZone, async (request) => {
    await auth.recordBrowserTimeZone(ctx, requireSession(request).user, request.body.timeZone);
    return { ok: true as const };
  });

  route(app, authApi.useToken, async (request, reply) => {
    const created = await auth.setPasswordWithToken({ ctx, ...request.body });
    setSessionCookie(reply, created.token, secureCookies);
    const session = await auth.resolveSession(ctx, created.token);
    return sessionBody({ ...session!, token: created.token });
  });
}
