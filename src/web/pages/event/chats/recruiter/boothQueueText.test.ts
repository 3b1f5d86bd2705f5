import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../../i18n/i18n';
import { de } from '../../../../i18n/messages/de/index';
import { deLater } from '../../../../i18n/messages/de/later';
import { en } from '../../../../i18n/messages/en/index';
import { enLater } from '../../../../i18n/messages/en/later';
import { clockText, gapText, waitedText } from './boothQueueText';

// 2030-03-04 is in winter time: 13:20 UTC is 14:20 in Berlin and 08:20 in New York.
const at = '2030-03-04T13:20:00.000Z';
const later = '2030-03-04T13:40:00.000Z';
const berlin = 'Europe/Berlin';
const newYork = 'America/New_York';

afterEach(() => activateLocale('en', { ...en, ...enLater }));

describe('the booth queue’s words', () => {
  it('give the event’s clock beside the viewer’s only when they differ', () => {
    expect(clockText(at, berlin, berlin)).toBe('14:20');
    expect(clockText(at, berlin, newYork)).toBe('08:20 (14:20 Berlin time)');
    activateLocale('de', { ...de, ...deLater });
    expect(clockText(at, berlin, newYork)).toBe('08:20 (14:20 Ortszeit Berlin)');
  });

  it('say whether the recruiter is free for a walk-in chat, and when the next chat starts', () => {
    expect(gapText({ free: true, until: later, nextChatAt: later }, berlin, berlin)).toBe(
      'Free now until 14:40 · Next chat at 14:40',
    );
    expect(gapText({ free: false, busyUntil: later, nextChatAt: null }, berlin, berlin)).toBe(
      'In a chat until 14:40',
    );
    expect(gapText({ free: false, busyUntil: null, nextChatAt: null }, berlin, berlin)).toBe(
      'No time for a walk-in chat now',
    );
    activateLocale('de', { ...de, ...deLater });
    expect(gapText({ free: true, until: later, nextChatAt: later }, berlin, berlin)).toBe(
      'Jetzt frei bis 14:40 · Nächstes Gespräch um 14:40',
    );
    expect(gapText({ free: false, busyUntil: null, nextChatAt: null }, berlin, berlin)).toBe(
      'Gerade keine Zeit für ein spontanes Gespräch',
    );
  });

  it('count the minutes a talent has waited, in the plural each language needs', () => {
    expect([0, 1, 5].map(waitedText)).toEqual([
      'just joined',
      'waiting for 1 minute',
      'waiting for 5 minutes',
    ]);
    activateLocale('de', { ...de, ...deLater });
    expect([0, 1, 5].map(waitedText)).toEqual([
      'gerade dazugekommen',
      'wartet seit 1 Minute',
      'wartet seit 5 Minuten',
    ]);
  });
});
