import { describe, expect, it } from 'vitest';
import { PRESENCE_STALE_MS, summarizeAttendance } from './rooms.attendance.js';

const at = (hhmmss: string) => new Date(`2030-03-04T${hhmmss}Z`);

describe('attendance', () => {
  it('adds up a person’s stays and counts overlapping ones once', () => {
    const summary = summarizeAttendance(
      [
        { userId: 'talent', joinedAt: at('08:00:00'), leftAt: at('08:10:00'), lastSeenAt: at('08:10:00') },
        // A second tab from 08:05 to 08:12 overlaps the first for five minutes.
        { userId: 'talent', joinedAt: at('08:05:00'), leftAt: at('08:12:00'), lastSeenAt: at('08:12:00') },
        { userId: 'talent', joinedAt: at('08:20:00'), leftAt: at('08:21:30'), lastSeenAt: at('08:21:30') },
      ],
      at('09:00:00'),
    );
    expect(summary).toEqual([
      {
        userId: 'talent',
        firstJoinedAt: at('08:00:00'),
        lastLeftAt: at('08:21:30'),
        seconds: 12 * 60 + 90,
      },
    ]);
  });

  it('counts a present person up to now, and a lost connection up to when it was last seen', () => {
    const now = at('08:30:00');
    const [present, lost] = summarizeAttendance(
      [
        { userId: 'recruiter', joinedAt: at('08:00:00'), leftAt: null, lastSeenAt: at('08:29:50') },
        {
          userId: 'talent',
          joinedAt: at('08:00:00'),
          leftAt: null,
          lastSeenAt: new Date(now.getTime() - PRESENCE_STALE_MS - 1000),
        },
      ],
      now,
    );
    expect(present).toMatchObject({ userId: 'recruiter', lastLeftAt: null, seconds: 30 * 60 });
    expect(lost).toMatchObject({ userId: 'talent', seconds: 30 * 60 - 76 });
    expect(lost!.lastLeftAt).toEqual(new Date(now.getTime() - PRESENCE_STALE_MS - 1000));
  });
});
