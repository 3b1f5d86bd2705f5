import { describe, expect, it } from 'vitest';
import { normalizeTags } from './tags.js';

describe('normalizeTags', () => {
  it('keeps each tag once, whatever its case or spacing, spelt as first written and in order', () => {
    expect(normalizeTags(['Rust', 'remote  first', 'rust', 'Remote first', 'Go'])).toEqual([
      'Rust',
      'remote first',
      'Go',
    ]);
  });

  it('drops empty tags and trims the others', () => {
    expect(normalizeTags(['  ', '', ' senior '])).toEqual(['senior']);
  });

  it('keeps nothing of nothing', () => {
    expect(normalizeTags([])).toEqual([]);
  });
});
