import {
  and,
  asc,
  count,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNotNull,
  lte,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type AnyPgColumn, alias, type PgSelect } from 'drizzle-orm/pg-core';
import { holdingStates, openStates } from '../../../shared/booking/chat-phase.js';
import {
  type BookingRuleName,
  recruiterTurnRules,
  talentTurnRules,
} from '../../../shared/booking/fair-use.js';
import { REMOVED_WORDS } from '../../../shared/schemas/account.schemas.js';
import type { ChatHistoryKind, ChatListSort, ChatStatus } from '../../../shared/schemas/chats.schemas.js';
import {
  at,
  dueForCompletionSql,
  endedSql,
  inStatusSql,
  stateOfGroup,
} from '../../infra/db/chat-phase.sql.js';
import type { Queryable } from '../../infra/db/client.js';
import { prepared } from '../../infra/db/prepared.js';
import type { SessionUser } from '../../context.js';
import { keysetAfter, keysetOrder, keysetValues, type SortKey } from '../../infra/db/keyset.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { companies } from '../companies/companies.table.js';
import { type EventDayRow, type EventRow, takesPartIn } from '../events/index.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies } from '../registrations/registrations.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { companyRequests } from './chats.company-requests.table.js';
import {
  chatCheckIns,
  chatHistory,
  chatReminders,
  chats,
  companyWaitlistEntries,
  waitlistEntries,
} from './chats.table.js';

export type ChatRow = typeof chats.$inferSelect;

const talent = alias(users, 'talent');
const recruiter = alias(users, 'recruiter');

/** The message of the chat's latest history entry of these kinds: messages are kept in the history only. */
const latestMessage = (kinds: ChatHistoryKind[]) =>
  sql<
    string | null
  >`(select ${chatHistory.message} from ${chatHistory} where ${chatHistory.chatId} = ${chats.id} and ${inArray(chatHistory.kind, kinds)} order by ${chatHistory.id} desc limit 1)`;

/** One history entry as the view carries it: instants as the database's JSON spells them. */
export interface HistoryRow {
  kind: ChatHistoryKind;
  actor: { id: string; name: string } | null;
  side: 'talent' | 'recruiter';
  message: string | null;
  fromStartsAt: string | null;
  toStartsAt: string | null;
  at: string;
}

/** The chat's history, oldest first, as one JSON array. */
const historyOf = sql<HistoryRow[]>`(select coalesce(json_agg(json_build_object(
  'kind', ${chatHistory.kind},
  'actor', case when ${users.id} is null then null else json_build_object('id', ${users.id}, 'name', ${users.name}) end,
  'side', ${chatHistory.side},
  'message', ${chatHistory.message},
  'fromStartsAt', ${chatHistory.fromStartsAt},
  'toStartsAt', ${chatHistory.toStartsAt},
  'at', ${chatHistory.at}
) order by ${chatHistory.id}), '[]'::json)
from ${chatHistory} left join ${users} on ${users.id} = ${chatHistory.actorId}
where ${chatHistory.chatId} = ${chats.id})`;

/** A side's `I'm here`, as the view carries it: the instant as the database's JSON spells it. */
interface CheckInRow {
  side: 'talent' | 'recruiter';
  /** Who checked in; null once their account is gone. */
  by: { id: string; name: string } | null;
  at: string;
}

const checkInsOf = sql<CheckInRow[]>`(select coalesce(json_agg(json_build_object(
  'side', ${chatCheckIns.side},
  'by', case when ${users.id} is null then null else json_build_object('id', ${users.id}, 'name', ${users.name}) end,
  'at', ${chatCheckIns.at}
) order by ${chatCheckIns.side}), '[]'::json)
from ${chatCheckIns} left join ${users} on ${users.id} = ${chatCheckIns.userId}
where ${chatCheckIns.chatId} = ${chats.id})`;

/** A person as the view carries them. */
interface ViewPerson {
  id: string;
  name: string;
  email: string;
  /** The clock they read their emails on: the zone they chose, else their browser's; null: the event's. */
  timeZone: string | null;
  /** The language of their emails: the one they chose, else their browser's; null: English. */
  language: string | null;
  /** The clock of the times in their emails (`12h`, `24h`); null: 24-hour. */
  clock: string | null;
}

const readerZone = (person: { timeZone: AnyPgColumn; browserTimeZone: AnyPgColumn }) =>
  sql<string | null>`coalesce(${person.timeZone}, ${person.browserTimeZone})`;
const readerLanguage = (person: { language: AnyPgColumn; browserLanguage: AnyPgColumn }) =>
  sql<string | null>`coalesce(${person.language}, ${person.browserLanguage})`;

/** The person of id `id` as one JSON object. */
const personOf = (id: AnyPgColumn) =>
  sql<ViewPerson>`(select json_build_object('id', ${users.id}, 'name', ${users.name}, 'email', ${users.email},
    'timeZone', ${readerZone(users)}, 'language', ${readerLanguage(users)}, 'clock', ${users.clock})
    from ${users} where ${users.id} = ${id})`;

/** The chat's recruiter's company, as `select` (which may read `companies`) `from` joins it. */
const ofRecruiterCompany = <T>(select: SQL, from: SQL = sql``) =>
  sql<T>`(select ${select} from ${users} join ${companies} on ${companies.id} = ${users.companyId} ${from}
    where ${users.id} = ${chats.recruiterId})`;
