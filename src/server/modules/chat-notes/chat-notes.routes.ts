import type { FastifyInstance } from 'fastify';
import { notesApi } from '../../../shared/api/notes.contract.js';
import type { AppContext } from '../../context.js';
import { route } from '../../infra/http/routes.js';
import { requireUser } from '../auth/index.js';
import * as notes from './chat-notes.usecases.js';

export function chatNotesRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, notesApi.list, (request) =>
    notes.listChatNotes({ ctx, user: requireUser(request), chatId: request.params.chatId }),
  );

  route(app, notesApi.create, async (request, reply) =>
    reply.status(201).send(
      await notes.writeNote({
        ctx,
        user: requireUser(request),
        chatId: request.params.chatId,
        note: request.body,
      }),
    ),
  );

  route(app, notesApi.update, (request) =>
    notes.changeNote({ ctx, user: requireUser(request), noteId: request.params.noteId, note: request.body }),
  );

  route(app, notesApi.remove, async (request, reply) => {
    await notes.deleteNote({ ctx, user: requireUser(request), noteId: request.params.noteId });
    return reply.status(204).send(null);
  });

  route(app, notesApi.assess, (request) =>
    notes.assessChat({
      ctx,
      user: requireUser(request),
      chatId: request.params.chatId,
      assessment: request.body,
    }),
  );
}
