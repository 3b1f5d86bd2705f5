import type { FastifyInstance } from 'fastify';
import {
  Chat,
  ChatChangeInput,
  ChatListQuery,
  ChatListResponse,
  ChatRequestInput,
  ConfirmSlotInput,
  DeclineInput,
  FreeSlotsResponse,
  MoveChatInput,
} from '../../../shared/schemas/chats.schemas.js';
import type { AppContext } from '../../context.js';
import { ChatParams, IdParams, typed } from '../../infra/http/routes.js';
import { requireUser } from '../auth/auth.policy.js';
import * as changes from './chats.changes.js';
import * as chats from './chats.usecases.js';

export function chatsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = typed(app);
  const tags = ['chats'];

  r.get('/api/events/:id/chats', {
    schema: {
      tags,
      summary:
        "The viewer's 1-1 chats at an event (recruiters: their own, a colleague's, or the whole team's), optionally of one status",
      params: IdParams,
      querystring: ChatListQuery,
      response: { 200: ChatListResponse },
    },
    handler: async (request) => ({
      chats: await chats.listChats({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.query.recruiterId,
        status: request.query.status,
      }),
    }),
  });

  r.post('/api/events/:id/chats', {
    schema: {
      tags,
      summary: 'A talent requests a 1-1 chat with a recruiter',
      params: IdParams,
      body: ChatRequestInput,
      response: { 201: Chat },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await chats.requestChat({
          ctx,
          user: requireUser(request),
          eventId: request.params.id,
          body: request.body,
        }),
      ),
  });

  r.get('/api/chats/:chatId', {
    schema: { tags, summary: 'One 1-1 chat', params: ChatParams, response: { 200: Chat } },
    handler: (request) => chats.getChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });

  r.post('/api/chats/:chatId/approve', {
    schema: {
      tags,
      summary: 'Approve a request: the talent may pick a slot',
      params: ChatParams,
      response: { 200: Chat },
    },
    handler: (request) =>
      chats.approveChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });

  r.post('/api/chats/:chatId/decline', {
    schema: {
      tags,
      summary: 'Decline a request (with a message and an optional colleague to suggest)',
      params: ChatParams,
      body: DeclineInput,
      response: { 200: Chat },
    },
    handler: (request) =>
      chats.declineChat({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        body: request.body,
      }),
  });

  r.post('/api/chats/:chatId/withdraw', {
    schema: {
      tags,
      summary: 'A talent withdraws a request not yet answered',
      params: ChatParams,
      response: { 200: Chat },
    },
    handler: (request) =>
      chats.withdrawChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });

  r.get('/api/chats/:chatId/slots', {
    schema: {
      tags,
      summary: "The recruiter's free slots the talent may pick for this chat",
      params: ChatParams,
      response: { 200: FreeSlotsResponse },
    },
    handler: (request) =>
      chats.listFreeSlots({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  });

  r.post('/api/chats/:chatId/confirm', {
    schema: {
      tags,
      summary: 'Confirm Time Slot: book a free slot (409 when someone else was faster)',
      params: ChatParams,
      body: ConfirmSlotInput,
      response: { 200: Chat },
    },
    handler: (request) =>
      chats.confirmSlot({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        startsAt: request.body.startsAt,
      }),
  });

  r.post('/api/chats/:chatId/cancel', {
    schema: {
      tags,
      summary: 'Either side cancels a chat that is still going on (a booked slot is freed)',
      params: ChatParams,
      body: ChatChangeInput,
      response: { 200: Chat },
    },
    handler: (request) =>
      changes.cancelChat({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        message: request.body.message,
      }),
  });

  r.post('/api/chats/:chatId/reschedule', {
    schema: {
      tags,
      summary:
        'Either side sends a confirmed chat back to In Scheduling: the slot is freed, the talent picks again',
      params: ChatParams,
      body: ChatChangeInput,
      response: { 200: Chat },
    },
    handler: (request) =>
      changes.rescheduleChat({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        message: request.body.message,
      }),
  });

  r.post('/api/chats/:chatId/move', {
    schema: {
      tags,
      summary:
        "The recruiter's side moves a confirmed chat to another free slot (409 when it was just taken)",
      params: ChatParams,
      body: MoveChatInput,
      response: { 200: Chat },
    },
    handler: (request) =>
      changes.moveChat({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        startsAt: request.body.startsAt,
      }),
  });
}
