import type {
  BookableRecruitersQuery,
  DayAvailabilityInput,
  DaySlotCounts,
  RecruiterAvailability,
  RecruiterDetailsInput,
} from '../../../shared/schemas/availability.schemas.js';
import { TeamMember, TeamOverviewResponse } from '../../../shared/schemas/availability.schemas.js';
import { recruiterBookingMode } from '../../../shared/booking/booking-window.js';
import { earliestBookableStart } from '../../../shared/booking/fair-use.js';
import {
  countFreeSlots,
  defaultDuration,
  slotGrid,
  unheldSlotStarts,
  validSlotStarts,
} from '../../../shared/booking/grid.js';
import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { TimeRange } from '../../../shared/booking/overlap.js';
import type { AppContext, SessionUser } from '../../context.js';
import { firstNotBefore, type TeamValue, teamCacheOf } from '../../infra/cache/team-cache.js';
import { dateName, requestTranslator } from '../../i18n/index.js';
import type { Queryable } from '../../infra/db/client.js';
import { onField } from '../../infra/http/errors.js';
import { appSignal } from '../../infra/signals/app-signal.js';
import { type EventRow, eventErrors, loadEventForViewer } from '../events/index.js';
import { type EventDayRow, findDaysOfEvent, shareLockDay } from '../events/index.js';
import { availabilityErrors } from './availability.errors.js';
import { loadColleague, loadTeamScope } from './availability.policy.js';
import {
  type Booking,
  type KeptDay,
  type KeptRecruiter,
  keptDay,
  presentBookablePage,
  presentDetails,
  presentRecruiterDay,
  sharedRecruiterJson,
  type RecruiterDayGrid,
} from './availability.presenters.js';
import * as repo from './availability.repository.js';
import type { BookableListCache, SharedPage } from './availability.list-cache.js';

type AvailabilityRow = Awaited<ReturnType<typeof repo.listAvailabilityDays>>[number];

/** A recruiter's days and the chats holding their time (with the talent's name when the grid shows it). */
interface RecruiterDaysInput<B extends TimeRange> {
  event: EventRow;
  days: EventDayRow[];
  availability: AvailabilityRow[];
  bookings: (B & { eventDayId: string })[];
  now: Date;
}

/** One recruiter's grid for every day of the event. */
export function recruiterDayGrids<B extends TimeRange>(input: RecruiterDaysInput<B>): RecruiterDayGrid<B>[] {
  return input.days.map((day) => {
    const row = input.availability.find((a) => a.eventDayId === day.id);
    const bookings = input.bookings.filter((b) => b.eventDayId === day.id);
    return {
      day,
      chosenDuration: row?.durationMinutes ?? null,
      bookings,
      slots: slotGrid({
        day,
        timeZone: input.event.timeZone,
        durationMinutes: row?.durationMinutes ?? defaultDuration(day.durations),
        openStarts: row?.openSlotStarts ?? [],
        bookings,
        now: input.now,
      }),
    };
  });
}

/** One recruiter's free and booked slot counts per day, without building grids (see `countFreeSlots`). */
function countRecruiterDays(input: RecruiterDaysInput<TimeRange>): DaySlotCounts[] {
  return input.days.map((day) => {
    const row = input.availability.find((a) => a.eventDayId === day.id);
    const bookings = input.bookings.filter((b) => b.eventDayId === day.id);
    return {
      dayId: day.id,
      date: day.date,
      mode: day.mode,
      durationMinutes: row?.durationMinutes ?? null,
      free: row
        ? countFreeSlots({
            day,
            timeZone: input.event.timeZone,
            durationMinutes: row.durationMinutes,
            openStarts: row.openSlotStarts,
            bookings,
            now: input.now,
          })
        : 0,
      booked: bookings.length,
    };
  });
}

/** What every action on one recruiter's availability names: who acts, at which event, for which colleague. */
interface ColleagueInput {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
}

