import type { Event, EventDayInput, EventInput } from '../../../shared/schemas/events.schemas.js';
import {
  isPlannedInThePast,
  pastDateMessage,
  timeToMinutes,
} from '../../../shared/schemas/events.schemas.js';
import { pickBookingRules } from '../../../shared/booking/fair-use.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import { dateName, requestTranslator } from '../../i18n/index.js';
import type { Queryable } from '../../infra/db/client.js';
import { eventErrors } from './events.errors.js';
import { publishEventChanged } from './events.live.js';
import { findOrphanedChats } from './events.orphans.js';
import { type EventViewerRole, loadEventAsOrganizer, loadEventForViewer } from './events.policy.js';
import { presentEvent, presentSummary } from './events.presenters.js';
import * as repo from './events.repository.js';
import type { EventRow } from './events.repository.js';

const toDayValues = (day: EventDayInput): repo.NewEventDay => ({
  date: day.date,
  mode: day.mode,
  opensAtMinute: timeToMinutes(day.opensAt),
  closesAtMinute: timeToMinutes(day.closesAt),
  durations: [...day.durations].sort((a, b) => a - b),
});

const toEventFields = (input: EventInput): repo.EventFields => ({
  name: input.name,
  description: input.description,
  timeZone: input.timeZone,
  requestPolicy: input.requestPolicy,
  bookingMode: input.bookingMode,
  bookingsOpenAt: input.bookingsOpenAt === null ? null : new Date(input.bookingsOpenAt),
  bookingsCloseAt: input.bookingsCloseAt === null ? null : new Date(input.bookingsCloseAt),
  recruitersMayRequireApproval: input.recruitersMayRequireApproval,
  noShowAfterMinutes: input.noShowAfterMinutes,
  autoMarkNoShows: input.autoMarkNoShows,
  ...pickBookingRules(input.rules),
  ...input.offerHolds,
});

async function present(q: Queryable, event: EventRow, viewerRole: EventViewerRole): Promise<Event> {
  const days = await repo.findDaysOfEvent(q, event.id);
  const organizer = await repo.findOrganizer(q, event.organizerId);
  return presentEvent({ event, days, organizer, viewerRole });
}

export async function listEvents(input: { ctx: AppContext; user: SessionUser }) {
  const rows = await repo.listEventSummaries(input.ctx.db, input.user);
  return { events: rows.map(presentSummary) };
}

export async function getEvent(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<Event> {
  const { event, viewerRole } = await loadEventForViewer(input.ctx.db, input.user, input.eventId);
  return present(input.ctx.db, event, viewerRole);
}

/** Refuses days planned in the past (`isPlannedInThePast`), each named under its own date field. */
function refusePastDays(ctx: AppContext, event: EventInput, savedDates: Map<string, string>): void {
  const today = utcToZoned(ctx.now(), event.timeZone).date;
  const fields: Record<string, string> = {};
  event.days.forEach((day, index) => {
    const savedDate = day.id ? savedDates.get(day.id) : undefined;
    if (isPlannedInThePast({ date: day.date, savedDate }, today))
      fields[`days.${index}.date`] = pastDateMessage();
  });
  const past = Object.keys(fields).length;
  if (past === 0) return;
  throw eventErrors.date_in_past(
    requestTranslator().t('errors.events.pastDays', {
      count: past,
      today: dateName(today),
      timeZone: event.timeZone,
    }),
    { fields },
  );
}

/** A new event starts as a draft that only its organizer sees. */
export async function createEvent(input: {
  ctx: AppContext;
  user: SessionUser;
  event: EventInput;
}): Promise<Event> {
  const { ctx, user } = input;
  refusePastDays(ctx, input.event, new Map());
  return ctx.db.transaction(async (tx) => {
    const event = await repo.insertEvent(tx, {
      ...toEventFields(input.event),
      organizerId: user.id,
      now: ctx.now(),
    });
    await repo.insertDays(tx, event.id, input.event.days.map(toDayValues));
    return present(tx, event, 'organizer');
  });
}

/**
 * Replaces the event's settings and days: days with an id are updated, others created, missing ones removed.
 * Everything is checked and written in one transaction that holds the event and its days locked, so no chat can
 * be booked in between and left outside the new plan.
 */
export async function updateEvent(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  event: EventInput;
}): Promise<Event> {
  const { ctx, user, eventId } = input;
  const { changed, deliver } = await ctx.db.transaction(async (tx) => {
    await loadEventAsOrganizer(tx, user, eventId);
    const event = await repo.lockEvent(tx, eventId);
    const before = await repo.findDaysOfEvent(tx, eventId, { lock: true });
    const beforeById = new Map(before.map((day) => [day.id, day]));
    if (input.event.days.some((day) => day.id && !beforeById.has(day.id))) throw eventErrors.unknown_day();
    refusePastDays(ctx, input.event, new Map(before.map((day) => [day.id, day.date])));
    const after = input.event.days.map((day) => ({ id: day.id, ...toDayValues(day) }));

    const problems = findOrphanedChats({
      before: { timeZone: event.timeZone, days: before },
      after: { timeZone: input.event.timeZone, days: after },
      booked: await repo.findBookedChats(tx, eventId),
      durationsInUse: await repo.findDurationsInUse(tx, eventId),
      words: requestTranslator(),
    });
    if (problems.length > 0) {
      throw eventErrors.would_orphan_chats(
        requestTranslator().t('errors.events.wouldOrphan', { problems: problems.join(' ') }),
      );
    }
    const removed = before.filter((day) => !after.some((next) => next.id === day.id)).map((day) => day.id);
    const heldOn = await repo.findDatesWithHeldChats(tx, removed);
    if (heldOn.length > 0) {
      throw eventErrors.day_has_history(
        requestTranslator().t('errors.events.dayHasHistory', {
          dates: heldOn.map((date) => dateName(date)).join(', '),
          count: heldOn.length,
        }),
      );
    }

    await repo.detachUnbookedChats(tx, removed);
    await repo.deleteDays(tx, removed);
    const updated = await repo.updateEvent(tx, eventId, { ...toEventFields(input.event), now: ctx.now() });
    const kept = after.filter((day) => day.id !== undefined);
    await repo.parkDays(
      tx,
      kept.filter((day) => beforeById.get(day.id!)!.date !== day.date).map((day) => day.id!),
    );
    for (const { id, ...day } of kept) {
      await repo.updateDay(tx, id!, day);
      const dropped = beforeById.get(id!)!.durations.filter((d) => !day.durations.includes(d));
      await repo.deleteAvailabilityWithDurations(tx, id!, dropped);
    }
    await repo.insertDays(
      tx,
      eventId,
      after.filter((day) => day.id === undefined),
    );
    return {
      changed: await present(tx, updated, 'organizer'),
      deliver: await publishEventChanged(ctx, tx, eventId),
    };
  });
  deliver();
  return changed;
}

export async function setPublished(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  published: boolean;
}): Promise<Event> {
  const { ctx } = input;
  const { updated, deliver } = await ctx.db.transaction(async (tx) => {
    const event = await loadEventAsOrganizer(tx, input.user, input.eventId);
    const wanted = input.published ? (event.publishedAt ?? ctx.now()) : null;
    const updated = await repo.setPublishedAt(tx, event.id, wanted, ctx.now());
    return { updated, deliver: await publishEventChanged(ctx, tx, event.id) };
  });
  deliver();
  return present(ctx.db, updated, 'organizer');
}