/** The recruiter's company at the chat's event: no row once the company no longer attends it. */
const atEvent = sql`join ${eventCompanies} on ${eventCompanies.companyId} = ${companies.id}
  and ${eventCompanies.eventId} = ${chats.eventId}`;

/**
 * A chat with everything its presentation needs, in one query. Each related row is read by its key in a subquery of
 * its own rather than joined: with ten joined tables the planner spent milliseconds searching join orders (and, past
 * `join_collapse_limit`, could settle on scanning every user for a page of chats); subqueries are planned at once and
 * read each row by index. The talent stays joined: with no join at all, Drizzle would name the chat's columns
 * without their table, which the subqueries would read as their own.
 */
function selectChatViewWith<Extra extends Record<string, SQL>>(q: Queryable, extra: Extra) {
  return q
    .select({
      ...extra,
      chat: {
        ...getTableColumns(chats),
        requestMessage: latestMessage(['requested', 'invited']),
        declineMessage: latestMessage(['declined']),
      },
      history: historyOf,
      checkIns: checkInsOf,
      noShowAfterMinutes: sql<number>`(select ${events.noShowAfterMinutes} from ${events} where ${events.id} = ${chats.eventId})`,
      talent: {
        id: talent.id,
        name: talent.name,
        email: talent.email,
        timeZone: readerZone(talent),
        language: readerLanguage(talent),
        clock: talent.clock,
      },
      talentHeadline: sql<
        string | null
      >`(select ${talentProfiles.headline} from ${talentProfiles} where ${talentProfiles.userId} = ${chats.talentId})`,
      recruiter: personOf(chats.recruiterId),
      company: ofRecruiterCompany<{ id: string; name: string }>(
        sql`json_build_object('id', ${companies.id}, 'name', ${companies.name})`,
      ),
      booth: ofRecruiterCompany<string | null>(sql`${eventCompanies.booth}`, atEvent),
      /** False once the recruiter's company no longer attends the chat's event. */
      companyAttends: sql<boolean>`exists ${ofRecruiterCompany(sql`1`, atEvent)}`,
      createdBy: personOf(chats.createdById),
      suggestedRecruiter: sql<{
        id: string;
        name: string;
      } | null>`(select json_build_object('id', ${users.id}, 'name', ${users.name}) from ${users} where ${users.id} = ${chats.suggestedRecruiterId})`,
      day: sql<Pick<
        EventDayRow,
        'id' | 'date' | 'mode'
      > | null>`(select json_build_object('id', ${eventDays.id}, 'date', ${eventDays.date}, 'mode', ${eventDays.mode}) from ${eventDays} where ${eventDays.id} = ${chats.eventDayId})`,
      customQuestion: sql<string | null>`(select ${recruiterDetails.customQuestion} from ${recruiterDetails}
        where ${recruiterDetails.eventId} = ${chats.eventId} and ${recruiterDetails.recruiterId} = ${chats.recruiterId})`,
    })
    .from(chats)
    .innerJoin(talent, eq(talent.id, chats.talentId));
}

export function selectChatView(q: Queryable) {
  return selectChatViewWith(q, {});
}

export type ChatView = Awaited<ReturnType<ReturnType<typeof selectChatView>['execute']>>[number];

const chatViewById = prepared((q) =>
  selectChatView(q)
    .where(eq(chats.id, sql.placeholder('chatId')))
    .prepare('chat_view_by_id'),
);

export async function findChatView(q: Queryable, chatId: string): Promise<ChatView | undefined> {
  const [row] = await chatViewById(q).execute({ chatId });
  return row;
}

const chatViewsByIds = prepared((q) =>
  selectChatView(q)
    .where(sql`${chats.id} = any(${sql.placeholder('chatIds')}::uuid[])`)
    .prepare('chat_views_by_ids'),
);

/** Which chats a list shows, whatever their status. */
export interface ChatScope {
  eventId: string;
  talentId?: string;
  /** Only the chats of this company's recruiters. */
  companyId?: string;
  recruiterId?: string;
}

function scopeSql(q: Queryable, scope: ChatScope): SQL {
  const conditions: SQL[] = [eq(chats.eventId, scope.eventId)];
  if (scope.talentId) conditions.push(eq(chats.talentId, scope.talentId));
  if (scope.recruiterId) conditions.push(eq(chats.recruiterId, scope.recruiterId));
  if (scope.companyId)
    conditions.push(
      inArray(
        chats.recruiterId,
        q
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.companyId, scope.companyId), eq(users.role, 'recruiter'))),
      ),
    );
  return and(...conditions)!;
}

/** Not booked yet: after every booked chat. Matches the expression of `chats_*_time_order_idx`. */
const startOrEnd = sql`coalesce(${chats.startsAt}, 'infinity'::timestamptz)`;
const byTime: SortKey = [
  { expr: startOrEnd, dir: 'asc', type: 'timestamptz' },
  { expr: sql`${chats.updatedAt}`, dir: 'desc', type: 'timestamptz' },
  { expr: sql`${chats.id}`, dir: 'asc', type: 'uuid' },
];
export const chatSortKeys: Record<ChatListSort, SortKey> = {
  time: byTime,
  activity: byTime.slice(1),
  talent: [{ expr: sql`${talent.name}`, dir: 'asc', type: 'text' }, ...byTime.slice(2)],
  recruiter: [{ expr: sql`${recruiter.name}`, dir: 'asc', type: 'text' }, ...byTime],
};

