import type { FastifyInstance } from 'fastify';
import { notificationsApi } from '../../../shared/api/notifications.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as notifications from './notifications.usecases.js';

export function notificationsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, notificationsApi.list, (request) =>
    notifications.listMyNotifications({ ctx, user: requireUser(request), query: request.query }),
  );

  route(app, notificationsApi.markRead, (request) =>
    notifications.markNotificationRead({
      ctx,
      user: requireUser(request),
      notificationId: request.params.notificationId,
    }),
  );

  route(app, notificationsApi.markAllRead, (request) =>
    notifications.markAllNotificationsRead({ ctx, user: requireUser(request) }),
  );

  route(app, notificationsApi.preferences, (request) =>
    notifications.getNotificationPreferences({ ctx, user: requireUser(request) }),
  );

  route(app, notificationsApi.setPreferences, (request) =>
    notifications.setNotificationPreferences({ ctx, user: requireUser(request), preferences: request.body }),
  );
}
