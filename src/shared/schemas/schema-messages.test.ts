import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales.js';
import { LoginRequest } from './auth.schemas.js';
import { BookingRulesInput, EventInput } from './events.schemas.js';
import { issueMessage, speakHumanValidationMessages } from './issue-messages.js';
import { RunningLateInput } from './chats.schemas.js';
import { speakGermanValidation } from './german-validation.js';
import { schemaMessages } from './schema-messages.js';
import { schemaMessagesDe } from './schema-messages-de.js';
import type { z } from 'zod';

let locale: Locale = 'en';
speakHumanValidationMessages(() => locale);
speakGermanValidation();
afterEach(() => {
  locale = 'en';
});

function messages(schema: z.ZodType, input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of schema.safeParse(input, { error: issueMessage }).error?.issues ?? [])
    fields[issue.path.join('.')] ??= issue.message;
  return fields;
}

describe('the messages schemas give themselves', () => {
  it('are in English, as they always were, and in German for a German parse', () => {
    const login = { email: 'nope', password: '' };
    expect(messages(LoginRequest, login)).toEqual({
      email: 'Enter a valid email address.',
      password: 'Enter your password.',
    });
    locale = 'de';
    expect(messages(LoginRequest, login)).toEqual({
      email: 'Geben Sie eine gültige E-Mail-Adresse ein.',
      password: 'Geben Sie Ihr Passwort ein.',
    });
  });

  it('fill in their values in each language', () => {
    expect(messages(RunningLateInput, { minutes: 7 })).toEqual({ minutes: 'Say 5 or 10 minutes.' });
    expect(messages(BookingRulesInput, { maxChatsPerTalent: 0 })).toEqual({
      maxChatsPerTalent: 'The chats per talent must be at least 1.',
    });
    locale = 'de';
    expect(messages(RunningLateInput, { minutes: 7 })).toEqual({
      minutes: 'Geben Sie 5 oder 10 Minuten an.',
    });
    expect(messages(BookingRulesInput, { maxChatsPerTalent: 0 })).toEqual({
      maxChatsPerTalent: 'Gespräche pro Talent: mindestens 1.',
    });
    expect(
      messages(EventInput, { name: '', timeZone: 'Nowhere/City', requestPolicy: 'both', days: [] }),
    ).toEqual({
      name: 'Geben Sie dem Event einen Namen.',
      timeZone: 'Wählen Sie eine Zeitzone wie Europe/Berlin.',
      days: 'Fügen Sie mindestens einen Tag hinzu.',
    });
  });

  it('have a German twin for each, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, en] of Object.entries(schemaMessages)) {
      const de = schemaMessagesDe[id as keyof typeof schemaMessages];
      expect(placeholders(de), id).toEqual(placeholders(en));
      expect(de, id).not.toBe(en);
    }
  });
});
