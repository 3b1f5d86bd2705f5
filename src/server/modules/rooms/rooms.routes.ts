import type { FastifyInstance } from 'fastify';
import {
  RoomAttendance,
  RoomInfo,
  RoomMessage,
  RoomMessageInput,
  RoomMessagesResponse,
} from '../../../shared/schemas/rooms.schemas.js';
import { MessagePageQuery } from '../../../shared/schemas/paging.schemas.js';
import type { AppContext } from '../../context.js';
import { ChatParams, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import * as rooms from './rooms.usecases.js';

/** The room of a booked 1-1 chat. Presence, media and signalling travel over `/live` (`room.*` messages). */
export function roomsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['rooms'];

  r.get('/api/chats/:chatId/room', {
    schema: {
      tags,
      summary: "A 1-1 chat's room: whether it is open, who is in it, and the ICE servers to connect with",
      params: ChatParams,
      response: { 200: RoomInfo },
    },
    handler: (request) => rooms.getRoom({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });

  r.get('/api/chats/:chatId/room/messages', {
    schema: {
      tags,
      summary:
        "The room's text chat a page at a time: the newest page first, each oldest first; `before` (the page's `nextBefore`) fetches the one before (kept after the end, read-only then)",
      params: ChatParams,
      querystring: MessagePageQuery,
      response: { 200: RoomMessagesResponse },
    },
    handler: (request) =>
      rooms.listMessages({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        page: request.query,
      }),
  });

  r.post('/api/chats/:chatId/room/messages', {
    schema: {
      tags,
      summary:
        'Write in the room while it is open (10 messages per 10 s and 60 per 5 min per person; 429 beyond)',
      params: ChatParams,
      body: RoomMessageInput,
      response: { 201: RoomMessage },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await rooms.postMessage({
          ctx,
          user: requireUser(request),
          chatId: request.params.chatId,
          body: request.body,
        }),
      ),
  });

  r.get('/api/chats/:chatId/room/attendance', {
    schema: {
      tags,
      summary: 'Who joined the room and for how long',
      params: ChatParams,
      response: { 200: RoomAttendance },
    },
    handler: (request) =>
      rooms.getAttendance({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });
}