async function loadColleagueScope(input: ColleagueInput) {
  const scope = await loadTeamScope(input.ctx.db, input.user, input.eventId);
  const recruiter = await loadColleague(input.ctx.db, scope, input.recruiterId);
  return { scope, recruiter };
}

export async function getAvailability(input: ColleagueInput): Promise<RecruiterAvailability> {
  const { scope, recruiter } = await loadColleagueScope(input);
  return readAvailability(input.ctx.db, scope.event, recruiter, input.ctx.now());
}

async function readAvailability(
  q: Queryable,
  event: EventRow,
  recruiter: { id: string; name: string; email: string },
  now: Date,
): Promise<RecruiterAvailability> {
  const [days, availability, bookings, details] = await Promise.all([
    findDaysOfEvent(q, event.id),
    repo.listAvailabilityDays(q, event.id, [recruiter.id]),
    repo.listBookingsWithTalentNames(q, event.id, [recruiter.id]),
    repo.findDetails(q, event.id, recruiter.id),
  ]);
  return {
    recruiter: { id: recruiter.id, name: recruiter.name, email: recruiter.email },
    details: presentDetails(details),
    days: recruiterDayGrids({ event, days, availability, bookings, now }).map(presentRecruiterDay),
  };
}

/**
 * Sets one day's duration and opened slots. Booked slots stay held whatever the request says, and a day with
 * booked chats keeps its duration: the chats would otherwise no longer fit the grid.
 */
export async function setDayAvailability(
  input: ColleagueInput & { dayId: string; body: DayAvailabilityInput },
): Promise<RecruiterAvailability> {
  const { ctx, body } = input;
  const now = ctx.now();
  const { scope, recruiter } = await loadColleagueScope(input);
  await ctx.db.transaction(async (tx) => {
    // The day first, then the recruiter's row, in the order bookings take them: the organizer's edit of the day
    // either commits before this reads the day's durations and hours, or waits and sees this choice.
    const day = await shareLockDay(tx, scope.event.id, { id: input.dayId });
    if (!day) throw availabilityErrors.day_not_found();
    const requested = checkedSlotStarts(day, body, scope.event.timeZone);
    const current = await repo.lockAvailabilityDay(tx, day.id, recruiter.id, 'update');
    const bookings = (await repo.listBookingsWithTalentNames(tx, scope.event.id, [recruiter.id])).filter(
      (b) => b.eventDayId === day.id,
    );
    if (bookings.length > 0 && current && current.durationMinutes !== body.durationMinutes) {
      throw availabilityErrors.duration_locked(
        requestTranslator().t('errors.availability.durationLocked', {
          bookings: describeBookings(bookings, scope.event.timeZone),
        }),
      );
    }
    const open = new Map(requested.map((d) => [d.getTime(), d]));
    for (const booking of bookings) open.set(booking.startsAt.getTime(), booking.startsAt);
    await repo.upsertAvailabilityDay(tx, {
      eventDayId: day.id,
      recruiterId: recruiter.id,
      durationMinutes: body.durationMinutes,
      openSlotStarts: [...open.values()].sort((a, b) => a.getTime() - b.getTime()),
      updatedAt: now,
    });
  });
  await announceAvailabilityChanged(ctx, scope, recruiter.id);
  return readAvailability(ctx.db, scope.event, recruiter, now);
}

/** The starts asked for, if the day allows the duration and each is one of its slots at that duration. */
function checkedSlotStarts(day: EventDayRow, body: DayAvailabilityInput, timeZone: string): Date[] {
  if (!day.durations.includes(body.durationMinutes)) throw availabilityErrors.duration_not_allowed();
  const valid = validSlotStarts(day, body.durationMinutes, timeZone);
  const requested = body.openSlotStarts.map((s) => new Date(s));
  const invalid = requested.find((start) => !valid.has(start.getTime()));
  if (invalid) {
    throw availabilityErrors.not_a_slot(
      requestTranslator().t('errors.availability.notASlot', {
        start: invalid.toISOString(),
        date: dateName(day.date),
        minutes: body.durationMinutes,
      }),
    );
  }
  return requested;
}