/**
 * One page of a chat list in the order `sort`, after the key `after` (the first page without it), and the key of
 * its last chat when more follow. The page's chats are chosen on the narrow chat rows first, so the history and
 * joins of the full view are built for that page only, whatever the size of the list.
 */
export async function listChatPage(
  q: Queryable,
  page: {
    scope: ChatScope;
    status?: { status: ChatStatus; now: Date };
    sort: ChatListSort;
    after?: readonly string[];
    limit: number;
  },
): Promise<{ views: ChatView[]; nextKey: string[] | null }> {
  const key = chatSortKeys[page.sort];
  const joinSortedBy = <Query extends PgSelect>(query: Query) => {
    if (page.sort === 'talent') return query.innerJoin(talent, eq(talent.id, chats.talentId));
    if (page.sort === 'recruiter') return query.innerJoin(recruiter, eq(recruiter.id, chats.recruiterId));
    return query;
  };
  const chosen = joinSortedBy(q.select({ id: chats.id }).from(chats).$dynamic())
    .where(
      and(
        scopeSql(q, page.scope),
        page.status && inStatusSql(chats, page.status.status, page.status.now),
        page.after && keysetAfter(key, page.after),
      ),
    )
    .orderBy(...keysetOrder(key))
    .limit(page.limit + 1)
    .as('chosen');
  // The keys are printed for the chosen rows only: in the query that sorts, every chat of the list had its key
  // printed (timestamps to text) before the sort, 2,000 of them for a team.
  const rows = await joinSortedBy(
    q
      .select({ id: chats.id, key: keysetValues(key) })
      .from(chosen)
      .innerJoin(chats, eq(chats.id, chosen.id))
      .$dynamic(),
  ).orderBy(...keysetOrder(key));
  const shown = rows.slice(0, page.limit);
  // Asked by their ids, the view reads its related rows for the page's few chats, whatever the size of the list.
  const views =
    shown.length === 0 ? [] : await chatViewsByIds(q).execute({ chatIds: shown.map((row) => row.id) });
  const byId = new Map(views.map((view) => [view.chat.id, view]));
  return {
    views: shown.flatMap((row) => byId.get(row.id) ?? []),
    nextKey: rows.length > page.limit ? shown.at(-1)!.key : null,
  };
}

/**
 * How many chats of the scope are in each state at `now` (a state may come in two groups: sum them), and the first
 * end of one of them after `now` (epoch milliseconds, infinite for none): a confirmed chat reads as completed then.
 */
export async function countChatsByState(q: Queryable, scope: ChatScope, now: Date) {
  const rows = await q
    .select({
      state: chats.state,
      ended: endedSql(chats, now),
      n: count(),
      nextEndMs: sql<
        number | null
      >`date_part('epoch', min(${chats.endsAt}) filter (where ${chats.endsAt} > ${at(now)})) * 1000`,
    })
    .from(chats)
    .where(scopeSql(q, scope))
    .groupBy(chats.state, sql`2`);
  return {
    counts: rows.map((row) => ({ state: stateOfGroup(row, now), n: row.n })),
    until: Math.min(
      Number.POSITIVE_INFINITY,
      ...rows.map((row) => (row.nextEndMs === null ? Number.POSITIVE_INFINITY : Number(row.nextEndMs))),
    ),
  };
}

/** Locks the chat, so two people acting at once apply one after the other. */
export async function lockChat(q: Queryable, chatId: string): Promise<ChatRow | undefined> {
  const [row] = await q.select().from(chats).where(eq(chats.id, chatId)).for('update');
  return row;
}

/**
 * Locks the chat for its transition, so two people acting at once apply one after the other, and reads its view in
 * the same statement. The chat's own columns are the latest committed ones even after waiting for the lock; the
 * history beside them is what the statement began with. It also takes the talent's and the recruiter's turns
 * (`takeRuleTurns`) before the chat's lock, so a booking's counts, read by its next statement, are current.
 */
/** Whether talents wait for the recruiter's time at the event: on their own waitlist or their company's. */
const someoneWaitsFor = (eventId: AnyPgColumn | string, recruiterId: AnyPgColumn | string) =>
  sql<boolean>`(exists (select 1 from ${waitlistEntries}
    where ${waitlistEntries.eventId} = ${eventId} and ${waitlistEntries.recruiterId} = ${recruiterId})
    or exists (select 1 from ${companyWaitlistEntries}
    where ${companyWaitlistEntries.eventId} = ${eventId} and ${companyWaitlistEntries.companyId} = (select ${users.companyId} from ${users} where ${users.id} = ${recruiterId})))`;

