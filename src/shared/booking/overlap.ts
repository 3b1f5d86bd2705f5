/** A stretch of time from `startsAt` up to, not including, `endsAt`. */
export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Whether two ranges share any instant. Ranges are half-open, so a chat ending at 10:00 and one starting at 10:00
 * only touch: back-to-back chats are allowed, as the database's exclusion constraints (`[)` ranges) allow them.
 */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  // `getTime()` rather than comparing the dates: `<` on objects converts both through `valueOf`, ten times slower in
  // V8, and the team overview and booking checks compare tens of thousands of slots with bookings.
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The first of `ranges` that overlaps `range`, if any. */
export function firstOverlapping<T extends TimeRange>(range: TimeRange, ranges: readonly T[]): T | undefined {
  return ranges.find((other) => overlaps(range, other));
}
