import { and, asc, eq, gt, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { bookedStates, openStates } from '../../../shared/booking/chat-phase.js';
import type { SessionUser } from '../../context.js';
import { at, canJoinSql } from '../../infra/db/chat-phase.sql.js';
import type { Queryable } from '../../infra/db/client.js';
import { users } from '../auth/auth.table.js';
import { recruiterDetails } from '../availability/availability.table.js';
import { type ChatView, selectChatView } from '../chats/index.js';
import { chats } from '../chats/chats.table.js';
import { takesPartIn } from '../events/index.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';

const published = sql`exists (select 1 from ${events} where ${events.id} = ${chats.eventId} and ${events.publishedAt} is not null)`;
/** Not over yet: unbooked, or booked and not ended. */
const notEnded = (now: Date) => or(isNull(chats.endsAt), gt(chats.endsAt, at(now)))!;

/** The chats still going on in which the person takes part, at every published event, soonest first. */
export function listOpenChatsOf(
  q: Queryable,
  person: { talentId: string } | { recruiterId: string },
  now: Date,
) {
  const participant =
    'talentId' in person ? eq(chats.talentId, person.talentId) : eq(chats.recruiterId, person.recruiterId);
  return selectChatView(q)
    .where(and(participant, inArray(chats.state, [...openStates]), notEnded(now), published))
    .orderBy(asc(chats.startsAt), asc(chats.createdAt), asc(chats.id));
}

/** Requests to the recruiter's colleagues that wait for an answer, oldest first, and how many there are. */
export async function listColleaguesRequests(
  q: Queryable,
  recruiter: { id: string; companyId: string },
  limit: number,
): Promise<{ views: ChatView[]; total: number }> {
  const colleagues = q
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.companyId, recruiter.companyId), ne(users.id, recruiter.id)));
  const waiting = and(inArray(chats.recruiterId, colleagues), eq(chats.state, 'requested'), published)!;
  const views = await selectChatView(q)
    .where(waiting)
    .orderBy(asc(chats.createdAt), asc(chats.id))
    .limit(limit);
  const [count] = await q.select({ total: sql<number>`count(*)::int` }).from(chats).where(waiting);
  return { views: views.filter((view) => view.companyAttends), total: count?.total ?? 0 };
}

/** Whose chats an event's counts are about: the viewer's own, or the whole event's for its organizer. */
function chatsCountedFor(user: SessionUser): SQL | undefined {
  if (user.role === 'talent') return eq(chats.talentId, user.id);
  if (user.role === 'recruiter') return eq(chats.recruiterId, user.id);
  if (user.role === 'organizer') return undefined;
  return sql`false`;
}

/** The requests and invitations that wait for the viewer's answer (all of them, for an organizer). */
function waitingStates(user: SessionUser): string[] {
  if (user.role === 'talent') return ['invited'];
  if (user.role === 'recruiter') return ['requested'];
  return ['requested', 'invited'];
}

/** Per event the viewer takes part in: what is live, coming, waiting; organizers also see missing availability. */
export async function countByEvent(q: Queryable, user: SessionUser, now: Date) {
  const eventToday = sql`(${at(now)} at time zone ${events.timeZone})::date`;
  const counted = (condition: SQL) => sql<number>`(count(${chats.id}) filter (where ${condition}))::int`;
  const recruitersWithoutAvailability =
    user.role === 'organizer'
      ? sql<number>`(select count(*) from ${users} join ${eventCompanies} on ${eventCompanies.companyId} = ${users.companyId} and ${eventCompanies.eventId} = ${events.id} where ${users.role} = 'recruiter' and not exists (select 1 from ${recruiterDetails} where ${recruiterDetails.eventId} = ${events.id} and ${recruiterDetails.recruiterId} = ${users.id} and ${recruiterDetails.confirmedAt} is not null))::int`
      : sql<null>`null`;
  return q
    .select({
      eventId: events.id,
      live: counted(canJoinSql(chats, now)),
      upcoming: counted(sql`${chats.state} = 'confirmed' and ${chats.startsAt} > ${at(now)}`),
      today: counted(
        sql`${inArray(chats.state, [...bookedStates])} and (${chats.startsAt} at time zone ${events.timeZone})::date = ${eventToday}`,
      ),
      waitingForAnswer: counted(inArray(chats.state, waitingStates(user) as ChatView['chat']['state'][])),
      toPick: counted(eq(chats.state, 'in_scheduling')),
      recruitersWithoutAvailability,
    })
    .from(events)
    .leftJoin(chats, and(eq(chats.eventId, events.id), chatsCountedFor(user)))
    .where(takesPartIn(user))
    .groupBy(events.id);
}

/** Events not over yet at which the recruiter has not confirmed availability. */
export function listEventsAwaitingAvailability(q: Queryable, user: SessionUser, now: Date) {
  return q
    .select({ eventId: events.id, eventName: events.name })
    .from(events)
    .where(
      and(
        takesPartIn(user),
        sql`not exists (select 1 from ${recruiterDetails} where ${recruiterDetails.eventId} = ${events.id} and ${recruiterDetails.recruiterId} = ${user.id} and ${recruiterDetails.confirmedAt} is not null)`,
        sql`exists (select 1 from ${eventDays} where ${eventDays.eventId} = ${events.id} and ${eventDays.date} >= (${at(now)} at time zone ${events.timeZone})::date)`,
      ),
    )
    .orderBy(asc(events.name));
}
