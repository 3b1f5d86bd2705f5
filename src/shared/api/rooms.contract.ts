import { MessagePageQuery } from '../schemas/paging.schemas.js';
import {
  RoomAttendance,
  RoomInfo,
  RoomMessage,
  RoomMessageInput,
  RoomMessagesResponse,
} from '../schemas/rooms.schemas.js';
import { errorCatalog } from './errors.js';
import { ChatParams } from './params.js';
import { defineRoutes } from './route.js';

export const roomErrorCatalog = errorCatalog('rooms', {
  forbidden: {
    kind: 'forbidden',
    message: 'Only the talent and the recruiters of the company can enter this 1-1 chat.',
  },
  not_booked: { kind: 'conflict', message: 'This 1-1 chat has no confirmed time, so its room is closed.' },
  in_person: {
    kind: 'conflict',
    message:
      'This 1-1 chat is in person, so it has no video room: meet at the company’s booth at the chat’s time.',
  },
  not_open: {
    kind: 'conflict',
    message: 'The room opens 10 minutes before the 1-1 chat starts. Please come back then.',
  },
  ended: {
    kind: 'conflict',
    message: 'This 1-1 chat has ended: its room is closed and its chat is read-only.',
  },
  full: {
    kind: 'conflict',
    message: 'This room is full (5 people at most). Please try again when someone leaves.',
  },
  not_in_room: { kind: 'conflict', message: 'Join the room first.' },
  too_fast: { kind: 'too_many_requests', message: 'You are sending messages too fast; wait a few seconds.' },
  unknown_message: { kind: 'invalid', message: 'This message is not in the chat of this room.' },
});

/** The room of a booked 1-1 chat. Presence, media and signalling travel over `/live` (`room.*` messages). */
export const roomsApi = defineRoutes('rooms', {
  get: {
    method: 'GET',
    path: '/api/chats/:chatId/room',
    summary: "A 1-1 chat's room: whether it is open, who is in it, and the ICE servers to connect with",
    params: ChatParams,
    responses: { 200: RoomInfo },
  },
  messages: {
    method: 'GET',
    path: '/api/chats/:chatId/room/messages',
    summary:
      "The room's text chat a page at a time: the newest page first, each oldest first; `before` (the page's `nextBefore`) fetches the one before (kept after the end, read-only then)",
    params: ChatParams,
    query: MessagePageQuery,
    responses: { 200: RoomMessagesResponse },
  },
  postMessage: {
    method: 'POST',
    path: '/api/chats/:chatId/room/messages',
    summary:
      'Write in the room while it is open (10 messages per 10 s and 60 per 5 min per person; 429 beyond)',
    params: ChatParams,
    body: RoomMessageInput,
    responses: { 201: RoomMessage },
  },
  attendance: {
    method: 'GET',
    path: '/api/chats/:chatId/room/attendance',
    summary: 'Who joined the room and for how long',
    params: ChatParams,
    responses: { 200: RoomAttendance },
  },
});
