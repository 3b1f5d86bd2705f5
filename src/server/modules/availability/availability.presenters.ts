import type { GridSlot } from '../../../shared/booking/grid.js';
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

/** A listed recruiter as every talent sees them; each talent's own open chat with them is added per request. */
export type SharedBookableRecruiter = Omit<BookableRecruiter, 'openChat'>;

/**
 * A listed recruiter's JSON, written once when their page is kept, without its closing brace: each talent's
 * `openChat` goes last. Pages are served as written here, past the route's serializer, which would otherwise check
 * and write every recruiter of every page again for each request (`availability.list-cache.test.ts` checks the
 * answers against the response schema).
 */
export function sharedRecruiterJson(recruiter: SharedBookableRecruiter): string {
  return JSON.stringify(recruiter).slice(0, -1);
}

/** The list's answer, as JSON, from the kept parts and the talent's own open chats. */
export function presentBookablePage(input: {
  recruiters: readonly { id: string; json: string }[];
  nextCursor: string | null;
  openChats: readonly ({ recruiterId: string } & NonNullable<BookableRecruiter['openChat']>)[];
  bookableCount: number;
  facets: BookableRecruitersResponse['facets'];
}): string {
  const openChatWith = new Map(input.openChats.map((c) => [c.recruiterId, c]));
  const recruiters = input.recruiters.map((r) => {
    const open = openChatWith.get(r.id);
    return `${r.json},"openChat":${open ? JSON.stringify({ id: open.id, state: open.state }) : 'null'}}`;
  });
  return `{"recruiters":[${recruiters.join(',')}],"nextCursor":${JSON.stringify(input.nextCursor)},"bookableCount":${input.bookableCount},"facets":${JSON.stringify(input.facets)}}`;
}
