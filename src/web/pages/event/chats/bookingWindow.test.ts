import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../i18n/i18n';
import { de } from '../../../i18n/messages/de/index';
import { deLater } from '../../../i18n/messages/de/later';
import { en } from '../../../i18n/messages/en/index';
import { enLater } from '../../../i18n/messages/en/later';
import { countdownText } from './bookingWindow';

const opensAt = new Date('2026-03-05T08:00:00Z');
const ahead = (ms: number) => new Date(opensAt.getTime() - ms);

afterEach(() => activateLocale('en', { ...en, ...enLater }));

describe('the countdown to the opening of bookings', () => {
  it('counts down in hours and minutes, rounding up, and seconds in the last minute', () => {
    expect(countdownText(opensAt, ahead(65 * 60_000))).toBe('Bookings open in 1 h 05 min');
    expect(countdownText(opensAt, ahead(64 * 60_000 + 1))).toBe('Bookings open in 1 h 05 min');
    expect(countdownText(opensAt, ahead(5 * 60_000))).toBe('Bookings open in 5 min');
    expect(countdownText(opensAt, ahead(26 * 3600_000))).toBe('Bookings open in 1 d 2 h 00 min');
    expect(countdownText(opensAt, ahead(12_000))).toBe('Bookings open in 12 s');
    expect(countdownText(opensAt, ahead(1))).toBe('Bookings open in 1 s');
  });

  it('counts down in German for a German page', () => {
    activateLocale('de', { ...de, ...deLater });
    expect(countdownText(opensAt, ahead(26 * 3600_000))).toBe('Buchungen öffnen in 1 T. 2 Std. 00 Min.');
    expect(countdownText(opensAt, ahead(5 * 60_000))).toBe('Buchungen öffnen in 5 Min.');
  });
});
