import { firstFreeIndex, type GridSlot } from '../../../shared/booking/grid.js';
import type {
  BookableRecruiter,
  BookableRecruitersResponse,
  DayAvailability,
  RecruiterDetails,
  Slot,
} from '../../../shared/schemas/availability.schemas.js';
import type { DetailsRow } from './availability.repository.js';
import type { TimeRange } from '../../../shared/booking/overlap.js';
import type { EventDayRow } from '../events/index.js';

export interface Booking extends TimeRange {
  chatId: string;
  talentName: string;
}

export interface RecruiterDayGrid<B extends TimeRange = Booking> {
  day: EventDayRow;
  chosenDuration: number | null;
  bookings: B[];
  slots: GridSlot<B>[];
}

export function presentDetails(row: DetailsRow | undefined): RecruiterDetails {
  return {
    backgrounds: row?.backgrounds ?? [],
    levels: row?.levels ?? [],
    languages: row?.languages ?? [],
    topics: row?.topics ?? [],
    customQuestion: row?.customQuestion ?? null,
    requiresApproval: row?.requiresApproval ?? false,
    confirmedAt: row?.confirmedAt?.toISOString() ?? null,
  };
}

/** A slot of the grid as the API writes it; whom it is booked with only names the chat and the talent. */
function presentSlot(slot: GridSlot<Booking>): Slot {
  return {
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    label: slot.label,
    status: slot.status,
    bookedWith: slot.booking ? { chatId: slot.booking.chatId, talentName: slot.booking.talentName } : null,
    past: slot.past,
  };
}

export function presentRecruiterDay(grid: RecruiterDayGrid): DayAvailability {
  const { day } = grid;
  return {
    dayId: day.id,
    date: day.date,
    mode: day.mode,
    allowedDurations: [...day.durations].sort((a, b) => a - b),
    durationMinutes: grid.chosenDuration,
    durationLocked: grid.bookings.length > 0,
    slots: grid.slots.map(presentSlot),
  };
}

/** A listed recruiter as every talent sees them, apart from what changes as time passes and each talent's own. */
export type SharedBookableRecruiter = Omit<
  BookableRecruiter,
  'days' | 'nextFreeSlot' | 'freeSlotsToday' | 'openChat' | 'favourite'
>;

/** A day the recruiter set up, as kept with their page: what is free on it depends on when the page is asked for. */
export interface KeptDay {
  /** The day's JSON up to its free count: `{"dayId":…,"free":`. */
  json: string;
  /** `YYYY-MM-DD` in the event's zone. */
  date: string;
  durationMinutes: number;
  /** `unheldSlotStarts` of the day. */
  unheldStartsMs: number[];
  /** The JSON of each slot once it has been the next free one: dates are slow to write, and it stays next a while. */
  slotJson: (string | undefined)[];
}

/** A listed recruiter as kept with their page: their id, their shared JSON, and their days. */
export interface KeptRecruiter {
  id: string;
  json: string;
  days: KeptDay[];
}

/**
 * A listed recruiter's JSON, written once when their page is kept, without its closing brace: the free slots at the
 * time of asking and each talent's `openChat` and `favourite` go last. Pages are served as written here, past the route's
 * serializer, which would otherwise check and write every recruiter of every page again for each request
 * (`availability.list-cache.test.ts` checks the answers against the response schema).
 */
export function sharedRecruiterJson(recruiter: SharedBookableRecruiter): string {
  return JSON.stringify(recruiter).slice(0, -1);
}

/** A day as kept, from its fields and its `unheldSlotStarts`. */
export function keptDay(
  day: Omit<BookableRecruiter['days'][number], 'free'> & { durationMinutes: number },
  unheldStartsMs: number[],
): KeptDay {
  const { dayId, date, mode, durationMinutes } = day;
  return {
    json: `${JSON.stringify({ dayId, date, mode, durationMinutes }).slice(0, -1)},"free":`,
    date,
    durationMinutes,
    unheldStartsMs,
    slotJson: [],
  };
}

/** `{"startsAt":…,"endsAt":…}` of a kept slot; it lasts its duration in real time, as the grid's slots do. */
function slotJsonOf(day: KeptDay, index: number): string {
  let json = day.slotJson[index];
  if (json === undefined) {
    const startsAt = day.unheldStartsMs[index]!;
    json = JSON.stringify({
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + day.durationMinutes * 60_000).toISOString(),
    });
    day.slotJson[index] = json;
  }
  return json;
}

/** When the list is asked for: slots starting before `freeFromMs` are no longer free; `today` is the event's date. */
export interface AskedAt {
  freeFromMs: number;
  today: string;
}

/** `"days":[…],"nextFreeSlot":…,"freeSlotsToday":…` of a kept recruiter, as they stand when asked. */
function freeSlotsJson(days: readonly KeptDay[], at: AskedAt): string {
  let next: { day: KeptDay; index: number } | undefined;
  let today = 0;
  const written = days.map((day) => {
    const index = firstFreeIndex(day.unheldStartsMs, at.freeFromMs);
    const free = day.unheldStartsMs.length - index;
    if (free > 0 && (!next || day.unheldStartsMs[index]! < next.day.unheldStartsMs[next.index]!)) {
      next = { day, index };
    }
    if (day.date === at.today) today += free;
    return `${day.json}${free}}`;
  });
  const nextFreeSlot = next ? slotJsonOf(next.day, next.index) : 'null';
  return `"days":[${written.join(',')}],"nextFreeSlot":${nextFreeSlot},"freeSlotsToday":${today}`;
}

/**
 * The list's answer, as JSON, from the kept parts, the time of asking and the talent's own open chats and favourites.
 */
export function presentBookablePage(input: {
  recruiters: readonly KeptRecruiter[];
  nextCursor: string | null;
  askedAt: AskedAt;
  openChats: readonly ({ recruiterId: string } & NonNullable<BookableRecruiter['openChat']>)[];
  favouriteIds: readonly string[];
  bookableCount: number;
  facets: BookableRecruitersResponse['facets'];
}): string {
  const openChatWith = new Map(input.openChats.map((c) => [c.recruiterId, c]));
  const favourites = new Set(input.favouriteIds);
  const recruiters = input.recruiters.map((r) => {
    const open = openChatWith.get(r.id);
    const openChat = open ? JSON.stringify({ id: open.id, state: open.state }) : 'null';
    return `${r.json},${freeSlotsJson(r.days, input.askedAt)},"openChat":${openChat},"favourite":${favourites.has(r.id)}}`;
  });
  return `{"recruiters":[${recruiters.join(',')}],"nextCursor":${JSON.stringify(input.nextCursor)},"bookableCount":${input.bookableCount},"facets":${JSON.stringify(input.facets)}}`;
}