/** "09:00 with Ada Lovelace, 10:30 with Alan Turing", on the event's clock, in the request's language. */
function describeBookings(bookings: Booking[], timeZone: string): string {
  const { t } = requestTranslator();
  return [...bookings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((b) =>
      t('errors.availability.bookingWith', {
        clock: minutesToTime(utcToZoned(b.startsAt, timeZone).minute),
        name: b.talentName,
      }),
    )
    .join(', ');
}

export async function setDetails(
  input: ColleagueInput & { body: RecruiterDetailsInput },
): Promise<RecruiterAvailability> {
  const { ctx } = input;
  const { scope, recruiter } = await loadColleagueScope(input);
  if (input.body.requiresApproval && !scope.event.recruitersMayRequireApproval) {
    throw onField(availabilityErrors.approval_not_allowed(), 'requiresApproval');
  }
  await repo.upsertDetails(ctx.db, {
    eventId: scope.event.id,
    recruiterId: recruiter.id,
    ...input.body,
    updatedAt: ctx.now(),
  });
  await ctx.invalidations.invalidate('event', scope.event.id);
  await announceAvailabilityChanged(ctx, scope, recruiter.id);
  return readAvailability(ctx.db, scope.event, recruiter, ctx.now());
}

/** Publishes the recruiter to talents. Needs at least one open slot; later edits are live at once. */
export async function confirmAvailability(input: ColleagueInput): Promise<RecruiterAvailability> {
  const { ctx } = input;
  const now = ctx.now();
  const { scope, recruiter } = await loadColleagueScope(input);
  const current = await readAvailability(ctx.db, scope.event, recruiter, now);
  if (!current.days.some((day) => day.slots.some((slot) => slot.status !== 'off'))) {
    throw availabilityErrors.nothing_to_confirm();
  }
  await repo.setConfirmedAt(ctx.db, scope.event.id, recruiter.id, now);
  await ctx.invalidations.invalidate('event', scope.event.id);
  await announceAvailabilityChanged(ctx, scope, recruiter.id);
  return readAvailability(ctx.db, scope.event, recruiter, now);
}

/**
 * The overview behind `Manage 1-1 Chats`: every colleague, set up or not, with slot and request counts. As JSON
 * checked against `TeamOverviewResponse` as the route's serializer would (and sent past it): the team's is kept as
 * JSON, and a request only marks the viewer's own member.
 */
export async function teamOverview(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<string> {
  const { ctx } = input;
  const now = ctx.now();
  const scope = await loadTeamScope(ctx.db, input.user, input.eventId);
  const team = await teamCacheOf(ctx).get(
    { eventId: scope.event.id, companyId: scope.companyId },
    'overview',
    now,
    () => readTeamOverview(ctx.db, scope, now),
  );
  const members = team.members.map(({ member, json }) =>
    member.recruiter.id === input.user.id
      ? JSON.stringify(TeamMember.parse({ ...member, isMe: true }))
      : json,
  );
  // In the order of `TeamOverviewResponse`'s keys, as its serializer writes them.
  return `{"company":${team.companyJson},"members":[${members.join(',')}]}`;
}

/** The overview as every member of the team sees it: each member as JSON, and as data to mark the viewer's own. */
interface KeptTeamOverview {
  companyJson: string;
  members: { member: Omit<TeamMember, 'isMe'>; json: string }[];
}

/** The overview as every member of the team sees it, and until when it holds. */
async function readTeamOverview(
  q: Queryable,
  scope: { event: EventRow; companyId: string },
  now: Date,
): Promise<TeamValue<KeptTeamOverview>> {
  const [company, days, team] = await Promise.all([
    repo.findCompanyAtEvent(q, scope.event.id, scope.companyId),
    findDaysOfEvent(q, scope.event.id),
    repo.readTeam(q, scope.event.id, scope.companyId, now),
  ]);
  const members = team.map((member) => {
    const countOf = (state: string) =>
      member.counts.filter((c) => c.state === state).reduce((sum, c) => sum + c.n, 0);
    return {
      recruiter: member.recruiter,
      setUp: member.availability.length > 0,
      confirmed: member.confirmed,
      days: countRecruiterDays({
        event: scope.event,
        days,
        availability: member.availability,
        bookings: member.bookings,
        now,
      }),
      counts: {
        requested: countOf('requested'),
        invited: countOf('invited'),
        in_scheduling: countOf('in_scheduling'),
        confirmed: countOf('confirmed'),
        declined: countOf('declined'),
        completed: countOf('completed'),
      },
    };
  });
  // Free slots change when an open slot starts; a booked chat reads as completed once it ends.
  const until = firstNotBefore(
    now.getTime(),
    team.flatMap((member) => [
      ...member.availability.flatMap((row) => row.openSlotStarts.map((start) => start.getTime())),
      ...member.bookings.map((booking) => booking.endsAt.getTime()),
    ]),
  );
  return {
    value: {
      companyJson: JSON.stringify(
        TeamOverviewResponse.shape.company.parse({
          id: company!.id,
          name: company!.name,
          booth: company!.booth,
        }),
      ),
      members: members.map((member) => ({
        member,
        json: JSON.stringify(TeamMember.parse({ ...member, isMe: false })),
      })),
    },
    until,
  };
}

function teamTopics(scope: { event: EventRow; companyId: string }) {
  return [liveTopics.companyAtEvent(scope.companyId, scope.event.id), liveTopics.event(scope.event.id)];
}

/** A recruiter whose availability changed, told to the modules that use a recruiter's free time. */
interface AvailabilityChange {
  eventId: string;
  recruiterId: string;
}

const availabilityChanged = appSignal<AppContext, AvailabilityChange>();

/**
 * Hears of every change of a recruiter's slots, details or confirmation (time they opened may be offered to
 * someone waiting), in the background of the request that made it. Returns the function that stops listening.
 */
export const onAvailabilityChanged = availabilityChanged.listen;

/** The team's pages show the change live; the listeners of `onAvailabilityChanged` hear of it. */
async function announceAvailabilityChanged(
  ctx: AppContext,
  scope: { event: EventRow; companyId: string },
  recruiterId: string,
) {
  await ctx.live.publish(teamTopics(scope), {
    type: 'availability.changed',
    eventId: scope.event.id,
    recruiterId,
  });
  ctx.background.run(() => availabilityChanged.emit(ctx, { eventId: scope.event.id, recruiterId }));
}

/** The part of the list kept per event, the same for every talent. */
export type BookableListPages = BookableListCache<KeptRecruiter>;

/**
 * The recruiters a talent can request at an event, a page at a time: confirmed availability, company attending,
 * with free slots per day. Filtering and keyset paging happen in SQL; slots are read for the page only.
 * Pages are kept in memory per event (`availability.list-cache.ts`), except those filtered by day or mode, whose
 * members change as time passes, and those of the talent's favourites; only the talent's open chats and favourites
 * are read for each request. A kept page holds the
 * slots that are free until they start, so what is free at the time of asking is worked out for each request.
 */
export async function listBookableRecruiters(input: {
  ctx: AppContext;
  pages: BookableListPages;
  user: SessionUser;
  eventId: string;
  query: BookableRecruitersQuery;
}): Promise<string> {
  const { ctx, user, query, pages } = input;
  const now = ctx.now();
  const after = query.cursor === undefined ? undefined : repo.decodeRecruiterCursor(query.cursor);
  if (query.cursor !== undefined && !after) throw availabilityErrors.bad_cursor();
  const { event, openChats, favouriteIds } = await loadTalentsListing(ctx.db, user, input.eventId);
  const freeFrom = earliestBookableStart(event, now);
  const load = () => readSharedPage(ctx.db, event, query, after, freeFrom);
  const readPage = () => {
    if (query.favourites) return readFavouritesPage(ctx.db, event, query, after, freeFrom, favouriteIds);
    if (query.dayId || query.mode) return load();
    return pages.page(event.id, pageKey(query), load);
  };
  const [page, summary] = await Promise.all([readPage(), pages.summary(ctx.db, event.id)]);
  return presentBookablePage({
    recruiters: page.recruiters,
    nextCursor: page.nextCursor,
    askedAt: { freeFromMs: freeFrom.getTime(), today: utcToZoned(now, event.timeZone).date },
    openChats,
    favouriteIds,
    bookableCount: summary.count,
    facets: { languages: summary.languages, topics: summary.topics },
  });
}

/** `loadEventForViewer`'s check for the talents' list, read in one statement with the talent's open chats. */
async function loadTalentsListing(q: Queryable, user: SessionUser, eventId: string) {
  const found = await repo.findEventWithOpenChats(q, user, eventId);
  if (!found?.takesPart) throw eventErrors.not_found();
  if (user.role !== 'talent') throw availabilityErrors.talents_only();
  return found;
}

/**
 * The recruiters the talent's list shows with these filters (same query, same checks), with their details, at
 * most `limit` of them in the list's order.
 */
export async function listBookableRecruiterDetails(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: Pick<BookableRecruitersQuery, 'q' | 'language' | 'topic' | 'dayId' | 'mode' | 'favourites'>;
  limit: number;
}) {
  const { ctx, query } = input;
  const { event, favouriteIds } = await loadTalentsListing(ctx.db, input.user, input.eventId);
  if (query.favourites && favouriteIds.length === 0) return [];
  return repo.listConfirmedRecruiters(ctx.db, event.id, {
    q: query.q,
    language: query.language,
    topic: query.topic,
    dayId: query.dayId,
    mode: query.mode,
    onlyAmong: query.favourites ? favouriteIds : undefined,
    freeFrom: earliestBookableStart(event, ctx.now()),
    limit: input.limit,
  });
}

/** The filters and place in the list that make a page, spelt the same whatever the order of the query string. */
function pageKey(query: BookableRecruitersQuery): string {
  const { language, topic, q, recruiterId, cursor, pageSize } = query;
  return JSON.stringify([language, topic, q, recruiterId, cursor, pageSize]);
}

/**
 * A page of the talent's favourites among the listed recruiters: never kept, since it is one talent's; a talent
 * without favourites costs no more statement.
 */
function readFavouritesPage(
  q: Queryable,
  event: EventRow,
  query: BookableRecruitersQuery,
  after: repo.RecruiterCursor | undefined,
  freeFrom: Date,
  favouriteIds: string[],
): Promise<SharedPage<KeptRecruiter>> {
  if (favouriteIds.length === 0) return Promise.resolve({ recruiters: [], nextCursor: null });
  return readSharedPage(q, event, query, after, freeFrom, favouriteIds);
}

/** A page of recruiters; `freeFrom` only decides who passes the day or mode filter, which is never kept. */
async function readSharedPage(
  q: Queryable,
  event: EventRow,
  query: BookableRecruitersQuery,
  after: repo.RecruiterCursor | undefined,
  freeFrom: Date,
  onlyAmong?: string[],
): Promise<SharedPage<KeptRecruiter>> {
  const [rows, days] = await Promise.all([
    // One more than the page: whether it exists says if there is a next page.
    repo.listConfirmedRecruiters(q, event.id, {
      ...query,
      onlyAmong,
      freeFrom,
      limit: query.pageSize + 1,
      after,
    }),
    findDaysOfEvent(q, event.id),
  ]);
  const recruiters = rows.slice(0, query.pageSize);
  const last = recruiters.at(-1);
  const ids = recruiters.map((r) => r.id);
  const [availability, bookings] =
    ids.length > 0
      ? await Promise.all([repo.listAvailabilityDays(q, event.id, ids), repo.listBookings(q, event.id, ids)])
      : [[], []];
  const availabilityByRecruiter = groupBy(availability, (a) => a.recruiterId);
  const bookingsByRecruiter = groupBy(bookings, (b) => b.recruiterId);
  const keptDays = (recruiterId: string): KeptDay[] => {
    const setUp = availabilityByRecruiter.get(recruiterId) ?? [];
    const held = bookingsByRecruiter.get(recruiterId) ?? [];
    return days.flatMap((day) => {
      const row = setUp.find((a) => a.eventDayId === day.id);
      if (!row) return [];
      const { durationMinutes } = row;
      const unheld = unheldSlotStarts({
        day,
        timeZone: event.timeZone,
        durationMinutes,
        openStarts: row.openSlotStarts,
        bookings: held.filter((b) => b.eventDayId === day.id),
      });
      return [keptDay({ dayId: day.id, date: day.date, mode: day.mode, durationMinutes }, unheld)];
    });
  };
  return {
    recruiters: recruiters.map((r) => ({
      id: r.id,
      json: sharedRecruiterJson({
        id: r.id,
        name: r.name,
        company: { id: r.companyId, name: r.companyName, booth: r.booth },
        bookingMode: recruiterBookingMode(event, r),
        details: {
          backgrounds: r.backgrounds,
          levels: r.levels,
          languages: r.languages,
          topics: r.topics,
          customQuestion: r.customQuestion,
        },
      }),
      days: keptDays(r.id),
    })),
    nextCursor:
      rows.length > query.pageSize && last
        ? repo.encodeRecruiterCursor({ companyName: last.companyName, name: last.name, id: last.id })
        : null,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What names one talent's favourite: the talent asking, the event and the recruiter. */
interface FavouriteInput {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
}

/** The event, if the user is a talent taking part in it: favourites are theirs alone. */
async function loadTalentEvent(input: FavouriteInput): Promise<EventRow> {
  const { event, viewerRole } = await loadEventForViewer(input.ctx.db, input.user, input.eventId);
  if (viewerRole !== 'talent') throw availabilityErrors.favourites_for_talents();
  return event;
}

/** Tells the talent's other tabs, whose lists show the mark. */
function announceFavourites(input: FavouriteInput, event: EventRow) {
  return input.ctx.live.publish([liveTopics.user(input.user.id)], {
    type: 'favourites.changed',
    eventId: event.id,
  });
}

/**
 * Marks a recruiter listed at the event (confirmed, company attending) as one of the talent's favourites. Marking is
 * not booking: the booking window does not matter. Marking twice keeps one mark.
 */
export async function addFavourite(input: FavouriteInput): Promise<void> {
  const { ctx, recruiterId } = input;
  const event = await loadTalentEvent(input);
  const [listed] = await repo.listConfirmedRecruiters(ctx.db, event.id, {
    recruiterId,
    freeFrom: ctx.now(),
    limit: 1,
  });
  if (!listed) throw availabilityErrors.recruiter_not_listed();
  await repo.addFavourite(ctx.db, { eventId: event.id, talentId: input.user.id, recruiterId });
  await announceFavourites(input, event);
}

/**
 * Removes the mark, whether or not the recruiter is still listed (a recruiter who stops taking chats stays
 * removable). Removing a mark that is not there changes nothing.
 */
export async function removeFavourite(input: FavouriteInput): Promise<void> {
  const event = await loadTalentEvent(input);
  await repo.removeFavourite(input.ctx.db, {
    eventId: event.id,
    talentId: input.user.id,
    recruiterId: input.recruiterId,
  });
  await announceFavourites(input, event);
}
