import { type RoomStatus, roomWindow } from '../../../shared/schemas/rooms.schemas.js';

/** A booked chat's times, as stored. */
export interface BookedTimes {
  state: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Whether a chat has a room at all: a confirmed time (or one that was held and is now completed). */
export function hasRoom(chat: BookedTimes): chat is BookedTimes & { startsAt: Date; endsAt: Date } {
  return (chat.state === 'confirmed' || chat.state === 'completed') && !!chat.startsAt && !!chat.endsAt;
}

/** Where a booked chat's room stands at `now`, by the window the web's `Join` follows too. */
export function roomStatus(chat: { startsAt: Date; endsAt: Date }, now: Date): RoomStatus {
  const { opensAt, closesAt } = roomWindow(chat)!;
  if (now < opensAt) return 'waiting';
  return now < closesAt ? 'open' : 'ended';
}