const lockedChatView = prepared((q) =>
  selectChatViewWith(q, {
    ruleTurns: ruleTurnsSql({
      eventId: chats.eventId,
      talentId: chats.talentId,
      recruiterId: chats.recruiterId,
    }),
    // Whether a time this change frees has anyone to be offered to (on the recruiter's waitlist or their
    // company's), without a statement of its own.
    recruiterWaitlisted: someoneWaitsFor(chats.eventId, chats.recruiterId),
  })
    .where(eq(chats.id, sql.placeholder('chatId')))
    .for('update', { of: chats })
    .prepare('locked_chat_view'),
);

/** A chat's view as its transition locked it, and whether talents wait for its recruiter (or their company). */
export type LockedChatView = ChatView & { recruiterWaitlisted: boolean };

export async function lockChatView(q: Queryable, chatId: string): Promise<LockedChatView | undefined> {
  const [row] = await lockedChatView(q).execute({ chatId });
  return row;
}

/** The event's row as `to_json` spells it: column names, timestamps as text. */
type EventJson = Record<string, unknown>;

const eventColumns = Object.entries(getTableColumns(events));

/** Reads the event's row back from its `to_json` form, with the same fields and types Drizzle would give. */
function eventFromJson(json: EventJson): EventRow {
  return Object.fromEntries(
    eventColumns.map(([field, column]) => {
      const value = json[column.name];
      return [
        field,
        column.columnType === 'PgTimestamp' && typeof value === 'string' ? new Date(value) : value,
      ];
    }),
  ) as EventRow;
}

interface AvailabilityJson {
  eventDayId: string;
  recruiterId: string;
  durationMinutes: number;
  openSlotStartsMs: number[];
}
interface BookingJson {
  chatId: string;
  recruiterId: string;
  eventDayId: string;
  talentName: string;
  startsAt: string;
  endsAt: string;
}
interface BookingFactsJson {
  event: EventJson;
  takes_part: boolean;
  recruiter_name: string;
  recruiter_requires_approval: boolean;
  days: EventDayRow[];
  availability: AvailabilityJson[];
  bookings: BookingJson[];
  talent_bookings: { chatId: string; eventDayId: string; startsAt: string; endsAt: string }[];
  talent_no_shows: number;
}

// Constants written into the text, not parameters: a statement kept prepared then knows which states it reads, and
// its generic plan costs what a planned one does (PGlite plans it once, see `pglite-statements.ts`).
const holdingStatesSql = sql.raw(holdingStates.map((state) => `'${state}'`).join(', '));
const instant = (text: string) => new Date(text);

/**
 * Everything a booking checks, read in one statement: the event and whether the user takes part in it, its days,
 * the recruiter's slots and bookings, and the chats holding the talent's time.
 *
 * The event, its days and the recruiter's slots of each day are share-locked first, in that order (each CTE waits
 * for the one it reads): the order in which the organizer's edit (event, then days `FOR UPDATE`) and the
 * recruiter's (day shared, then their row `FOR UPDATE`) take them, so none deadlocks with a booking. A locked row is
 * read as last committed even when the statement had to wait for it, so an edit the booking waited for is seen;
 * the bookings beside them may miss one committed meanwhile, which the exclusion constraints then refuse.
 */
export async function readBookingFacts(
  q: Queryable,
  input: { user: SessionUser; eventId: string; recruiterId: string; talentId: string },
) {
  const { user, eventId, recruiterId, talentId } = input;
  const result = await q.execute(sql`with locked_event as (
      select * from ${events} where ${events.id} = ${eventId} for share
    ), locked_days as (
      select * from ${eventDays} where ${eventDays.eventId} = (select id from locked_event)
      order by ${eventDays.date} for share
    ), locked_availability as (
      select * from ${availabilityDays}
      where ${availabilityDays.recruiterId} = ${recruiterId}
        and ${availabilityDays.eventDayId} in (select id from locked_days)
      for share
    )
    select
      to_json(events) as event,
      ${takesPartIn(user)} as takes_part,
      (select name from ${users} where id = ${recruiterId}) as recruiter_name,
      coalesce((select requires_approval from ${recruiterDetails}
        where event_id = events.id and recruiter_id = ${recruiterId}), false) as recruiter_requires_approval,
      (select coalesce(json_agg(json_build_object(
        'id', d.id, 'eventId', d.event_id, 'date', d.date, 'mode', d.mode, 'opensAtMinute', d.opens_at_minute,
        'closesAtMinute', d.closes_at_minute, 'durations', d.durations) order by d.date), '[]'::json)
        from locked_days d) as days,
      (select coalesce(json_agg(json_build_object(
        'eventDayId', a.event_day_id, 'recruiterId', a.recruiter_id, 'durationMinutes', a.duration_minutes,
        'openSlotStartsMs', array(select extract(epoch from s) * 1000 from unnest(a.open_slot_starts) s)::float8[]
      )), '[]'::json) from locked_availability a) as availability,
      (select coalesce(json_agg(json_build_object(
        'chatId', c.id, 'recruiterId', c.recruiter_id, 'eventDayId', c.event_day_id, 'talentName', u.name,
        'startsAt', c.starts_at, 'endsAt', c.ends_at)), '[]'::json)
        from ${chats} c join ${users} u on u.id = c.talent_id
        where c.event_id = events.id and c.recruiter_id = ${recruiterId} and c.state in (${holdingStatesSql})
      ) as bookings,
      (select coalesce(json_agg(json_build_object(
        'chatId', c.id, 'eventDayId', c.event_day_id, 'startsAt', c.starts_at, 'endsAt', c.ends_at)), '[]'::json)
        from ${chats} c
        where c.event_id = events.id and c.talent_id = ${talentId} and c.state in (${holdingStatesSql})
      ) as talent_bookings,
      (select count(*)::int from ${chats} c
        where c.event_id = events.id and c.talent_id = ${talentId} and c.state = 'no_show') as talent_no_shows
    from locked_event as events`); // named as the table, so that `takesPartIn` reads the locked row
  const [row] = (result as unknown as { rows: BookingFactsJson[] }).rows;
  if (!row) return undefined;
  return {
    event: eventFromJson(row.event),
    takesPart: row.takes_part,
    recruiterName: row.recruiter_name,
    recruiterRequiresApproval: row.recruiter_requires_approval,
    days: row.days,
    availability: row.availability.map(({ openSlotStartsMs, ...a }) => ({
      ...a,
      openSlotStarts: openSlotStartsMs.map((ms) => new Date(ms)),
    })),
    bookings: row.bookings.map((b) => ({ ...b, startsAt: instant(b.startsAt), endsAt: instant(b.endsAt) })),
    talentBookings: row.talent_bookings.map((b) => ({
      ...b,
      startsAt: instant(b.startsAt),
      endsAt: instant(b.endsAt),
    })),
    talentNoShows: row.talent_no_shows,
  };
}

