import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type chatErrorCatalog, chatsApi } from '../shared/api/chats.contract.js';
import type { CodeOf } from '../shared/api/errors.js';
import { speakGermanValidation } from '../shared/schemas/german-validation.js';
import { speakHumanValidationMessages } from '../shared/schemas/issue-messages.js';
import type { IceServer } from '../shared/schemas/rooms.schemas.js';
import type { AppContext } from './context.js';
import type { Database } from './infra/db/client.js';
import { createBackgroundWork } from './infra/http/background.js';
import { installErrorHandler } from './infra/http/error-handler.js';
import { loggerOptions } from './infra/http/logging.js';
import { installRequestIds, requestIdOf } from './infra/http/request-id.js';
import { installRequestLocale, requestLocale } from './infra/http/request-locale.js';
import { installSecurityHeaders } from './infra/http/security-headers.js';
import { serveWebClient } from './infra/http/web-client.js';
import { authLive } from './modules/auth/auth.live.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { backupRoutes } from './modules/backup/backup.routes.js';
import { boothsRoutes } from './modules/booths/booths.routes.js';
import { availabilityRoutes } from './modules/availability/availability.routes.js';
import { onAvailabilityChanged } from './modules/availability/index.js';
import { companyRequestsRoutes } from './modules/chats/chats.company-requests.routes.js';
import { invitationsRoutes } from './modules/chats/chats.invitations.routes.js';
import { waitlistRoutes } from './modules/chats/chats.waitlist.routes.js';
import { chatsRoutes } from './modules/chats/chats.routes.js';
import { offerFreedTime, onTimeFreed } from './modules/chats/index.js';
import { installSessions } from './modules/auth/auth.session.js';
import { eventsLive } from './modules/events/events.live.js';
import { eventsRoutes } from './modules/events/events.routes.js';
import { healthRoutes } from './infra/http/health.js';
import { homeRoutes } from './modules/home/home.routes.js';
import { createInvalidations } from './infra/cache/invalidations.js';
import { createLiveHub } from './infra/live/live.hub.js';
import { logPublishes } from './infra/live/live.log.js';
import { liveRoutes } from './infra/live/live.routes.js';
import { pendingMailStats } from './infra/mail/mail.repository.js';
import { installMetrics } from './infra/metrics/metrics.js';
import { mailboxRoutes } from './modules/mailbox/mailbox.routes.js';
import { notificationLogRoutes } from './modules/notification-log/notification-log.routes.js';
import { matchesRoutes } from './modules/matches/matches.routes.js';
import { notificationsRoutes } from './modules/notifications/notifications.routes.js';
import { safetyRoutes } from './modules/safety/safety.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { eventHealthRoutes } from './modules/event-health/event-health.routes.js';
import { announcementsRoutes } from './modules/announcements/announcements.routes.js';
import { accountRoutes } from './modules/account/account.routes.js';
import { handoffRoutes } from './modules/handoff/handoff.routes.js';
import { roomsLive } from './modules/rooms/rooms.membership.js';
import { roomsRoutes } from './modules/rooms/rooms.routes.js';
import { chatNotesRoutes } from './modules/chat-notes/chat-notes.routes.js';
import { registrationsRoutes } from './modules/registrations/registrations.routes.js';
import { scheduleRoutes } from './modules/schedule/schedule.routes.js';
import { supportLive } from './modules/support/support.live.js';
import { supportRoutes } from './modules/support/support.routes.js';
import { talentCvRoutes } from './modules/talents/talents.cv.routes.js';
import { talentsRoutes } from './modules/talents/talents.routes.js';

export interface AppDeps {
  database: Database;
  sessionSecret: string;
  publicUrl: string;
  mailFrom?: string;
  localMailbox: boolean;
  /** `DEV_MAILBOX`; unset leaves the outbox page to requests made on this machine. */
  devMailbox?: boolean;
  /** Defaults to `NODE_ENV === 'production'`: the outbox page is then closed unless DEV_MAILBOX=true. */
  production?: boolean;
  iceServers?: IceServer[];
  now?: () => Date;
  /** Folder of the built web client; served when present. */
  webDir?: string;
  /** Admits `npm run backup` to the running server's snapshot route; unset, the route does not exist. */
  controlToken?: string;
  /** pino level; off when unset (tests). */
  logLevel?: string;
  /** Where log lines go (JSON, one a line); standard output when unset. */
  logStream?: { write(line: string): void };
  /** `METRICS_TOKEN`: unset, `/metrics` answers this machine only. */
  metricsToken?: string;
  /** How often live sockets are pinged and their sessions checked; shortened by tests. */
  liveHeartbeatMs?: number;
}

