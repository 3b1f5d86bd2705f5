/**
 * Events "of today" for tests that need chats around now: in one of three zones, one of which is always in the
 * daytime, whatever the hour the suite runs at.
 */

/** Tokyo (UTC+9), Berlin (UTC+1/+2), Los Angeles (UTC−8/−7); whole-hour offsets, so a UTC minute is one there too. */
const DAYTIME_ZONES = [
  { timeZone: 'Asia/Tokyo', shown: 'Tokyo' },
  { timeZone: 'Europe/Berlin', shown: 'Berlin' },
  { timeZone: 'America/Los_Angeles', shown: 'Los Angeles' },
];

/** `YYYY-MM-DD` and minutes after midnight on the wall clock of `timeZone` at `at`. */
function wallClock(timeZone: string, at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The zone whose clock now reads nearest `minute` after midnight, with its date and minute now. */
export function zoneNearest(minute: number) {
  const now = new Date();
  return DAYTIME_ZONES.map((zone) => ({ ...zone, ...wallClock(zone.timeZone, now) })).sort(
    (a, b) => Math.abs(a.minute - minute) - Math.abs(b.minute - minute),
  )[0]!;
}

/** `HH:MM` of minutes after midnight. */
export const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** `HH:MM` of `instant` on the wall clock of `timeZone`. */
export const clockOf = (instant: Date, timeZone: string) => clock(wallClock(timeZone, instant).minute);
