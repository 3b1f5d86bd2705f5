import { afterEach, describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../../shared/matching/match';
import { activateLocale, t } from '../../../i18n/i18n';
import { de } from '../../../i18n/messages/de/index';
import { deLater } from '../../../i18n/messages/de/later';
import { en } from '../../../i18n/messages/en/index';
import { enLater } from '../../../i18n/messages/en/later';
import { reasonText } from './BestMatches';

const reasons: MatchReason[] = [
  { kind: 'language', value: 'German' },
  { kind: 'topic', value: 'Robotics' },
  { kind: 'level', value: 'entry' },
  { kind: 'background', value: 'Computer Science (MSc)' },
];

afterEach(() => activateLocale('en', { ...en, ...enLater }));

describe('the reasons of a best match', () => {
  it('are worded in the language in use, the talent’s own words kept as written', () => {
    expect(reasons.map((reason) => reasonText(reason, t))).toEqual([
      'Speaks German',
      'Robotics',
      'Entry level',
      'Computer Science (MSc)',
    ]);
    activateLocale('de', { ...de, ...deLater });
    expect(reasons.map((reason) => reasonText(reason, t))).toEqual([
      'Spricht German',
      'Robotics',
      'Berufseinstieg',
      'Computer Science (MSc)',
    ]);
  });
});
