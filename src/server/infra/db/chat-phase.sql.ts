import { and, eq, inArray, lte, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { ROOM_OPENS_MINUTES_BEFORE, stateAt, statesOfStatus } from '../../../shared/booking/chat-phase.js';
import type { ChatState, ChatStatus } from '../../../shared/schemas/chats.schemas.js';

/**
 * The rules of `src/shared/booking/chat-phase.ts` as SQL conditions over a chat's columns, for queries that filter
 * or count by them; `chat-phase.sql.test.ts` checks on generated chats that both give the same answers.
 */
export interface ChatPhaseColumns {
  state: SQLWrapper;
  endsAt: SQLWrapper;
}

/** An instant as a SQL timestamptz literal, for conditions on `now`. */
export const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

/** `hasEnded`: the chat's end is now or earlier. */
const hasEndedSql = (chat: ChatPhaseColumns, now: Date): SQL => lte(chat.endsAt, at(now));

/**
 * Whether the chat has ended, never null: with the stored state, a cheap key to count chats by `stateAt` (grouping
 * on `stateAtSql` turns every row's state into text first). `stateOfGroup` reads a group's state back.
 */
export const endedSql = (chat: ChatPhaseColumns, now: Date): SQL<boolean> =>
  sql<boolean>`coalesce(${hasEndedSql(chat, now)}, false)`;

/** `stateAt` of the chats of a group keyed by their stored state and `endedSql`. */
export const stateOfGroup = (group: { state: ChatState; ended: boolean }, now: Date): ChatState =>
  stateAt({ state: group.state, endsAt: group.ended ? now : null }, now);

/** `stateAt`: a confirmed chat whose end has passed reads as completed. */
export const stateAtSql = (chat: ChatPhaseColumns, now: Date): SQL<ChatState> =>
  sql<ChatState>`(case when ${chat.state} = 'confirmed' and ${hasEndedSql(chat, now)} then 'completed' else ${chat.state}::text end)`;

/** Confirmed chats that `stateAt` already reads as completed: the ones the chat clock writes down. */
export const dueForCompletionSql = (chat: ChatPhaseColumns, now: Date): SQL =>
  and(eq(chat.state, 'confirmed'), hasEndedSql(chat, now))!;

/** `inStatus(chat, status, now)`: the chat is listed under `status` (cancelled chats under Declined too). */
export const inStatusSql = (chat: ChatPhaseColumns, status: ChatStatus, now: Date): SQL =>
  inArray(stateAtSql(chat, now), statesOfStatus(status));

/** `canJoin`: a confirmed chat whose room is open, from ten minutes before its start until its end. */
export const canJoinSql = (chat: ChatPhaseColumns & { startsAt: SQLWrapper }, now: Date): SQL =>
  sql`(${chat.state} = 'confirmed' and ${chat.startsAt} - make_interval(mins => ${ROOM_OPENS_MINUTES_BEFORE}) <= ${at(now)} and ${chat.endsAt} > ${at(now)})`;
