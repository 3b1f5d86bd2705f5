import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator.js';

const catalog = {
  plain: 'Don’t miss it',
  count: '{count, plural, one {# chat} other {# chats}}',
  parsed: parse('Hallo {name}'),
  rich: 'Read <link>the rules</link> first',
};

describe('a translator', () => {
  it('returns plain text as it is and formats ICU plurals in its language', () => {
    const en = createTranslator('en', catalog);
    expect(en.t('plain')).toBe('Don’t miss it');
    expect(en.t('count', { count: 1 })).toBe('1 chat');
    expect(en.t('count', { count: 1200 })).toBe('1,200 chats');
    expect(createTranslator('de', catalog).t('count', { count: 1200 })).toBe('1.200 chats');
  });

  it('formats messages parsed ahead of time, as the web build ships them', () => {
    expect(createTranslator('de', catalog).t('parsed', { name: 'Dana' })).toBe('Hallo Dana');
  });

  it('hands rich parts to the caller’s functions', () => {
    const parts = createTranslator('en', catalog).rich<{ link: string }>('rich', {
      link: (chunks) => ({ link: chunks.join('') }),
    });
    expect(parts).toEqual(['Read ', { link: 'the rules' }, ' first']);
  });

  it('refuses a key its catalog lacks, loudly', () => {
    expect(() => createTranslator<string>('en', catalog).t('missing', { x: 1 })).toThrow(
      /No message "missing"/,
    );
  });
});
