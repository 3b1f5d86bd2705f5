import { ROOM_OPENS_MINUTES_BEFORE, type RoomStatus } from '../../../shared/schemas/rooms.schemas.js';

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

export function roomOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - ROOM_OPENS_MINUTES_BEFORE * 60_000);
}

/** Where a booked chat's room stands at `now`: open from ten minutes before the start until the end. */
export function roomStatus(chat: { startsAt: Date; endsAt: Date }, now: Date): RoomStatus {
  if (now < roomOpensAt(chat.startsAt)) return 'waiting';
  return now < chat.endsAt ? 'open' : 'ended';
}
