import { describe, expect, it } from 'vitest';
import {
  bookingWindowAt,
  bookingWindowSentence,
  countdownSentence,
  recruiterBookingMode,
  recruitersChooseApproval,
} from './booking-window.js';

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

  it("says when bookings open or closed on the event's clock", () => {
    expect(bookingWindowSentence(bookingWindowAt(window, at('2026-03-01T00:00:00Z')), berlin)).toBe(
      'Bookings open on Thursday 5 March at 09:00 (Europe/Berlin).',
    );
    expect(bookingWindowSentence(bookingWindowAt(window, at('2026-03-07T00:00:00Z')), berlin)).toBe(
      'Bookings closed on Friday 6 March at 18:00 (Europe/Berlin).',
    );
    expect(bookingWindowSentence({ phase: 'open' }, berlin)).toBeNull();
    // Summer time: 09:00 in Berlin is 07:00 UTC.
    expect(
      bookingWindowSentence({ phase: 'not_yet_open', opensAt: at('2026-07-02T07:00:00Z') }, berlin),
    ).toBe('Bookings open on Thursday 2 July at 09:00 (Europe/Berlin).');
  });

  it('says it in German for a German reader', () => {
    const before = bookingWindowAt(window, at('2026-03-01T00:00:00Z'));
    const after = bookingWindowAt(window, at('2026-03-07T00:00:00Z'));
    expect(bookingWindowSentence(before, berlin, 'de')).toBe(
      'Buchungen öffnen am Donnerstag, 5. März um 09:00 (Europe/Berlin).',
    );
    expect(bookingWindowSentence(after, berlin, 'de')).toBe(
      'Buchungen sind seit Freitag, 6. März um 18:00 (Europe/Berlin) geschlossen.',
    );
  });

  it('counts down in hours and minutes, rounding up, and seconds in the last minute', () => {
    const opensAt = window.bookingsOpenAt;
    const ahead = (ms: number) => new Date(opensAt.getTime() - ms);
    expect(countdownSentence(opensAt, ahead(65 * 60_000))).toBe('Bookings open in 1 h 05 min');
    expect(countdownSentence(opensAt, ahead(64 * 60_000 + 1))).toBe('Bookings open in 1 h 05 min');
    expect(countdownSentence(opensAt, ahead(5 * 60_000))).toBe('Bookings open in 5 min');
    expect(countdownSentence(opensAt, ahead(26 * 3600_000))).toBe('Bookings open in 1 d 2 h 00 min');
    expect(countdownSentence(opensAt, ahead(12_000))).toBe('Bookings open in 12 s');
    expect(countdownSentence(opensAt, ahead(1))).toBe('Bookings open in 1 s');
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