/** Advisory lock classes: one key space per kind of turn. */
const TALENT_TURN = 1;
const RECRUITER_TURN = 2;

const anyRuleSet = (names: readonly BookingRuleName[]) =>
  sql.join(
    names.map((name) => sql`${events[name]} is not null`),
    sql` or `,
  );

/**
 * Makes an action that books or requests wait for any other of the same talent (and of the same recruiter) at the
 * event, until that one commits, when a fair-use rule counts what they hold. Locks in the database, so the turns
 * hold across processes; the counts are read by the next statement, which sees what the other committed. Always
 * the talent's turn first, then the recruiter's: no two actions wait for each other in a circle.
 */
type TurnKey = string | AnyPgColumn;

/**
 * Takes the turns of `takeRuleTurns` as a value of a query (a count of no use): the talent's lock, then the
 * recruiter's, each only while the event has a rule that counts their chats. Function arguments are evaluated in
 * order, so the order of the turns holds.
 */
function ruleTurnsSql(keys: { eventId: TurnKey; talentId: TurnKey; recruiterId?: TurnKey }) {
  const { eventId, talentId, recruiterId } = keys;
  const turn = (kind: number, rules: readonly BookingRuleName[], personId: TurnKey) =>
    sql`case when ${anyRuleSet(rules)}
      then pg_advisory_xact_lock(${sql.raw(String(kind))}, hashtext(${eventId}::text || ${personId}::text)) is null end`;
  const recruiterTurn = recruiterId ? turn(RECRUITER_TURN, recruiterTurnRules, recruiterId) : sql`null`;
  return sql<number>`(select num_nulls(${turn(TALENT_TURN, talentTurnRules, talentId)}, ${recruiterTurn})
    from ${events} where ${events.id} = ${eventId})`;
}

export async function takeRuleTurns(
  q: Queryable,
  keys: { eventId: string; talentId: string; recruiterId?: string },
): Promise<void> {
  await q.execute(sql`select ${ruleTurnsSql(keys)}`);
}

/**
 * How many of a talent's own requests wait for an answer or a time (their waiting company requests included),
 * how many chats they hold, and how many they did not come to.
 */
export async function countTalentChats(q: Queryable, eventId: string, talentId: string) {
  const [row] = await q
    .select({
      openRequests: sql<number>`(count(*) filter (where ${chats.initiatedBy} = 'talent' and ${chats.state} in ('requested', 'in_scheduling'))
        + (select count(*) from ${companyRequests} where ${companyRequests.eventId} = ${eventId}
          and ${companyRequests.talentId} = ${talentId} and ${companyRequests.state} = 'waiting'))::int`,
      booked: sql<number>`count(*) filter (where ${chats.state} in (${holdingStatesSql}))::int`,
      noShows: sql<number>`count(*) filter (where ${chats.state} = 'no_show')::int`,
    })
    .from(chats)
    .where(and(eq(chats.eventId, eventId), eq(chats.talentId, talentId)));
  return row!;
}

export async function insertChat(q: Queryable, values: typeof chats.$inferInsert): Promise<ChatRow> {
  const [row] = await q.insert(chats).values(values).returning();
  return row!;
}

export type HistoryInsert = typeof chatHistory.$inferInsert;

/** Writes a change and its history entry in one statement. */
export async function updateChatWithHistory(
  q: Queryable,
  chatId: string,
  values: Partial<typeof chats.$inferInsert>,
  entry: Omit<HistoryInsert, 'id' | 'chatId'>,
) {
  const changed = q.update(chats).set(values).where(eq(chats.id, chatId)).returning({ id: chats.id });
  await q.execute(sql`with changed as (${changed.getSQL()})
    insert into ${chatHistory} (chat_id, kind, actor_id, side, message, from_starts_at, to_starts_at, at)
    select id, ${entry.kind}, ${entry.actorId ?? null}, ${entry.side}, ${entry.message ?? null},
      ${entry.fromStartsAt ?? null}::timestamptz, ${entry.toStartsAt ?? null}::timestamptz, ${entry.at}::timestamptz
    from changed`);
}

