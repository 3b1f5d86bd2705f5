import { pickBookingRules } from '../../../shared/booking/fair-use.js';
import type { Event, EventDay, EventSummary } from '../../../shared/schemas/events.schemas.js';
import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import type { EventViewerRole } from './events.policy.js';
import type { EventRow } from './events.repository.js';
import type { EventDayRow, listEventSummaries } from './events.repository.js';

function presentDay(day: EventDayRow): EventDay {
  return {
    id: day.id,
    date: day.date,
    mode: day.mode,
    opensAt: minutesToTime(day.opensAtMinute),
    closesAt: minutesToTime(day.closesAtMinute),
    durations: [...day.durations].sort((a, b) => a - b),
  };
}

export function presentEvent(input: {
  event: EventRow;
  days: EventDayRow[];
  organizer: { id: string; name: string };
  viewerRole: EventViewerRole;
}): Event {
  const { event } = input;
  return {
    id: event.id,
    name: event.name,
    description: event.description,
    timeZone: event.timeZone,
    requestPolicy: event.requestPolicy,
    bookingMode: event.bookingMode,
    bookingsOpenAt: event.bookingsOpenAt?.toISOString() ?? null,
    bookingsCloseAt: event.bookingsCloseAt?.toISOString() ?? null,
    recruitersMayRequireApproval: event.recruitersMayRequireApproval,
    rules: pickBookingRules(event),
    noShowAfterMinutes: event.noShowAfterMinutes,
    autoMarkNoShows: event.autoMarkNoShows,
    offerHolds: {
      offerHoldMinutes: event.offerHoldMinutes,
      offerHoldMinutesOnEventDays: event.offerHoldMinutesOnEventDays,
    },
    published: event.publishedAt !== null,
    organizer: input.organizer,
    days: [...input.days].sort((a, b) => a.date.localeCompare(b.date)).map(presentDay),
    viewerRole: input.viewerRole,
  };
}

export function presentSummary(row: Awaited<ReturnType<typeof listEventSummaries>>[number]): EventSummary {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    dayCount: Number(row.dayCount),
    published: row.publishedAt !== null,
  };
}
