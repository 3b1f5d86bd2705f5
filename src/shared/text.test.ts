import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText, isSingleLinePlainText, plainText, toSingleLine } from './text.js';

/** Strings rich in what the rules are about: every control character, every kind of line break, tabs. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\r\n', '\u2028', '\u2029', '\t', 'é', '😀'),
  ),
  maxLength: 40,
});

describe('plain text: one rule for the checks of stored text and the cleaning of output', () => {
  it('accepts what it cleaned, and cleaning leaves accepted text as it was (line breaks aside)', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(isPlainText(plainText(value))).toBe(true);
        expect(isSingleLinePlainText(toSingleLine(value))).toBe(true);
        if (isSingleLinePlainText(value)) expect(toSingleLine(value)).toBe(value.replaceAll('\t', ' '));
      }),
    );
  });

  it('refuses NUL, other C0 and C1 controls and DEL, allowing tabs, and line breaks only in plain text', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0090']) {
      expect(isPlainText(`a${control}b`)).toBe(false);
      expect(isSingleLinePlainText(`a${control}b`)).toBe(false);
    }
    for (const lineBreak of ['\n', '\r\n', '\r', '\u0085', '\u2028']) {
      expect(isPlainText(`a${lineBreak}b`)).toBe(true);
      expect(isSingleLinePlainText(`a${lineBreak}b`)).toBe(false);
    }
    expect(isSingleLinePlainText('Ada\tLovelace')).toBe(true);
  });
});