/** Writes history entries in one statement; entries written together keep the order given. */
export async function insertHistory(q: Queryable, ...entries: HistoryInsert[]) {
  await q.insert(chatHistory).values(entries);
}

/** The chats holding the talent's time at an event, so the slot picker leaves out times they are already busy. */
export async function listTalentBookings(q: Queryable, eventId: string, talentId: string) {
  const rows = await q
    .select({
      chatId: chats.id,
      eventDayId: chats.eventDayId,
      startsAt: chats.startsAt,
      endsAt: chats.endsAt,
    })
    .from(chats)
    .where(
      and(eq(chats.eventId, eventId), eq(chats.talentId, talentId), inArray(chats.state, [...holdingStates])),
    );
  return rows.map((r) => ({ ...r, eventDayId: r.eventDayId!, startsAt: r.startsAt!, endsAt: r.endsAt! }));
}

export type ReminderKind = (typeof chatReminders.$inferInsert)['kind'];

/**
 * Confirmed chats starting after `now` and no later than `until`, when they were booked, the day's mode and the reminders already
 * sent for their current start (a chat moved to a new time has none yet).
 */
export async function listUpcomingChats(q: Queryable, now: Date, until: Date) {
  return q
    .select({
      id: chats.id,
      startsAt: chats.startsAt,
      /** A confirmed chat was last changed when it got its current time (booked or moved). */
      bookedAt: chats.updatedAt,
      mode: eventDays.mode,
      sent: sql<
        ReminderKind[]
      >`coalesce(array_agg(${chatReminders.kind}::text) filter (where ${chatReminders.kind} is not null), '{}')`,
    })
    .from(chats)
    .innerJoin(eventDays, eq(eventDays.id, chats.eventDayId))
    .leftJoin(
      chatReminders,
      and(eq(chatReminders.chatId, chats.id), eq(chatReminders.startsAt, chats.startsAt)),
    )
    .where(and(eq(chats.state, 'confirmed'), gt(chats.startsAt, now), lte(chats.startsAt, until)))
    .groupBy(chats.id, eventDays.mode)
    .orderBy(asc(chats.startsAt))
    .then((rows) => rows.map((row) => ({ ...row, startsAt: row.startsAt! })));
}

/**
 * Locks a chat for a background job unless someone else holds it: a person changing it right now, or another
 * process's clock. The job skips it and looks again on its next round.
 */
export async function lockChatUnlessBusy(q: Queryable, chatId: string): Promise<ChatRow | undefined> {
  const [row] = await q.select().from(chats).where(eq(chats.id, chatId)).for('update', { skipLocked: true });
  return row;
}

/** Records a reminder as sent; false when it already was (by this process or another one). */
export async function claimReminder(
  q: Queryable,
  reminder: { chatId: string; kind: ReminderKind; startsAt: Date; now: Date },
): Promise<boolean> {
  const rows = await q
    .insert(chatReminders)
    .values({
      chatId: reminder.chatId,
      kind: reminder.kind,
      startsAt: reminder.startsAt,
      sentAt: reminder.now,
    })
    .onConflictDoNothing()
    .returning({ chatId: chatReminders.chatId });
  return rows.length > 0;
}

