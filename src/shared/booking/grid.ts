import type { SlotStatus } from '../schemas/availability.schemas.js';
import { minutesToTime } from '../schemas/events.schemas.js';
import { utcToZoned, zonedTimeExists, zonedTimeToUtc } from '../time/zoned.js';
import { firstOverlapping, overlaps, type TimeRange } from './overlap.js';

export interface DayHours {
  /** `YYYY-MM-DD` in the event's zone. */
  date: string;
  /** Minutes after local midnight; 1440 closes the day at midnight. */
  opensAtMinute: number;
  closesAtMinute: number;
}

/** The duration a day's grid is drawn at until the recruiter chooses one: the shortest the organizer allows. */
export function defaultDuration(allowedDurations: readonly number[]): number {
  return Math.min(...allowedDurations);
}

/** Slot starts as local minutes of the day: from opening, one per duration, while the chat ends by closing time. */
export function slotStartMinutes(day: DayHours, durationMinutes: number): number[] {
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`A slot lasts a positive whole number of minutes, not ${durationMinutes}`);
  }
  const starts: number[] = [];
  for (
    let minute = day.opensAtMinute;
    minute + durationMinutes <= day.closesAtMinute;
    minute += durationMinutes
  ) {
    starts.push(minute);
  }
  return starts;
}

/**
 * The UTC instants at which a day's slots start. Slots follow the wall clock, since people pick them by the time
 * shown in the event's zone: on the night clocks go forward, starts inside the gap do not exist and are left out;
 * on the night they go back, a repeated wall time is its first occurrence.
 */
export function slotStarts(day: DayHours, durationMinutes: number, timeZone: string): Date[] {
  return slotStartMinutes(day, durationMinutes)
    .filter((minute) => zonedTimeExists(day.date, minute, timeZone))
    .map((minute) => zonedTimeToUtc(day.date, minute, timeZone));
}

/** A slot is past once it has started: one starting exactly now is still ahead. Instants in epoch milliseconds. */
const startedBy = (startsAtMs: number, nowMs: number): boolean => startsAtMs < nowMs;
const hasStarted = (slot: TimeRange, now: Date): boolean => startedBy(slot.startsAt.getTime(), now.getTime());

/** A slot lasts its duration in real time, so on a night the clocks change it may end at another wall time. */
function slotRange(startsAt: Date, durationMinutes: number): TimeRange {
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
}

interface SlotTemplate extends TimeRange {
  /** `HH:MM` on the event's clock. */
  label: string;
}

const templates = new Map<string, SlotTemplate[]>();
const MAX_TEMPLATES = 2_000;

/**
 * Every recruiter of a day shares the same few grids (one per duration), and zone arithmetic is the costly part:
 * the slots and labels are computed once per day, duration and zone.
 */
function daySlots(day: DayHours, durationMinutes: number, timeZone: string): readonly SlotTemplate[] {
  const key = `${day.date}|${day.opensAtMinute}|${day.closesAtMinute}|${durationMinutes}|${timeZone}`;
  let template = templates.get(key);
  if (!template) {
    template = slotStarts(day, durationMinutes, timeZone).map((startsAt) => ({
      ...slotRange(startsAt, durationMinutes),
      label: minutesToTime(utcToZoned(startsAt, timeZone).minute),
    }));
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
    templates.set(key, template);
  }
  return template;
}

/** The open starts that are real slots of the day at this duration: anything else is refused or dropped. */
export function validSlotStarts(day: DayHours, durationMinutes: number, timeZone: string): Set<number> {
  return new Set(daySlots(day, durationMinutes, timeZone).map((slot) => slot.startsAt.getTime()));
}

export interface GridInput<B extends TimeRange> {
  day: DayHours;
  timeZone: string;
  durationMinutes: number;
  /** The starts the recruiter opened. */
  openStarts: readonly Date[];
  /** The chats that hold the recruiter's time. */
  bookings: readonly B[];
  now: Date;
}

export interface GridSlot<B extends TimeRange> extends SlotTemplate {
  status: SlotStatus;
  /** The chat holding the slot, when it is booked. */
  booking: B | undefined;
  /** Started already: a slot starting exactly now is still ahead. */
  past: boolean;
}

/**
 * A recruiter's slot grid for one day: every slot the day's hours allow at the chosen duration, booked when a chat
 * holding the recruiter's time overlaps it (whatever its duration), available when the recruiter opened it, off
 * otherwise.
 */
export function slotGrid<B extends TimeRange>(input: GridInput<B>): GridSlot<B>[] {
  const open = new Set(input.openStarts.map((d) => d.getTime()));
  return daySlots(input.day, input.durationMinutes, input.timeZone).map((slot) => {
    const booking = firstOverlapping(slot, input.bookings);
    return {
      ...slot,
      status: booking ? 'booked' : open.has(slot.startsAt.getTime()) ? 'available' : 'off',
      booking,
      past: hasStarted(slot, input.now),
    };
  });
}

/** What the two rules below read of a slot: the grid's own slots and the API's alike. */
interface SlotPhase {
  status: SlotStatus;
  past: boolean;
}

/** Whether a talent can still book the slot: opened, not booked, not started. */
export const isFree = (slot: SlotPhase): boolean => slot.status === 'available' && !slot.past;

/** Whether the recruiter may still open or close the slot: not started and not booked by a talent. */
export const isEditable = (slot: SlotPhase): boolean => !slot.past && slot.status !== 'booked';

/** The recruiter's free slots that a talent may pick: those overlapping none of the talent's own booked chats. */
export function freeSlotsFor<S extends SlotPhase & TimeRange>(
  grid: readonly S[],
  talentBookings: readonly TimeRange[],
): S[] {
  return grid.filter((slot) => isFree(slot) && !firstOverlapping(slot, talentBookings));
}

/**
 * The starts (epoch milliseconds, in order) of the slots a talent could book before they start: opened, and held by
 * no chat. Those still free at an instant are the ones from `firstFreeIndex` on, so the talents' recruiter list
 * keeps these and answers as time passes without reading them again.
 */
export function unheldSlotStarts(input: Omit<GridInput<TimeRange>, 'now'>): number[] {
  const open = new Set(input.openStarts.map((d) => d.getTime()));
  const starts: number[] = [];
  for (const slot of daySlots(input.day, input.durationMinutes, input.timeZone)) {
    const at = slot.startsAt.getTime();
    if (open.has(at) && !input.bookings.some((booking) => overlaps(slot, booking))) starts.push(at);
  }
  return starts;
}

/**
 * Where the slots of `unheldSlotStarts` still free at `nowMs` begin (the length when none is): a binary search,
 * since a whole page of recruiters asks at each request.
 */
export function firstFreeIndex(unheldStartsMs: readonly number[], nowMs: number): number {
  let low = 0;
  let high = unheldStartsMs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startedBy(unheldStartsMs[middle]!, nowMs)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many slots a talent could still book, as `slotGrid` and `isFree` would count them, without building the
 * grid: the team overview counts this for every recruiter and day of an event.
 */
export function countFreeSlots(input: GridInput<TimeRange>): number {
  const starts = unheldSlotStarts(input);
  return starts.length - firstFreeIndex(starts, input.now.getTime());
}
