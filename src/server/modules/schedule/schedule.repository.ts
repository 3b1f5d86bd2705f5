import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { bookedStates } from '../../../shared/booking/chat-phase.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { selectChatView } from '../chats/index.js';
import { chats } from '../chats/chats.table.js';
import { events } from '../events/events.table.js';

export async function findFeedOwner(q: Queryable, userId: string) {
  const [row] = await q
    .select({
      id: users.id,
      name: users.name,
      version: users.calendarFeedVersion,
      language: users.language,
      browserLanguage: users.browserLanguage,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

/** Raises the feed version, so every earlier feed address stops working; returns the new version. */
export async function raiseFeedVersion(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .update(users)
    .set({ calendarFeedVersion: sql`${users.calendarFeedVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ version: users.calendarFeedVersion });
  return row!.version;
}

/** The user's booked chats (as talent or as the recruiter they are with) at every event, in time order. */
export function listBookedChatViews(q: Queryable, userId: string) {
  return selectChatView(q)
    .where(
      and(
        or(eq(chats.talentId, userId), eq(chats.recruiterId, userId)),
        inArray(chats.state, [...bookedStates]),
      ),
    )
    .orderBy(asc(chats.startsAt), asc(chats.id));
}

export function findEventsByIds(q: Queryable, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return q
    .select({ id: events.id, name: events.name, timeZone: events.timeZone })
    .from(events)
    .where(inArray(events.id, eventIds));
}
