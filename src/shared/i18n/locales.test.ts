import { describe, expect, it } from 'vitest';
import { acceptedLanguages, matchLocale } from './locales.js';

describe('the language a person gets', () => {
  it('is the first of their languages Parley speaks, by its primary subtag', () => {
    expect(matchLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(matchLocale(['EN_us'])).toBe('en');
  });

  it('is English when none of theirs is spoken', () => {
    expect(matchLocale(['fr', 'ar'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('reads Accept-Language by weight, then by order, leaving out wildcards, zero weights and junk', () => {
    expect(acceptedLanguages('fr;q=0.4, de-AT , en;q=0.9, *;q=0.1, es;q=0, <x>')).toEqual([
      'de-AT',
      'en',
      'fr',
    ]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
