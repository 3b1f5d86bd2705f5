import type { Slot } from '../../../shared/schemas/availability.schemas.js';
import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import { type DayHours, slotStarts } from '../../../shared/time/slots.js';
import { utcToZoned } from '../../../shared/time/zoned.js';

export interface Booking {
  chatId: string;
  talentName: string;
  startsAt: Date;
  endsAt: Date;
}

export interface GridInput {
  day: DayHours;
  timeZone: string;
  durationMinutes: number;
  openStarts: readonly Date[];
  bookings: readonly Booking[];
  now: Date;
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

interface SlotTemplate {
  startsAt: Date;
  label: string;
}

const templates = new Map<string, SlotTemplate[]>();
const MAX_TEMPLATES = 2_000;

/**
 * Every recruiter of a day shares the same few grids (one per duration), and zone arithmetic is the costly part:
 * the starts and labels are computed once per day, duration and zone.
 */
function slotTemplate(day: DayHours, durationMinutes: number, timeZone: string): SlotTemplate[] {
  const key = `${day.date}|${day.opensAtMinute}|${day.closesAtMinute}|${durationMinutes}|${timeZone}`;
  let template = templates.get(key);
  if (!template) {
    template = slotStarts(day, durationMinutes, timeZone).map((startsAt) => ({
      startsAt,
      label: minutesToTime(utcToZoned(startsAt, timeZone).minute),
    }));
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
    templates.set(key, template);
  }
  return template;
}

/**
 * A recruiter's slot grid for one day: every slot the day's hours allow at the chosen duration, marked booked when a
 * confirmed chat overlaps it, available when the recruiter opened it, off otherwise.
 */
export function buildSlotGrid(input: GridInput): Slot[] {
  const open = new Set(input.openStarts.map((d) => d.getTime()));
  return slotTemplate(input.day, input.durationMinutes, input.timeZone).map(({ startsAt, label }) => {
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const booking = input.bookings.find((b) => overlaps(b, { startsAt, endsAt }));
    return {
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      label,
      status: booking ? 'booked' : open.has(startsAt.getTime()) ? 'available' : 'off',
      bookedWith: booking ? { chatId: booking.chatId, talentName: booking.talentName } : null,
      past: startsAt < input.now,
    };
  });
}

/**
 * How many slots a talent could still book, without building the grid: the talents' recruiter list counts this
 * for every recruiter and day of an event, so it works on numbers only.
 */
export function countFreeSlots(input: GridInput): number {
  const open = new Set(input.openStarts.map((d) => d.getTime()));
  const durationMs = input.durationMinutes * 60_000;
  const now = input.now.getTime();
  let free = 0;
  for (const { startsAt } of slotTemplate(input.day, input.durationMinutes, input.timeZone)) {
    const start = startsAt.getTime();
    if (start < now || !open.has(start)) continue;
    const end = start + durationMs;
    if (!input.bookings.some((b) => b.startsAt.getTime() < end && start < b.endsAt.getTime())) free++;
  }
  return free;
}

/** Whether a talent can still book the slot: opened, not booked, not started. */
export function isFree(slot: Slot): boolean {
  return slot.status === 'available' && !slot.past;
}

export function freeSlots(grid: readonly Slot[]): Slot[] {
  return grid.filter(isFree);
}

/** The open starts that are real slots of the day at this duration: anything else is refused or dropped. */
export function validSlotStarts(day: DayHours, durationMinutes: number, timeZone: string): Set<number> {
  return new Set(slotTemplate(day, durationMinutes, timeZone).map((slot) => slot.startsAt.getTime()));
}
