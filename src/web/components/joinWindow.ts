import type { Chat } from '../../shared/schemas/chats.schemas';
import { roomWindow } from '../../shared/schemas/rooms.schemas';

/** The instants at which `Join` appears and disappears (none for a chat without a time). */
export function joinBoundaries(chat: Pick<Chat, 'startsAt' | 'endsAt'>): number[] {
  const window = roomWindow(chat);
  return window ? [window.opensAt.getTime(), window.closesAt.getTime()] : [];
}

/** Whether a confirmed chat's room can be joined at `now`: from ten minutes before the start until the end. */
export function isJoinOpen(chat: Pick<Chat, 'state' | 'startsAt' | 'endsAt'>, now: number): boolean {
  const [opensAt, closesAt] = joinBoundaries(chat);
  if (chat.state !== 'confirmed' || opensAt === undefined || closesAt === undefined) return false;
  return opensAt <= now && now < closesAt;
}
