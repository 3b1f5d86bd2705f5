import type { FastifyInstance } from 'fastify';
import { roomsApi } from '../../../shared/api/rooms.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as rooms from './rooms.usecases.js';

export function roomsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, roomsApi.get, (request) =>
    rooms.getRoom({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, roomsApi.messages, (request) =>
    rooms.listMessages({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      page: request.query,
    }),
  );

  route(app, roomsApi.postMessage, async (request, reply) =>
    reply.status(201).send(
      await rooms.postMessage({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        body: request.body,
      }),
    ),
  );

  route(app, roomsApi.attendance, (request) =>
    rooms.getAttendance({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );
}
