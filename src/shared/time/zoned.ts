/**
 * Wall-clock times in an IANA zone ↔ UTC instants, with nothing but `Intl` (no dependency, same result on the
 * server and in the browser, whatever zone the machine itself runs in).
 *
 * A local time is a calendar date (`YYYY-MM-DD`) and minutes after that date's midnight; minutes past 1440 roll into
 * the following days, so `24:00` closes a day.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23: some engines print midnight as 24 with `hour12: false`.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `timeZone` at `epochMs`, read as if it were UTC, in milliseconds. */
function wallClockMs(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const epochMs = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockMs(epochMs, timeZone) - epochMs) / MINUTE_MS);
}

function formatDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar date, in milliseconds; refuses anything but a real `YYYY-MM-DD`. */
function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const epochMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(epochMs) || formatDate(epochMs) !== date)
    throw new RangeError(`Not a calendar date: ${date}`);
  return epochMs;
}

/** `2030-03-31` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY_MS);
}

/**
 * The instant at which the clocks of `timeZone` show `minute` minutes after midnight of `date`.
 *
 * Around a DST change it decides as `Temporal`'s "compatible" disambiguation and most calendars do: a time that
 * occurs twice (clocks set back) is its first occurrence; a time that does not exist (clocks set forward) is moved
 * forward by the length of the gap (02:30 on the night Berlin jumps from 02:00 to 03:00 is 03:30 summer time).
 */
export function zonedTimeToUtc(date: string, minute: number, timeZone: string): Date {
  const wall = parseDate(date) + minute * MINUTE_MS;
  // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
  const before = zoneOffsetMinutes(new Date(wall - DAY_MS), timeZone);
  const after = zoneOffsetMinutes(new Date(wall + DAY_MS), timeZone);
  const matching = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((epochMs) => wallClockMs(epochMs, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? wall - before * MINUTE_MS);
}

/** The calendar date and minute of the day that the clocks of `timeZone` show at an instant. */
export function utcToZoned(instant: Date, timeZone: string): { date: string; minute: number } {
  const wall = wallClockMs(Math.floor(instant.getTime() / 1000) * 1000, timeZone);
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return { date: formatDate(midnight), minute: Math.floor((wall - midnight) / MINUTE_MS) };
}

/** True when the clocks of `timeZone` show this date and minute at some instant (false inside a DST gap). */
export function zonedTimeExists(date: string, minute: number, timeZone: string): boolean {
  const instant = zonedTimeToUtc(date, minute, timeZone);
  return wallClockMs(instant.getTime(), timeZone) === parseDate(date) + minute * MINUTE_MS;
}

/** An instant as ISO 8601 on the clocks of `timeZone`, with their offset: `2030-07-15T09:00:00+02:00`. */
export function isoInZone(instant: Date, timeZone: string): string {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = zoneOffsetMinutes(instant, timeZone);
  const wall = new Date(seconds + offset * MINUTE_MS).toISOString().slice(0, 19);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}
