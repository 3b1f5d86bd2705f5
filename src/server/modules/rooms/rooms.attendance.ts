/** How long a stay counts as present without a heartbeat (sockets beat every 25 s). */
export const PRESENCE_STALE_MS = 75_000;

export interface Stay {
  userId: string;
  joinedAt: Date;
  leftAt: Date | null;
  lastSeenAt: Date;
}

export interface PersonAttendance {
  userId: string;
  firstJoinedAt: Date;
  lastLeftAt: Date | null;
  seconds: number;
}

/** When a stay ended: when its person left, now if still present, else when it was last seen (a lost process). */
function stayEnd(stay: Stay, now: Date): Date {
  if (stay.leftAt) return stay.leftAt;
  return now.getTime() - stay.lastSeenAt.getTime() < PRESENCE_STALE_MS ? now : stay.lastSeenAt;
}

/**
 * Who attended and for how long, per person. Stays of one person that overlap (two tabs, a reload) count once;
 * `lastLeftAt` is null while the person is still in the room.
 */
export function summarizeAttendance(stays: readonly Stay[], now: Date): PersonAttendance[] {
  const byUser = new Map<string, { start: number; end: number; open: boolean }[]>();
  for (const stay of stays) {
    const intervals = byUser.get(stay.userId) ?? [];
    const end = stayEnd(stay, now);
    intervals.push({ start: stay.joinedAt.getTime(), end: end.getTime(), open: end === now });
    byUser.set(stay.userId, intervals);
  }
  return [...byUser].map(([userId, intervals]) => {
    intervals.sort((a, b) => a.start - b.start);
    let total = 0;
    let coveredUntil = Number.NEGATIVE_INFINITY;
    for (const { start, end } of intervals) {
      const from = Math.max(start, coveredUntil);
      if (end > from) total += end - from;
      coveredUntil = Math.max(coveredUntil, end);
    }
    const present = intervals.some((interval) => interval.open);
    return {
      userId,
      firstJoinedAt: new Date(intervals[0]!.start),
      lastLeftAt: present ? null : new Date(coveredUntil),
      seconds: Math.round(total / 1000),
    };
  });
}
