import type {
  RoomAttendance,
  RoomInfo,
  RoomMessage,
  RoomMessageInput,
  RoomMessagesResponse,
  RoomPeer,
} from '../../../shared/schemas/rooms.schemas.js';
import type { MessagePageQuery } from '../../../shared/schemas/paging.schemas.js';
import { isBooked, roomStatus, roomWindow } from '../../../shared/booking/chat-phase.js';
import { ROOM_MAX_PARTICIPANTS } from '../../../shared/schemas/rooms.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { onField } from '../../infra/http/errors.js';
import { checkMessageRate } from '../../infra/messages/message-rate.js';
import { lockUser } from '../auth/index.js';
import { chatErrors } from '../chats/index.js';
import { actorOf } from '../chats/index.js';
import { presentChat } from '../chats/index.js';
import { type ChatView, checkIn, findChatView, lockChat } from '../chats/index.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { PRESENCE_STALE_MS, summarizeAttendance } from './rooms.attendance.js';
import { roomErrors } from './rooms.errors.js';
import * as repo from './rooms.repository.js';

type Participant = 'talent' | 'recruiter';

/**
 * The chat behind a room, for someone allowed in: its talent or any recruiter of its company (a colleague may
 * step in). Everyone else is refused in so many words, and never gets its media or signalling. An in-person chat
 * happens at the booth: it has no room at all, so a typed address opens neither camera nor signalling.
 */
async function loadRoom(ctx: AppContext, user: SessionUser, chatId: string) {
  const view = await findChatView(ctx.db, chatId);
  if (!view) throw chatErrors.not_found();
  if (!actorOf(user, view)) throw roomErrors.forbidden();
  const { chat } = view;
  if (!isBooked(chat)) throw roomErrors.not_booked();
  if (view.day?.mode === 'in_person') throw roomErrors.in_person();
  return { view, times: { startsAt: chat.startsAt, endsAt: chat.endsAt } };
}

const freshSince = (ctx: AppContext) => new Date(ctx.now().getTime() - PRESENCE_STALE_MS);

export async function getRoom(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
}): Promise<RoomInfo> {
  const { ctx } = input;
  const { view, times } = await loadRoom(ctx, input.user, input.chatId);
  const window = roomWindow(times);
  const present = await repo.listPresent(ctx.db, input.chatId, freshSince(ctx));
  const people = new Map(
    present.map((person) => [person.userId, { userId: person.userId, name: person.name }]),
  );
  return {
    chat: presentChat(view, ctx.now()),
    status: roomStatus(times, ctx.now()),
    opensAt: window.opensAt.toISOString(),
    closesAt: window.closesAt.toISOString(),
    iceServers: ctx.iceServers,
    present: [...people.values()],
  };
}

type MessageRow = NonNullable<Awaited<ReturnType<typeof repo.listMessagePage>>>['messages'][number];

function presentMessage(row: MessageRow): RoomMessage {
  return {
    id: row.message.id,
    author: { id: row.author.id, name: row.author.name, role: row.author.role as Participant },
    body: row.message.body,
    createdAt: row.message.createdAt.toISOString(),
  };
}

/** A page of the room's text chat, the newest first; `before` walks back to earlier ones. */
export async function listMessages(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  page: MessagePageQuery;
}): Promise<RoomMessagesResponse> {
  await loadRoom(input.ctx, input.user, input.chatId);
  const page = await repo.listMessagePage(input.ctx.db, input.chatId, input.page);
  if (!page) throw onField(roomErrors.unknown_message(), 'before');
  return { messages: page.messages.map(presentMessage), nextBefore: page.nextBefore };
}

/**
 * A text message in the room, while it is open; everyone in the room is told to fetch it. The author's row is
 * locked while their recent messages are counted, so parallel requests cannot all slip under the rate limit.
 */
export async function postMessage(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  body: RoomMessageInput;
}): Promise<RoomMessage> {
  const { ctx, user, chatId } = input;
  const { times } = await loadRoom(ctx, user, chatId);
  const status = roomStatus(times, ctx.now());
  if (status === 'waiting') throw roomErrors.not_open();
  if (status === 'ended') throw roomErrors.ended();
  const now = ctx.now();
  const message = await ctx.db.transaction(async (tx) => {
    await lockUser(tx, user.id);
    await checkMessageRate({
      now,
      recentTimes: (since, limit) => repo.recentMessageTimes(tx, { chatId, authorId: user.id }, since, limit),
      tooFast: roomErrors.too_fast,
    });
    return repo.insertMessage(tx, { chatId, authorId: user.id, body: input.body.body, createdAt: now });
  });
  await ctx.live.publish([liveTopics.room(chatId)], { type: 'room.message', chatId, messageId: message.id });
  return presentMessage({ message, author: { id: user.id, name: user.name, role: user.role } });
}

export async function getAttendance(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
}): Promise<RoomAttendance> {
  await loadRoom(input.ctx, input.user, input.chatId);
  const stays = await repo.listStays(input.ctx.db, input.chatId);
  const people = new Map(stays.map((row) => [row.author.id, row.author]));
  const summary = summarizeAttendance(
    stays.map((row) => row.stay),
    input.ctx.now(),
  );
  return {
    attendance: summary.map((person) => ({
      userId: person.userId,
      name: people.get(person.userId)!.name,
      role: people.get(person.userId)!.role as Participant,
      firstJoinedAt: person.firstJoinedAt.toISOString(),
      lastLeftAt: person.lastLeftAt?.toISOString() ?? null,
      seconds: person.seconds,
    })),
  };
}

/**
 * The capacity counts people, not tabs: someone already present may open another tab (another peer) without
 * taking another place, so one person's tabs never lock the others out.
 */
function hasPlaceFor(userId: string, present: { userId: string }[]): boolean {
  const people = new Set(present.map((peer) => peer.userId));
  return people.has(userId) || people.size < ROOM_MAX_PARTICIPANTS;
}

/**
 * Enters a room as a new peer: checks who and when, then counts and records the stay under the chat's lock, so
 * two people entering at once cannot both take the last place.
 */
export async function enterRoom(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
}): Promise<{ peerId: string; peers: RoomPeer[]; view: ChatView }> {
  const { ctx, user, chatId } = input;
  const { view, times } = await loadRoom(ctx, user, chatId);
  const status = roomStatus(times, ctx.now());
  if (status === 'waiting') throw roomErrors.not_open();
  if (status === 'ended') throw roomErrors.ended();
  const entered = await ctx.db.transaction(async (tx) => {
    await lockChat(tx, chatId);
    const present = await repo.listPresent(tx, chatId, freshSince(ctx));
    if (!hasPlaceFor(user.id, present)) throw roomErrors.full();
    const peerId = await repo.openStay(tx, { chatId, userId: user.id, at: ctx.now() });
    // Their camera and microphone are announced by each of them as soon as the newcomer is in.
    const peers = present.map((person) => ({
      ...person,
      role: person.role as Participant,
      audio: true,
      video: true,
    }));
    return { peerId, peers, view };
  });
  // On a virtual day, joining the room is the check-in (`I'm here`): the room is open exactly while check-in is.
  await checkIn({ ctx, user, chatId });
  return entered;
}

export async function stayAlive(ctx: AppContext, peerId: string): Promise<void> {
  await repo.touchStay(ctx.db, peerId, ctx.now());
}

export async function leaveRoom(ctx: AppContext, chatId: string, peerId: string): Promise<void> {
  await repo.closeStay(ctx.db, peerId, ctx.now());
  await ctx.live.publish([liveTopics.room(chatId)], { type: 'room.peer_left', chatId, peerId });
}
