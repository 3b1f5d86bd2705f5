import fc from 'fast-check';
import type { DayHours } from './grid.js';
import type { TimeRange } from './overlap.js';

/*
 * Generators shared by the booking rules' property tests (and the SQL agreement tests on the server): days on
 * and around the nights the clocks change, durations that do and do not divide the day, and chats around them.
 */

const MINUTE = 60_000;

/** Zones with and without daylight saving time, and one whose offset is not whole hours. */
export const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata');

/** The nights Berlin (last Sundays of March and October) and New York (March and November) change clocks, and plain days. */
const dates = fc.constantFrom(
  '2030-03-31',
  '2030-10-27',
  '2030-03-10',
  '2030-11-03',
  '2030-06-10',
  '2030-01-15',
);

/** 7, 25 and 45 do not divide an hour or the day; the rest are the organizer's usual choices. */
export const durations = fc.constantFrom(7, 15, 20, 25, 30, 45, 60);

export const dayHours = (duration: number): fc.Arbitrary<DayHours> =>
  fc
    .record({
      date: dates,
      opensAtMinute: fc.integer({ min: 0, max: 1440 - duration }),
      length: fc.integer({ min: duration, max: 1440 }),
    })
    .map(({ date, opensAtMinute, length }) => ({
      date,
      opensAtMinute,
      closesAtMinute: Math.min(1440, opensAtMinute + length),
    }));

/** A chat of some whole minutes, starting within `minutes` after `from`. */
export const rangeNear = (from: Date, minutes: number): fc.Arbitrary<TimeRange> =>
  fc
    .record({ offset: fc.integer({ min: -120, max: minutes }), length: fc.integer({ min: 1, max: 120 }) })
    .map(({ offset, length }) => ({
      startsAt: new Date(from.getTime() + offset * MINUTE),
      endsAt: new Date(from.getTime() + (offset + length) * MINUTE),
    }));
