import { describe, expect, it } from 'vitest';
import {
  canCheckIn,
  canSayRunningLate,
  checkInRefusal,
  noShowRefusal,
  talentPresence,
} from './attendance.js';

const at = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);
const chat = { state: 'confirmed', startsAt: at('10:00'), endsAt: at('10:30') };

describe('check-in', () => {
  it('opens 10 minutes before the start, from that instant, and closes at the end', () => {
    expect(checkInRefusal(chat, at('09:49'))).toBe('too_early');
    expect(checkInRefusal(chat, at('09:50'))).toBeNull();
    expect(checkInRefusal(chat, at('10:29'))).toBeNull();
    expect(checkInRefusal(chat, at('10:30'))).toBe('ended');
    expect(canCheckIn(chat, at('10:00'))).toBe(true);
    expect(canCheckIn({ ...chat, state: 'no_show' }, at('10:00'))).toBe(false);
  });
  it('lets a talent say they run late until the end', () => {
    expect(canSayRunningLate(chat, at('08:00'))).toBe(true);
    expect(canSayRunningLate(chat, at('10:29'))).toBe(true);
    expect(canSayRunningLate(chat, at('10:30'))).toBe(false);
  });
});

describe('no-shows', () => {
  const base = { startsAt: at('10:00'), noShowAfterMinutes: 5, talentCheckedIn: false };
  it('may be marked from the start plus the minutes on, unless the talent checked in', () => {
    expect(noShowRefusal({ ...base, now: new Date(at('10:05').getTime() - 1) })).toBe('too_early');
    expect(noShowRefusal({ ...base, now: at('10:05') })).toBeNull();
    expect(noShowRefusal({ ...base, talentCheckedIn: true, now: at('10:20') })).toBe('checked_in');
  });
  it('tells the recruiter where the talent stands', () => {
    const talent = { startsAt: at('10:00'), talentCheckedIn: false, runningLateMinutes: null };
    expect(talentPresence(talent, at('09:55'))).toBe('expected');
    expect(talentPresence(talent, at('10:00'))).toBe('late');
    expect(talentPresence({ ...talent, runningLateMinutes: 5 }, at('10:01'))).toBe('running_late');
    expect(talentPresence({ ...talent, talentCheckedIn: true, runningLateMinutes: 5 }, at('10:01'))).toBe(
      'here',
    );
  });
});
