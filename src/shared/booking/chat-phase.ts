import type { TimeRange } from './overlap.js';

/** The five lists a chat can be on, in the order the screens show them. */
export const chatTabs = ['requests', 'in_scheduling', 'confirmed', 'declined', 'completed'] as const;
export type ChatTab = (typeof chatTabs)[number];

/** Where a booked chat's room stands: before its window, open, or over. */
export const roomStatuses = ['waiting', 'open', 'ended'] as const;
export type RoomStatus = (typeof roomStatuses)[number];

/** The states of a chat's life (see `chats.transitions.ts` on the server for the moves between them). */
export const chatStates = [
  'requested',
  'invited',
  'in_scheduling',
  'offered',
  'confirmed',
  'declined',
  'cancelled',
  'completed',
  'no_show',
] as const;
export type ChatState = (typeof chatStates)[number];

/** States in which a chat is still going on: at most one per talent–recruiter pair and event. */
export const openStates = [
  'requested',
  'invited',
  'in_scheduling',
  'offered',
  'confirmed',
] as const satisfies readonly ChatState[];

/** States in which a chat holds its time: confirmed, or completed after it took place. */
export const bookedStates = ['confirmed', 'completed'] as const satisfies readonly ChatState[];

/**
 * States in which a chat keeps its time from everyone else: booked, or offered to a talent from a waitlist (an
 * exclusive hold until the offer is accepted or lapses). The database's overlap exclusions cover the live ones,
 * `confirmed` and `offered`; a completed chat is in the past.
 */
export const holdingStates = ['confirmed', 'completed', 'offered'] as const satisfies readonly ChatState[];

/** States whose chat carries its day and times (a database check says so): it holds, or held, a time. */
export const timedStates = [...holdingStates, 'no_show'] as const satisfies readonly ChatState[];

/** A chat as far as its phase goes: its state and, once it was booked, its times. */
export interface ChatTimes {
  state: ChatState;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Whether the chat holds a time, so it has a room and stands in the schedule. */
export function isBooked<C extends ChatTimes>(chat: C): chat is C & TimeRange {
  return (bookedStates as readonly ChatState[]).includes(chat.state) && !!chat.startsAt && !!chat.endsAt;
}

/** A chat is over from its end on: one ending exactly now has ended. */
export const hasEnded = (chat: { endsAt: Date | null }, now: Date): boolean =>
  !!chat.endsAt && chat.endsAt <= now;

/**
 * The state a chat is in at `now`: a confirmed chat whose end has passed is completed, even before the chat clock
 * has written it down.
 */
export function stateAt(chat: Omit<ChatTimes, 'startsAt'>, now: Date): ChatState {
  return chat.state === 'confirmed' && hasEnded(chat, now) ? 'completed' : chat.state;
}

export const isCompleted = (chat: Omit<ChatTimes, 'startsAt'>, now: Date): boolean =>
  stateAt(chat, now) === 'completed';

/**
 * The request-list tab of each state. A chat called off (cancelled, or a request its talent withdrew) ends under
 * Declined beside the declined ones: every chat that will not take place is found in one list.
 */
const tabOfState: Record<ChatState, ChatTab> = {
  requested: 'requests',
  invited: 'requests',
  in_scheduling: 'in_scheduling',
  // An offered slot waits for the talent's answer, like a time still to pick.
  offered: 'in_scheduling',
  confirmed: 'confirmed',
  declined: 'declined',
  completed: 'completed',
  cancelled: 'declined',
  // It was due to take place and did not: over, listed with the completed chats and labelled as a no-show.
  no_show: 'completed',
};

/** Which request-list tab a chat belongs in at `now`. */
export const tabOf = (chat: Omit<ChatTimes, 'startsAt'>, now: Date): ChatTab =>
  tabOfState[stateAt(chat, now)];

/** The states that `stateAt` may give for the chats of a tab. */
export function statesOfTab(tab: ChatTab): ChatState[] {
  return (Object.keys(tabOfState) as ChatState[]).filter((state) => tabOfState[state] === tab);
}

/**
 * What `All 1-1 Chats` filters by: a tab, or `cancelled`, the part of Declined that was called off rather than
 * declined.
 */
export const chatStatuses = [...chatTabs, 'cancelled'] as const;
type ChatStatus = (typeof chatStatuses)[number];

/** The states a status lists at `now`: those of its tab, or for `cancelled` the cancelled chats alone. */
export const statesOfStatus = (status: ChatStatus): ChatState[] =>
  status === 'cancelled' ? ['cancelled'] : statesOfTab(status);

/** Whether a chat is listed under `status` at `now`. */
export const inStatus = (chat: Omit<ChatTimes, 'startsAt'>, status: ChatStatus, now: Date): boolean =>
  statesOfStatus(status).includes(stateAt(chat, now));

/** A chat's room opens this long before its start, so both sides can check camera and microphone. */
export const ROOM_OPENS_MINUTES_BEFORE = 10;

/** When a booked chat's room is open: from ten minutes before the start until the end. */
export function roomWindow(chat: TimeRange): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(chat.startsAt.getTime() - ROOM_OPENS_MINUTES_BEFORE * 60_000),
    closesAt: chat.endsAt,
  };
}

/** Where a booked chat's room stands at `now`: it closes as the chat ends, so at `endsAt` it has ended. */
export function roomStatus(chat: TimeRange, now: Date): RoomStatus {
  const { opensAt, closesAt } = roomWindow(chat);
  if (now < opensAt) return 'waiting';
  return now < closesAt ? 'open' : 'ended';
}

/** Whether `Join` leads into the room now: a confirmed chat whose room is open. */
export function canJoin(chat: ChatTimes, now: Date): boolean {
  return chat.state === 'confirmed' && isBooked(chat) && roomStatus(chat, now) === 'open';
}

/**
 * The instants at which what is shown of a chat changes by itself: its room opens, and at its end the room closes
 * and the chat is completed. A screen's clock wakes at these.
 */
export function phaseChangesAt(chat: ChatTimes): Date[] {
  if (!isBooked(chat)) return [];
  const { opensAt, closesAt } = roomWindow(chat);
  return [opensAt, closesAt];
}
