import { z } from 'zod';
import { roomStatuses } from '../booking/chat-phase.js';
import { multiLineText } from './text.schemas.js';
import { Chat } from './chats.schemas.js';
import { messagePage } from './paging.schemas.js';
import { say } from './schema-messages.js';

/** A mesh: every participant sends to every other, which a laptop's uplink carries for a handful of people. */
export const ROOM_MAX_PARTICIPANTS = 5;

/** `waiting`: not open yet; `open`: people may join and write; `ended`: the text chat is read-only. */
const RoomStatus = z.enum(roomStatuses);

export const IceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof IceServer>;

export const RoomInfo = z.object({
  chat: Chat,
  status: RoomStatus,
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime(),
  iceServers: z.array(IceServer),
  /** Who is in the room right now (from the server's presence records). */
  present: z.array(z.object({ userId: z.uuid(), name: z.string() })),
});
export type RoomInfo = z.infer<typeof RoomInfo>;

export const RoomMessage = z.object({
  id: z.uuid(),
  author: z.object({ id: z.uuid(), name: z.string(), role: z.enum(['talent', 'recruiter']) }),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type RoomMessage = z.infer<typeof RoomMessage>;
export const RoomMessagesResponse = messagePage(RoomMessage);
export type RoomMessagesResponse = z.infer<typeof RoomMessagesResponse>;
export const RoomMessageInput = z.object({
  body: multiLineText()
    .min(1, { error: say('messages.empty') })
    .max(2000, { error: say('rooms.messageMax') }),
});
export type RoomMessageInput = z.infer<typeof RoomMessageInput>;

export const RoomAttendance = z.object({
  attendance: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      role: z.enum(['talent', 'recruiter']),
      firstJoinedAt: z.iso.datetime(),
      lastLeftAt: z.iso.datetime().nullable(),
      /** Time spent in the room, over all of the person's stays. */
      seconds: z.number().int().nonnegative(),
    }),
  ),
});
export type RoomAttendance = z.infer<typeof RoomAttendance>;

/** One person's connection in a room, as other participants see it. */
export const RoomPeer = z.object({
  peerId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(['talent', 'recruiter']),
  companyName: z.string().nullable(),
  audio: z.boolean(),
  video: z.boolean(),
});
export type RoomPeer = z.infer<typeof RoomPeer>;

/** A WebRTC session description or ICE candidate, relayed as is between two peers. */
export const RoomSignal = z
  .object({
    description: z.object({
      type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
      sdp: z.string().max(30_000),
    }),
    candidate: z.object({
      candidate: z.string().max(1000),
      sdpMid: z.string().max(64).nullable().optional(),
      sdpMLineIndex: z.number().int().nullable().optional(),
      usernameFragment: z.string().max(256).nullable().optional(),
    }),
  })
  .partial()
  .refine((signal) => Boolean(signal.description) !== Boolean(signal.candidate), {
    error: say('rooms.signal'),
  });
export type RoomSignal = z.infer<typeof RoomSignal>;