/** Confirmed chats whose end has passed, locked for completion; those locked elsewhere wait for the next round. */
export async function lockEndedChats(q: Queryable, now: Date, limit: number) {
  return q
    .select({ id: chats.id, state: chats.state })
    .from(chats)
    .where(dueForCompletionSql(chats, now))
    .orderBy(asc(chats.endsAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** The event of a chat, for work done without a viewer (the chat clock's reminders). */
export async function updateChats(
  q: Queryable,
  chatIds: string[],
  values: Partial<typeof chats.$inferInsert>,
) {
  if (chatIds.length === 0) return;
  await q.update(chats).set(values).where(inArray(chats.id, chatIds));
}

/** Records a side's `I'm here`; the side's first check-in stands, so a second one changes nothing (false). */
export async function insertCheckIn(
  q: Queryable,
  checkIn: { chatId: string; side: 'talent' | 'recruiter'; userId: string; at: Date },
): Promise<boolean> {
  const rows = await q
    .insert(chatCheckIns)
    .values(checkIn)
    .onConflictDoNothing()
    .returning({ chatId: chatCheckIns.chatId });
  return rows.length > 0;
}

/**
 * Confirmed chats of events that mark no-shows automatically whose talent has not checked in by the start plus the
 * event's minutes, oldest first: the clock marks them one by one, each checked again under its lock.
 */
export async function findDueNoShows(q: Queryable, now: Date, limit: number) {
  return q
    .select({ id: chats.id })
    .from(chats)
    .innerJoin(events, eq(events.id, chats.eventId))
    .where(
      and(
        eq(chats.state, 'confirmed'),
        eq(events.autoMarkNoShows, true),
        sql`${chats.startsAt} + make_interval(mins => ${events.noShowAfterMinutes}) <= ${at(now)}`,
        sql`not exists (select 1 from ${chatCheckIns} where ${chatCheckIns.chatId} = ${chats.id} and ${chatCheckIns.side} = 'talent')`,
      ),
    )
    .orderBy(asc(chats.startsAt))
    .limit(limit);
}

/** The event's no-shows, latest first: who did not come to which chat. */
export async function listNoShows(q: Queryable, eventId: string) {
  const rows = await q
    .select({
      chatId: chats.id,
      talent: { id: talent.id, name: talent.name },
      recruiter: { id: recruiter.id, name: recruiter.name },
      company: { id: companies.id, name: companies.name },
      startsAt: chats.startsAt,
    })
    .from(chats)
    .innerJoin(talent, eq(talent.id, chats.talentId))
    .innerJoin(recruiter, eq(recruiter.id, chats.recruiterId))
    .innerJoin(companies, eq(companies.id, recruiter.companyId))
    .where(and(eq(chats.eventId, eventId), eq(chats.state, 'no_show')))
    .orderBy(sql`${chats.startsAt} desc`, asc(chats.id));
  return rows.map((row) => ({ ...row, startsAt: row.startsAt! }));
}

/** A talent joins a recruiter's waitlist at an event; joining again keeps their place. */
export async function insertWaitlistEntry(
  q: Queryable,
  entry: { eventId: string; recruiterId: string; talentId: string; joinedAt: Date },
) {
  await q.insert(waitlistEntries).values(entry).onConflictDoNothing();
}

/** Whether the talent was on the list (false: nothing to remove). */
export async function deleteWaitlistEntry(
  q: Queryable,
  entry: { eventId: string; recruiterId: string; talentId: string },
): Promise<boolean> {
  const rows = await q
    .delete(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.eventId, entry.eventId),
        eq(waitlistEntries.recruiterId, entry.recruiterId),
        eq(waitlistEntries.talentId, entry.talentId),
      ),
    )
    .returning({ talentId: waitlistEntries.talentId });
  return rows.length > 0;
}

/** Takes talents off a recruiter's waitlist. */
export async function deleteWaitlistEntries(
  q: Queryable,
  input: { eventId: string; recruiterId: string; talentIds: string[] },
) {
  await q
    .delete(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.eventId, input.eventId),
        eq(waitlistEntries.recruiterId, input.recruiterId),
        inArray(waitlistEntries.talentId, input.talentIds),
      ),
    );
}

/** Places on waitlists are by the time of joining; talents who joined at the same instant by id. */
const waitlistPosition = sql<number>`(row_number() over (partition by ${waitlistEntries.recruiterId}
  order by ${waitlistEntries.joinedAt}, ${waitlistEntries.talentId}))::int`;

/** The talent's places on the waitlists of an event, with each recruiter's name. */
export async function listTalentWaitlists(q: Queryable, eventId: string, talentId: string) {
  const ranked = q
    .select({
      recruiterId: waitlistEntries.recruiterId,
      talentId: waitlistEntries.talentId,
      joinedAt: waitlistEntries.joinedAt,
      position: waitlistPosition.as('position'),
    })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.eventId, eventId),
        inArray(
          waitlistEntries.recruiterId,
          q
            .select({ id: waitlistEntries.recruiterId })
            .from(waitlistEntries)
            .where(and(eq(waitlistEntries.eventId, eventId), eq(waitlistEntries.talentId, talentId))),
        ),
      ),
    )
    .as('ranked');
  return q
    .select({
      recruiterId: ranked.recruiterId,
      recruiterName: users.name,
      position: ranked.position,
      joinedAt: ranked.joinedAt,
    })
    .from(ranked)
    .innerJoin(users, eq(users.id, ranked.recruiterId))
    .where(eq(ranked.talentId, talentId))
    .orderBy(asc(ranked.joinedAt));
}

/** How many talents wait for each recruiter of a company at an event (recruiters nobody waits for are left out). */
export async function countWaitlists(q: Queryable, eventId: string, companyId: string) {
  return q
    .select({ recruiterId: waitlistEntries.recruiterId, waiting: sql<number>`count(*)::int` })
    .from(waitlistEntries)
    .innerJoin(users, eq(users.id, waitlistEntries.recruiterId))
    .where(and(eq(waitlistEntries.eventId, eventId), eq(users.companyId, companyId)))
    .groupBy(waitlistEntries.recruiterId);
}

/**
 * Every recruiter someone waits for at an event with a day still to come (a day's date is on the event's clock, so
 * a day back from `now`'s UTC date is kept): those with a waitlist of their own, and every recruiter who confirmed
 * availability in a company with a waitlist, any of whom may free time for it. The clock's round of the sweep.
 */
export async function listWaitedForRecruiters(q: Queryable, now: Date) {
  const yesterday = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const upcoming = () =>
    q.select({ id: eventDays.eventId }).from(eventDays).where(gte(eventDays.date, yesterday));
  const ofCompanies = q
    .select({ eventId: companyWaitlistEntries.eventId, recruiterId: recruiterDetails.recruiterId })
    .from(companyWaitlistEntries)
    .innerJoin(users, eq(users.companyId, companyWaitlistEntries.companyId))
    .innerJoin(
      recruiterDetails,
      and(
        eq(recruiterDetails.eventId, companyWaitlistEntries.eventId),
        eq(recruiterDetails.recruiterId, users.id),
        isNotNull(recruiterDetails.confirmedAt),
      ),
    )
    .where(inArray(companyWaitlistEntries.eventId, upcoming()));
  return q
    .select({ eventId: waitlistEntries.eventId, recruiterId: waitlistEntries.recruiterId })
    .from(waitlistEntries)
    .where(inArray(waitlistEntries.eventId, upcoming()))
    .union(ofCompanies);
}