/** Slot bookings and the refusals `/metrics` counts by name. */
const bookingMetrics = {
  routes: [chatsApi.confirm, chatsApi.book, chatsApi.move],
  namedRefusals: ['chats.slot_taken', 'chats.talent_busy', 'chats.not_a_free_slot'] satisfies CodeOf<
    typeof chatErrorCatalog
  >[],
};

const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The composition root: builds the whole HTTP app from its dependencies. Tests build the same app. */
export async function createApp(deps: AppDeps): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const app = Fastify({
    logger: deps.logLevel ? { ...loggerOptions(deps.logLevel), stream: deps.logStream } : false,
    genReqId: requestIdOf,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
  });
  const live = logPublishes(
    await createLiveHub(deps.database, {
      onError: (error) => app.log.error({ err: error }, 'live update failed'),
    }),
    app.log,
  );
  app.addHook('onClose', () => live.close());
  const invalidations = await createInvalidations(deps.database, (error) =>
    app.log.error({ err: error }, 'cache invalidation failed'),
  );
  app.addHook('onClose', () => invalidations.close());
  const background = createBackgroundWork((error) => app.log.error({ err: error }, 'background work failed'));
  app.addHook('onClose', () => background.settled());
  const ctx: AppContext = {
    db: deps.database.db,
    database: deps.database,
    now: deps.now ?? (() => new Date()),
    publicUrl: deps.publicUrl,
    secret: deps.sessionSecret,
    mailFrom: deps.mailFrom ?? 'Parley <no-reply@localhost>',
    mailbox: {
      localMailbox: deps.localMailbox,
      devMailbox: deps.devMailbox,
      production: deps.production ?? process.env.NODE_ENV === 'production',
    },
    background,
    live,
    invalidations,
    iceServers: deps.iceServers ?? [],
  };
  speakHumanValidationMessages(requestLocale);
  speakGermanValidation();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await installRequestIds(app);
  installRequestLocale(app);
  const metrics = installMetrics(app, { token: deps.metricsToken, bookings: bookingMetrics });
  await installSecurityHeaders(app);

  await app.register(fastifyCookie, { secret: deps.sessionSecret });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Parley API',
        description: 'Private 1-1 chats between recruiters and talents at career events.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'parley_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  // Client messages are ids and WebRTC session descriptions (a few KB): a larger frame is refused unbuffered.
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  installSessions(app, ctx);

  const moduleRoutes = [
    healthRoutes,
    authRoutes,
    mailboxRoutes,
    eventsRoutes,
    homeRoutes,
    registrationsRoutes,
    talentsRoutes,
    talentCvRoutes,
    availabilityRoutes,
    chatsRoutes,
    invitationsRoutes,
    companyRequestsRoutes,
    boothsRoutes,
    waitlistRoutes,
    scheduleRoutes,
    supportRoutes,
    roomsRoutes,
    chatNotesRoutes,
    notificationsRoutes,
    notificationLogRoutes,
    matchesRoutes,
    safetyRoutes,
    dashboardRoutes,
    eventHealthRoutes,
    announcementsRoutes,
    accountRoutes,
    handoffRoutes,
  ];
  for (const routes of moduleRoutes) routes(app, ctx);
  // A no-show gives its recruiter's time back, and a recruiter may open more: the first talent waiting for them may
  // be offered what is still ahead.
  const offerToWaitlist = (appCtx: AppContext, change: { eventId: string; recruiterId: string }) =>
    offerFreedTime(appCtx, change.eventId, change.recruiterId).then(() => undefined);
  onTimeFreed(ctx, offerToWaitlist);
  onAvailabilityChanged(ctx, offerToWaitlist);
  // The live transport knows no feature: who is behind a socket, who may watch an event, what a support agent
  // hears and how rooms answer their messages are the modules' own.
  const rooms = roomsLive(ctx);
  const sockets = liveRoutes(app, {
    hub: live,
    publicUrl: ctx.publicUrl,
    authenticate: authLive(ctx),
    features: [eventsLive(ctx), supportLive, rooms],
    heartbeatMs: deps.liveHeartbeatMs,
  });
  metrics.serve({
    pool: deps.database.pool,
    mailQueue: () => pendingMailStats(ctx.db),
    now: ctx.now,
    liveSockets: sockets.sockets,
    openRooms: rooms.openRooms,
  });
  if (deps.controlToken) backupRoutes(app, ctx, deps.controlToken);

  await serveWebClient(app, deps.webDir ?? defaultWebDir);
  return { app, ctx };
}
