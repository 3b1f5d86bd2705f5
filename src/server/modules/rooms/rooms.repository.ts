import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../infra/db/client.js';
import {
  findMessageCursor,
  newestFirst,
  olderThan,
  recentAuthorTimes,
  toPage,
} from '../../infra/messages/message-page.js';
import { users } from '../auth/auth.table.js';
import { companies } from '../companies/companies.table.js';
import { roomAttendance, roomMessages } from './rooms.table.js';

const author = { id: users.id, name: users.name, role: users.role };

export async function insertMessage(
  q: Queryable,
  values: { chatId: string; authorId: string; body: string; createdAt: Date },
) {
  const [row] = await q.insert(roomMessages).values(values).returning();
  return row!;
}

const inChat = (chatId: string) => eq(roomMessages.chatId, chatId);

/** A page of the room's messages before `before` (a message id); undefined when that message is not in this chat. */
export async function listMessagePage(
  q: Queryable,
  chatId: string,
  page: { before?: string; limit: number },
) {
  const cursor = page.before
    ? await findMessageCursor(q, roomMessages, inChat(chatId), page.before)
    : undefined;
  if (page.before && !cursor) return undefined;
  const rows = await q
    .select({ message: roomMessages, author })
    .from(roomMessages)
    .innerJoin(users, eq(users.id, roomMessages.authorId))
    .where(and(inChat(chatId), olderThan(roomMessages, cursor)))
    .orderBy(...newestFirst(roomMessages))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.message.id);
}

/** When the author last wrote in the room, newest first: what the rate limit counts. */
export const recentMessageTimes = (
  q: Queryable,
  scope: { chatId: string; authorId: string },
  since: Date,
  limit: number,
) => recentAuthorTimes(q, roomMessages, inChat(scope.chatId), scope.authorId, { since, limit });

/** A stay begins: its id is the peer id the other participants address their signals to. */
export async function openStay(q: Queryable, values: { chatId: string; userId: string; at: Date }) {
  const [row] = await q
    .insert(roomAttendance)
    .values({ chatId: values.chatId, userId: values.userId, joinedAt: values.at, lastSeenAt: values.at })
    .returning({ id: roomAttendance.id });
  return row!.id;
}

export async function touchStay(q: Queryable, stayId: string, at: Date) {
  await q
    .update(roomAttendance)
    .set({ lastSeenAt: at })
    .where(and(eq(roomAttendance.id, stayId), isNull(roomAttendance.leftAt)));
}

export async function closeStay(q: Queryable, stayId: string, at: Date) {
  await q
    .update(roomAttendance)
    .set({ leftAt: at, lastSeenAt: at })
    .where(and(eq(roomAttendance.id, stayId), isNull(roomAttendance.leftAt)));
}

/** Stays still open and seen since `freshSince`: a process that died leaves stays that stop being seen. */
function presentIn(chatId: string, freshSince: Date) {
  return and(
    eq(roomAttendance.chatId, chatId),
    isNull(roomAttendance.leftAt),
    gt(roomAttendance.lastSeenAt, freshSince),
  );
}

export async function listPresent(q: Queryable, chatId: string, freshSince: Date) {
  return q
    .select({
      peerId: roomAttendance.id,
      userId: users.id,
      name: users.name,
      role: users.role,
      companyName: companies.name,
    })
    .from(roomAttendance)
    .innerJoin(users, eq(users.id, roomAttendance.userId))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(presentIn(chatId, freshSince))
    .orderBy(asc(roomAttendance.joinedAt));
}

export async function listStays(q: Queryable, chatId: string) {
  return q
    .select({ stay: roomAttendance, author })
    .from(roomAttendance)
    .innerJoin(users, eq(users.id, roomAttendance.userId))
    .where(eq(roomAttendance.chatId, chatId))
    .orderBy(asc(roomAttendance.joinedAt));
}

/** Within an account's deletion: their messages in rooms stay in place for the others, their words do not. */
export async function removeWordsOf(q: Queryable, authorId: string, removed: string): Promise<void> {
  await q.update(roomMessages).set({ body: removed }).where(eq(roomMessages.authorId, authorId));
}
