import type { FastifyInstance, FastifyReply } from 'fastify';
import { chatsApi } from '../../../shared/api/chats.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as attendance from './chats.attendance.js';
import * as changes from './chats.changes.js';
import * as chats from './chats.usecases.js';

export function chatsRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, chatsApi.list, async (request, reply) => {
    const json = await chats.listChats({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      query: request.query,
    });
    // Already JSON checked against the response schema (see `listChats`); typed replies take only objects.
    return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
  });

  route(app, chatsApi.request, async (request, reply) =>
    reply.status(201).send(
      await chats.requestChat({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        body: request.body,
      }),
    ),
  );

  route(app, chatsApi.recruiterSlots, (request) =>
    chats.listBookableSlots({
      ctx,
      user: requireUser(request),
      eventId: request.params.id,
      recruiterId: request.params.recruiterId,
    }),
  );

  route(app, chatsApi.book, async (request, reply) =>
    reply.status(201).send(
      await chats.bookDirectly({
        ctx,
        user: requireUser(request),
        eventId: request.params.id,
        recruiterId: request.params.recruiterId,
        body: request.body,
      }),
    ),
  );

  route(app, chatsApi.get, (request) =>
    chats.getChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.approve, (request) =>
    chats.approveChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.decline, (request) =>
    chats.declineChat({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      body: request.body,
    }),
  );

  route(app, chatsApi.withdraw, (request) =>
    chats.withdrawChat({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.freeSlots, (request) =>
    chats.listFreeSlots({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.confirm, (request) =>
    chats.confirmSlot({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      startsAt: request.body.startsAt,
      shareWithCompany: request.body.shareWithCompany,
    }),
  );

  route(app, chatsApi.cancel, (request) =>
    changes.cancelChat({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      message: request.body.message,
    }),
  );

  route(app, chatsApi.reschedule, (request) =>
    changes.rescheduleChat({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      message: request.body.message,
    }),
  );

  route(app, chatsApi.move, (request) =>
    changes.moveChat({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      startsAt: request.body.startsAt,
      message: request.body.message,
    }),
  );

  route(app, chatsApi.checkIn, (request) =>
    attendance.checkIn({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.runningLate, (request) =>
    attendance.sayRunningLate({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      minutes: request.body.minutes,
    }),
  );

  route(app, chatsApi.markNoShow, (request) =>
    attendance.markNoShow({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, chatsApi.noShows, (request) =>
    attendance.listNoShows({ ctx, user: requireUser(request), eventId: request.params.id }),
  );
}
