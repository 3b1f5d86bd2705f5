import { describe, expect, it } from 'vitest';
import { bookingWindowAt, recruiterBookingMode, recruitersChooseApproval } from './booking-window.js';

const at = (iso: string) => new Date(iso);
const berlin = 'Europe/Berlin';
// Thursday 5 March 2026, 09:00 in Berlin (UTC+1) to Friday 6 March, 18:00.
const window = { bookingsOpenAt: at('2026-03-05T08:00:00Z'), bookingsCloseAt: at('2026-03-06T17:00:00Z') };

describe('the booking window', () => {
  it('is open at all times when neither end is set', () => {
    const none = { bookingsOpenAt: null, bookingsCloseAt: null };
    expect(bookingWindowAt(none, at('2000-01-01T00:00:00Z'))).toEqual({ phase: 'open' });
    expect(bookingWindowAt(none, at('2099-01-01T00:00:00Z'))).toEqual({ phase: 'open' });
  });

  it('is not yet open before the opening instant and open exactly at it', () => {
    expect(bookingWindowAt(window, at('2026-03-05T07:59:59.999Z'))).toEqual({
      phase: 'not_yet_open',
      opensAt: window.bookingsOpenAt,
    });
    expect(bookingWindowAt(window, at('2026-03-05T08:00:00Z'))).toEqual({ phase: 'open' });
  });

  it('is closed from the closing instant on', () => {
    expect(bookingWindowAt(window, at('2026-03-06T16:59:59.999Z'))).toEqual({ phase: 'open' });
    expect(bookingWindowAt(window, at('2026-03-06T17:00:00Z'))).toEqual({
      phase: 'closed',
      closedAt: window.bookingsCloseAt,
    });
  });

  it('limits only the side that is set', () => {
    const onlyClose = { bookingsOpenAt: null, bookingsCloseAt: window.bookingsCloseAt };
    expect(bookingWindowAt(onlyClose, at('2000-01-01T00:00:00Z')).phase).toBe('open');
    const onlyOpen = { bookingsOpenAt: window.bookingsOpenAt, bookingsCloseAt: null };
    expect(bookingWindowAt(onlyOpen, at('2099-01-01T00:00:00Z')).phase).toBe('open');
  });
});

describe("a recruiter's booking mode", () => {
  const direct = { bookingMode: 'direct' as const, recruitersMayRequireApproval: true };
  it('follows the event unless the recruiter asks for approval where the event lets them', () => {
    expect(recruiterBookingMode(direct, { requiresApproval: false })).toBe('direct');
    expect(recruiterBookingMode(direct, { requiresApproval: true })).toBe('approval');
    expect(
      recruiterBookingMode({ ...direct, recruitersMayRequireApproval: false }, { requiresApproval: true }),
    ).toBe('direct');
    expect(recruiterBookingMode({ ...direct, bookingMode: 'approval' }, { requiresApproval: false })).toBe(
      'approval',
    );
  });

  it("lets the recruiter's choice matter only at a direct event that allows it", () => {
    expect(recruitersChooseApproval(direct)).toBe(true);
    expect(recruitersChooseApproval({ ...direct, recruitersMayRequireApproval: false })).toBe(false);
    expect(recruitersChooseApproval({ ...direct, bookingMode: 'approval' })).toBe(false);
  });
});
