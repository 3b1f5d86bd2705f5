import { isBooked, isCompleted } from '../../../../shared/booking/chat-phase';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { chatTimes, formatDay } from '../../../time';

/** A chat with a time: confirmed, whether it is still ahead or already took place. */
export type BookedChat = Chat & { startsAt: string; endsAt: string };

export interface ScheduleDay {
  /** The day in the viewer's zone, e.g. `Tue, 4 Mar 2030`. */
  day: string;
  chats: BookedChat[];
}

export interface ScheduleSections {
  /** Chats not yet over, soonest first, by day. */
  upcoming: ScheduleDay[];
  /** Chats that have ended, in time order, by day. */
  earlier: ScheduleDay[];
}

const hasBookedTime = (chat: Chat): chat is BookedChat => isBooked(chatTimes(chat));

function byDay(chats: BookedChat[], viewerZone: string): ScheduleDay[] {
  const days: ScheduleDay[] = [];
  for (const chat of chats) {
    const day = formatDay(chat.startsAt, viewerZone);
    const last = days.at(-1);
    if (last?.day === day) last.chats.push(chat);
    else days.push({ day, chats: [chat] });
  }
  return days;
}

/** The viewer's schedule at `now`: booked chats in time order, split at their end, grouped by the viewer's days. */
export function scheduleSections(chats: readonly Chat[], now: number, viewerZone: string): ScheduleSections {
  const booked = chats.filter(hasBookedTime).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const hasEnded = (chat: BookedChat) => isCompleted(chatTimes(chat), new Date(now));
  return {
    upcoming: byDay(
      booked.filter((chat) => !hasEnded(chat)),
      viewerZone,
    ),
    earlier: byDay(booked.filter(hasEnded), viewerZone),
  };
}
