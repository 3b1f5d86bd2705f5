import { defaultDuration, type DayHours } from '../../../shared/booking/grid.js';
import {
  dayRange,
  estimatedWaitMinutes,
  type QueueDay,
  recruiterGapAt,
  walkInDayAt,
} from '../../../shared/booking/walk-in.js';
import type { BoothQueueResponse, BoothsResponse } from '../../../shared/schemas/booths.schemas.js';
import type { Chat } from '../../../shared/schemas/chats.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import { type Queryable, sqlConstraint, sqlState } from '../../infra/db/client.js';
import { publication } from '../../infra/live/live.hub.js';
import { presentChat, settleWalkInRace, startWalkInChat } from '../chats/index.js';
import { type EventRow, findDaysOfEvent, loadEventForViewer } from '../events/index.js';
import { deliverNotices, notifiedAnnouncement } from '../notifications/index.js';
import { boothErrors } from './booths.errors.js';
import { presentGap, presentLine, presentTalentEntry } from './booths.presenters.js';
import * as repo from './booths.repository.js';

/** Where the event's queues stand now: the in-person day under way, if any. */
async function queueDayOf(q: Queryable, event: EventRow, now: Date) {
  const days = await findDaysOfEvent(q, event.id);
  return { days, day: walkInDayAt(days, now, event.timeZone) };
}

const opening = (event: EventRow, day: QueueDay | undefined) => ({
  open: day !== undefined,
  closesAt: day ? dayRange(day, event.timeZone).endsAt.toISOString() : null,
});

/** Queues take no one while no in-person day is under way: today is not one, or it has not opened or is over. */
function refuseClosedQueue(
  event: EventRow,
  days: readonly (DayHours & { mode: string })[],
  now: Date,
): never {
  const today = utcToZoned(now, event.timeZone).date;
  throw days.some((d) => d.mode === 'in_person' && d.date === today)
    ? boothErrors.not_under_way()
    : boothErrors.not_in_person();
}

async function loadForTalent(ctx: AppContext, user: SessionUser, eventId: string) {
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, eventId);
  if (viewerRole !== 'talent') throw boothErrors.talents_only();
  return event;
}

async function loadForRecruiter(ctx: AppContext, user: SessionUser, eventId: string) {
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, eventId);
  const booth =
    viewerRole === 'recruiter' && user.companyId && (await repo.findBooth(ctx.db, event.id, user.companyId));
  if (!booth) throw boothErrors.recruiters_only();
  return { event, booth };
}

/** How long the talent at `position` of a company's line may wait, from who of the company works today. */
async function waitAt(q: Queryable, event: EventRow, day: QueueDay, companyId: string, now: Date) {
  const staff = await repo.staffOf(q, { companyId, eventDayId: day.id, day: dayRange(day, event.timeZone) });
  const freeNow = staff.filter(
    (r) => recruiterGapAt({ now, bookings: r.bookings, day, timeZone: event.timeZone }).free,
  );
  return (position: number) =>
    estimatedWaitMinutes({
      position,
      durationMinutes: defaultDuration(day.durations),
      recruitersWorking: staff.length,
      recruitersFreeNow: freeNow.length,
    });
}

