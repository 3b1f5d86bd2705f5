import { afterEach, describe, expect, it } from 'vitest';
import { activateClock, activateLocale } from './i18n/i18n';
import { de } from './i18n/messages/de/index';
import { deLater } from './i18n/messages/de/later';
import { en } from './i18n/messages/en/index';
import { enLater } from './i18n/messages/en/later';
import { chatTimeText, formatTime } from './time';

const halfPastTwo = '2030-03-04T13:30:00Z';
const fivePastMidnight = '2030-03-04T23:05:00Z';
const berlin = 'Europe/Berlin';

describe('times of day', () => {
  afterEach(() => {
    activateClock('24h');
    activateLocale('en', { ...en, ...enLater });
  });

  it('read on a 24-hour clock unless the person chose the 12-hour one', () => {
    expect(formatTime(halfPastTwo, berlin)).toBe('14:30');
    expect(formatTime(fivePastMidnight, berlin)).toBe('00:05');
    activateClock('12h');
    expect(formatTime(halfPastTwo, berlin)).toBe('2:30 pm');
    expect(formatTime(fivePastMidnight, berlin)).toBe('12:05 am');
  });

  it('read in the language in use on either clock', () => {
    activateLocale('de', { ...de, ...deLater });
    expect(formatTime(halfPastTwo, berlin)).toBe('14:30');
    expect(formatTime(halfPastTwo, berlin, '12h')).toBe('2:30 PM');
  });

  it('give a chat its times on the clock in use, the event’s beside them too', () => {
    activateClock('12h');
    expect(chatTimeText(halfPastTwo, '2030-03-04T14:00:00Z', berlin, 'Europe/London')).toEqual({
      viewer: 'Mon, 4 Mar 2030, 1:30 pm–2:00 pm',
      event: 'Mon, 4 Mar 2030, 2:30 pm–3:00 pm Berlin time',
      viewerZone: 'Europe/London',
    });
  });
});
