import type { GridSlot } from '../../../shared/booking/grid.js';
import type {
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