/** The talent's view: every booth, and their own place and estimated wait where they queue. */
export async function listBooths(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<BoothsResponse> {
  const { ctx, user } = input;
  const event = await loadForTalent(ctx, user, input.eventId);
  return boothsOf(ctx, event, user.id);
}

async function boothsOf(ctx: AppContext, event: EventRow, talentId: string): Promise<BoothsResponse> {
  const now = ctx.now();
  const { day } = await queueDayOf(ctx.db, event, now);
  const [booths, entries] = await Promise.all([
    repo.listBooths(ctx.db, event.id, day?.id ?? null),
    day ? repo.activeEntriesOf(ctx.db, day.id, talentId) : [],
  ]);
  return {
    ...opening(event, day),
    booths: await Promise.all(
      booths.map(async (booth) => {
        const mine = entries.find((e) => e.entry.companyId === booth.companyId);
        const wait =
          mine && day && mine.entry.state === 'waiting'
            ? await waitAt(ctx.db, event, day, booth.companyId, now)
            : undefined;
        return { ...booth, entry: mine ? presentTalentEntry(mine, wait) : null };
      }),
    ),
  };
}

/** After a queue's change commits: its booth's places moved for everyone watching the event. */
const boothChanged = (eventId: string, companyId: string) =>
  publication([liveTopics.event(eventId)], { type: 'booths.changed', eventId, companyId });

/** A talent joins a booth's queue while an in-person day is under way; once per booth, at several booths at once. */
export async function joinQueue(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
}): Promise<BoothsResponse> {
  const { ctx, user } = input;
  const event = await loadForTalent(ctx, user, input.eventId);
  if (!(await repo.findBooth(ctx.db, event.id, input.companyId))) throw boothErrors.booth_not_found();
  const now = ctx.now();
  const { days, day = refuseClosedQueue(event, days, now) } = await queueDayOf(ctx.db, event, now);
  const deliver = await ctx.db
    .transaction(async (tx) => {
      await repo.insertEntry(tx, {
        eventId: event.id,
        eventDayId: day.id,
        companyId: input.companyId,
        talentId: user.id,
        joinedAt: now,
      });
      return ctx.live.publishWithin(tx, [boothChanged(event.id, input.companyId)]);
    })
    .catch((error) => {
      if (sqlState(error) === '23505' && sqlConstraint(error) === 'booth_queue_one_active_per_talent')
        throw boothErrors.already_queued();
      throw error;
    });
  deliver();
  return boothsOf(ctx, event, user.id);
}

/** A talent leaves a booth's queue, waiting or called; not being in it changes nothing. */
export async function leaveQueue(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
}): Promise<BoothsResponse> {
  const { ctx, user } = input;
  const event = await loadForTalent(ctx, user, input.eventId);
  if (!(await repo.findBooth(ctx.db, event.id, input.companyId))) throw boothErrors.booth_not_found();
  const deliver = await ctx.db.transaction(async (tx) => {
    const left = await repo.leaveEntry(tx, {
      eventId: event.id,
      companyId: input.companyId,
      talentId: user.id,
      now: ctx.now(),
    });
    return left.length > 0 ? ctx.live.publishWithin(tx, [boothChanged(event.id, input.companyId)]) : () => {};
  });
  deliver();
  return boothsOf(ctx, event, user.id);
}

