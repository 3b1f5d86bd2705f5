import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogErrorMessages } from '../../../shared/api/error-catalogs.js';
import errorsDe from '../../../shared/api/errors.de.json' with { type: 'json' };
import { httpErrorMessages } from './error-handler.js';

/** The placeholders of an ICU message, sorted: `{method}` → `method`. */
function placeholdersOf(elements: MessageFormatElement[], into: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) placeholdersOf(element.children, into);
    else into.push(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) placeholdersOf(option.value, into);
  }
  return into.sort();
}

const english: Record<string, string> = { ...catalogErrorMessages, ...httpErrorMessages };
const german: Record<string, string> = errorsDe;

describe('the German error messages (src/shared/api/errors.de.json)', () => {
  it('have exactly one entry per error code with a fixed English message: none missing, none extra', () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
  });

  it('use the same ICU placeholders as English, and each is a German sentence of its own', () => {
    for (const [code, message] of Object.entries(german)) {
      expect(placeholdersOf(parse(message)), code).toEqual(placeholdersOf(parse(english[code]!)));
      expect(message, code).not.toBe(english[code]);
      expect(message, code).not.toMatch(/'/);
    }
  });
});
