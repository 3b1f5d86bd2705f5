import { z } from 'zod';
import {
  AssessmentInput,
  ChatAssessment,
  ChatNote,
  ChatNotesResponse,
  NoteInput,
} from '../schemas/notes.schemas.js';
import { errorCatalog } from './errors.js';
import { ChatParams } from './params.js';
import { defineRoutes } from './route.js';

const NoteParams = z.object({ noteId: z.uuid({ error: 'Not a valid note id.' }) });

export const noteErrorCatalog = errorCatalog('notes', {
  recruiters_only: {
    kind: 'forbidden',
    message: 'Notes, ratings and next steps are private to the recruiters of the company.',
  },
  not_found: { kind: 'not_found', message: 'This note does not exist or is not your company’s.' },
  not_author: {
    kind: 'forbidden',
    message: 'Only the recruiter who wrote this note can change or delete it.',
  },
});

/**
 * What a company's recruiters write down about a 1-1 chat (notes, rating, tags, next step), private to them; every
 * change is announced on the company's team topic at the chat's event.
 */
export const notesApi = defineRoutes('notes', {
  list: {
    method: 'GET',
    path: '/api/chats/:chatId/notes',
    summary:
      "For the chat's company's recruiters: its notes, rating, tags and next step, and the company's notes from its other chats with the talent",
    params: ChatParams,
    responses: { 200: ChatNotesResponse },
  },
  create: {
    method: 'POST',
    path: '/api/chats/:chatId/notes',
    summary: 'Write a note on a 1-1 chat (up to 4000 characters), seen by the colleagues of the company',
    params: ChatParams,
    body: NoteInput,
    responses: { 201: ChatNote },
  },
  update: {
    method: 'PATCH',
    path: '/api/chat-notes/:noteId',
    summary: 'Change one of your own notes',
    params: NoteParams,
    body: NoteInput,
    responses: { 200: ChatNote },
  },
  remove: {
    method: 'DELETE',
    path: '/api/chat-notes/:noteId',
    summary: 'Delete one of your own notes',
    params: NoteParams,
    responses: { 204: z.null() },
  },
  assess: {
    method: 'PUT',
    path: '/api/chats/:chatId/assessment',
    summary:
      "Set the chat's rating (1–5), tags (at most 10, each once) or next step; a field left out stays, null clears it",
    params: ChatParams,
    body: AssessmentInput,
    responses: { 200: ChatAssessment },
  },
});
