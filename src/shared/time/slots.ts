import { zonedTimeExists, zonedTimeToUtc } from './zoned.js';

export interface DayHours {
  /** `YYYY-MM-DD` in the event's zone. */
  date: string;
  /** Minutes after local midnight; 1440 closes the day at midnight. */
  opensAtMinute: number;
  closesAtMinute: number;
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