/** The recruiter's view: their company's line and whether they are in a gap now. */
export async function boothQueue(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<BoothQueueResponse> {
  const { ctx, user } = input;
  const { event, booth } = await loadForRecruiter(ctx, user, input.eventId);
  return queueOf(ctx, event, booth, user);
}

async function queueOf(
  ctx: AppContext,
  event: EventRow,
  booth: { companyId: string; companyName: string; location: string },
  user: SessionUser,
): Promise<BoothQueueResponse> {
  const now = ctx.now();
  const { day } = await queueDayOf(ctx.db, event, now);
  const line = day ? await repo.lineOf(ctx.db, day.id, booth.companyId) : [];
  const bookings = day ? await repo.recruiterBookings(ctx.db, [user.id], dayRange(day, event.timeZone)) : [];
  return {
    ...opening(event, day),
    companyName: booth.companyName,
    location: booth.location,
    gap: day ? presentGap(recruiterGapAt({ now, bookings, day, timeZone: event.timeZone })) : null,
    ...presentLine(line),
  };
}

/**
 * Within the change's transaction: the talent hears from the booth in the app only (too late by email to walk
 * there), and the queue's pages are told it moved. Returns what to announce after commit.
 */
async function tellTalent(
  ctx: AppContext,
  tx: Queryable,
  input: {
    kind: 'booth_called' | 'booth_missed';
    talentId: string;
    event: { id: string; name: string };
    booth: { companyId: string; companyName: string };
    user: SessionUser;
    now: Date;
  },
) {
  const { event, booth, user } = input;
  const notified = await deliverNotices(tx, input.now, [
    {
      userId: input.talentId,
      notification: {
        kind: input.kind,
        eventId: event.id,
        actorId: user.id,
        params: { eventName: event.name, companyName: booth.companyName, otherName: user.name },
      },
    },
  ]);
  return ctx.live.publishWithin(tx, [
    boothChanged(event.id, booth.companyId),
    ...notifiedAnnouncement(notified),
  ]);
}

/**
 * `Call next`: the first waiting talent of the recruiter's booth is called, told in the app (the bell and the live
 * page) to come to the booth. Two recruiters calling at once call two different talents (`callFirstWaiting`).
 */
export async function callNext(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<BoothQueueResponse> {
  const { ctx, user } = input;
  const { event, booth } = await loadForRecruiter(ctx, user, input.eventId);
  const now = ctx.now();
  const { days, day = refuseClosedQueue(event, days, now) } = await queueDayOf(ctx.db, event, now);
  const deliver = await ctx.db.transaction(async (tx) => {
    const called = await repo.callFirstWaiting(tx, {
      eventDayId: day.id,
      companyId: booth.companyId,
      recruiterId: user.id,
      now,
    });
    if (!called) throw boothErrors.queue_empty();
    return tellTalent(ctx, tx, { kind: 'booth_called', talentId: called.talentId, event, booth, user, now });
  });
  deliver();
  return queueOf(ctx, event, booth, user);
}

/** Locks a called entry of the recruiter's booth, or says why it cannot be acted on. */
async function lockCalled(tx: Queryable, input: { entryId: string; eventId: string; companyId: string }) {
  const entry = await repo.lockEntry(tx, input);
  if (!entry) throw boothErrors.entry_not_found();
  if (entry.state !== 'called') throw boothErrors.not_called();
  return entry;
}

/**
 * `Start chat`: a walk-in chat between the called talent and the recruiter, from now to the end of the recruiter's
 * gap, booked under the same constraints as any booking (`startWalkInChat`); the entry is served by it.
 */
export async function startChat(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  entryId: string;
}): Promise<Chat> {
  const { ctx, user } = input;
  const { event, booth } = await loadForRecruiter(ctx, user, input.eventId);
  const now = ctx.now();
  const { view, deliver } = await ctx.db
    .transaction(async (tx) => {
      const entry = await lockCalled(tx, {
        entryId: input.entryId,
        eventId: event.id,
        companyId: booth.companyId,
      });
      const started = await startWalkInChat(ctx, tx, {
        user,
        eventId: event.id,
        talentId: entry.talentId,
        now,
      });
      await repo.endEntry(tx, entry.id, { state: 'served', endedAt: now, chatId: started.view.chat.id });
      const announced = await ctx.live.publishWithin(tx, [boothChanged(event.id, booth.companyId)]);
      return {
        view: started.view,
        deliver: () => {
          started.deliver();
          announced();
        },
      };
    })
    .catch(settleWalkInRace);
  deliver();
  return presentChat(view, now);
}

/** `Not here`: the called talent did not come; their entry ends as no answer, and they are told in the app. */
export async function notHere(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  entryId: string;
}): Promise<BoothQueueResponse> {
  const { ctx, user } = input;
  const { event, booth } = await loadForRecruiter(ctx, user, input.eventId);
  const now = ctx.now();
  const deliver = await ctx.db.transaction(async (tx) => {
    const entry = await lockCalled(tx, {
      entryId: input.entryId,
      eventId: event.id,
      companyId: booth.companyId,
    });
    await repo.endEntry(tx, entry.id, { state: 'no_answer', endedAt: now });
    // Their place is gone from their page: the bell says why, and that they may queue again.
    return tellTalent(ctx, tx, { kind: 'booth_missed', talentId: entry.talentId, event, booth, user, now });
  });
  deliver();
  return queueOf(ctx, event, booth, user);
}