/** Advisory lock classes of the waitlist sweep (a recruiter's, their company's), beside the rule turns'. */
const WAITLIST_TURN = 3;
const COMPANY_WAITLIST_TURN = 4;

/**
 * Makes sweeps of one recruiter's waitlist (in any process) run one after the other, so two never offer the same
 * freed time to two talents only for one to lose at the exclusion constraint; then takes their company's turn, so
 * colleagues' sweeps, which share the company's waitlist, never offer one talent two times at once. Always in this
 * order, in one statement. Bookings do not take them.
 */
/** `someoneWaitsFor` as a statement of its own: a sweep with nobody to offer to takes no turn. */
export async function someoneWaits(q: Queryable, eventId: string, recruiterId: string): Promise<boolean> {
  const [row] = await q
    .select({ waits: someoneWaitsFor(eventId, recruiterId) })
    .from(users)
    .where(eq(users.id, recruiterId));
  return Boolean(row?.waits);
}

export async function takeWaitlistTurn(q: Queryable, eventId: string, recruiterId: string) {
  await q.execute(
    sql`select pg_advisory_xact_lock(${sql.raw(String(WAITLIST_TURN))}, hashtext(${eventId}::text || ${recruiterId}::text)),
      pg_advisory_xact_lock(${sql.raw(String(COMPANY_WAITLIST_TURN))}, hashtext(${eventId}::text
        || (select ${users.companyId} from ${users} where ${users.id} = ${recruiterId})::text))`,
  );
}

/**
 * The recruiter's waitlist in order, each talent with their open chat with the recruiter (if any): who may be
 * offered a time depends on it.
 */
export async function listWaitlist(q: Queryable, eventId: string, recruiterId: string) {
  return (
    q
      .select({
        talentId: waitlistEntries.talentId,
        joinedAt: waitlistEntries.joinedAt,
        openChatId: chats.id,
        openChatState: chats.state,
      })
      .from(waitlistEntries)
      // One open chat per pair at most (`chats_one_open_per_pair`): one row per talent.
      .leftJoin(
        chats,
        and(
          eq(chats.eventId, waitlistEntries.eventId),
          eq(chats.talentId, waitlistEntries.talentId),
          eq(chats.recruiterId, waitlistEntries.recruiterId),
          inArray(chats.state, [...openStates]),
        ),
      )
      .where(and(eq(waitlistEntries.eventId, eventId), eq(waitlistEntries.recruiterId, recruiterId)))
      .orderBy(asc(waitlistEntries.joinedAt), asc(waitlistEntries.talentId))
      .then((rows) =>
        rows.map(({ talentId, joinedAt, openChatId, openChatState }) => ({
          talentId,
          joinedAt,
          openChat: openChatId && openChatState ? { id: openChatId, state: openChatState } : null,
        })),
      )
  );
}

/** Offers whose hold has passed, locked for the clock; those locked elsewhere wait for the next round. */
export async function lockLapsedOffers(q: Queryable, now: Date, limit: number) {
  return q
    .select({ id: chats.id })
    .from(chats)
    .where(and(eq(chats.state, 'offered'), lte(chats.offerExpiresAt, now)))
    .orderBy(asc(chats.offerExpiresAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** The recruiter's company, whose team's pages show their chats and waitlist. */
export async function recruiterCompany(q: Queryable, recruiterId: string): Promise<string | null> {
  const [row] = await q.select({ companyId: users.companyId }).from(users).where(eq(users.id, recruiterId));
  return row?.companyId ?? null;
}

/** The talent's chats still going on, oldest first: what an account's deletion must call off. */
export async function listOpenChatsOfTalent(q: Queryable, talentId: string) {
  return q
    .select({ id: chats.id, state: chats.state, endsAt: chats.endsAt })
    .from(chats)
    .where(and(eq(chats.talentId, talentId), inArray(chats.state, [...openStates])))
    .orderBy(asc(chats.createdAt), asc(chats.id));
}

/**
 * Within an account's deletion: the talent's waitlist places go, and their words on chats others keep (answers to
 * recruiters' questions, messages in the history) become "(removed)".
 */
export async function forgetTalentInChats(q: Queryable, talentId: string): Promise<void> {
  await q.delete(waitlistEntries).where(eq(waitlistEntries.talentId, talentId));
  await q.delete(companyWaitlistEntries).where(eq(companyWaitlistEntries.talentId, talentId));
  await q
    .update(chats)
    .set({ talentAnswer: REMOVED_WORDS })
    .where(and(eq(chats.talentId, talentId), isNotNull(chats.talentAnswer)));
  await q
    .update(chatHistory)
    .set({ message: REMOVED_WORDS })
    .where(and(eq(chatHistory.actorId, talentId), isNotNull(chatHistory.message)));
}
