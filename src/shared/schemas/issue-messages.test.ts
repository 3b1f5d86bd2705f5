import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RecruiterDetailsInput } from './availability.schemas.js';
import { EventInput } from './events.schemas.js';
import { speakGermanValidation } from './german-validation.js';
import { issueMessage, issueMessageIn } from './issue-messages.js';
import { TalentProfileInput } from './talents.schemas.js';

/** The first message per field, as the API sends them. */
function messages(schema: z.ZodType, input: unknown, error = issueMessage): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of schema.safeParse(input, { error }).error?.issues ?? [])
    fields[issue.path.join('.')] ??= issue.message;
  return fields;
}

describe('validation messages', () => {
  it('name an entry of a list as one of its kind, with the limit in words', () => {
    expect(messages(RecruiterDetailsInput, { topics: ['Robots', 'x'.repeat(61)] })).toEqual({
      'topics.1': 'A topic can be at most 60 characters.',
    });
    expect(
      messages(RecruiterDetailsInput, { languages: Array.from({ length: 31 }, (_, i) => `L${i}`) }),
    ).toEqual({
      languages: 'Choose at most 30 languages.',
    });
    expect(
      messages(TalentProfileInput, { name: 'Ana', links: ['https://a.dev', 'https://b.dev'], topics: [''] }),
    ).toEqual({
      'topics.0': 'A topic cannot be empty.',
    });
  });

  it('say which entry a field inside a list belongs to', () => {
    const day = { date: '2030-03-04', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [30] };
    const event = { name: 'Fair', timeZone: 'Europe/Berlin', requestPolicy: 'both' };
    expect(
      messages(EventInput, { ...event, days: [day, { ...day, date: '2030-03-05', opensAt: 900 }] }),
    ).toEqual({
      'days.1.opensAt': 'Day 2: the opening time must be text.',
    });
    const slots = z.object({ openSlotStarts: z.array(z.string()).min(1) });
    expect(messages(slots, { openSlotStarts: [] })).toEqual({
      openSlotStarts: 'Choose at least one open slot.',
    });
    expect(messages(EventInput, { ...event, days: [{ ...day, mode: 'hybrid' }] })).toEqual({
      'days.0.mode': 'Day 1: the mode must be one of: virtual, in_person.',
    });
  });

  it('turn Zod’s codes into sentences and keep the words a schema chose itself', () => {
    const schema = z
      .object({
        email: z.email(),
        recruiterId: z.uuid(),
        durationMinutes: z.number().int().min(5).max(120),
        customQuestion: z.string().max(300),
        startsAt: z.iso.datetime(),
        note: z.string().min(1, { error: 'Write a note first.' }),
      })
      .strict();
    expect(
      messages(schema, {
        email: 'nope',
        recruiterId: 'x',
        durationMinutes: 200,
        customQuestion: 'q'.repeat(301),
        startsAt: 'soon',
        note: '',
        extra: true,
      }),
    ).toEqual({
      email: 'The email must be an email address, such as name@example.com.',
      recruiterId: 'The recruiter is not one we know.',
      durationMinutes: 'The duration can be at most 120.',
      customQuestion: 'The custom question can be at most 300 characters.',
      startsAt: 'The time must be a date and time.',
      note: 'Write a note first.',
      '': 'Extra is not expected here.',
    });
    expect(messages(schema.pick({ durationMinutes: true }), {})).toEqual({
      durationMinutes: 'The duration is missing.',
    });
    expect(messages(schema.pick({ durationMinutes: true }), { durationMinutes: '5' })).toEqual({
      durationMinutes: 'The duration must be a number.',
    });
  });
});

describe('German validation messages', () => {
  speakGermanValidation();
  const german = (schema: z.ZodType, input: unknown) => messages(schema, input, issueMessageIn('de'));

  it('name the field by its German label, then say what is wrong', () => {
    expect(german(RecruiterDetailsInput, { topics: ['Robots', 'x'.repeat(61)] })).toEqual({
      'topics.1': 'Thema: höchstens 60 Zeichen.',
    });
    expect(
      german(RecruiterDetailsInput, { languages: Array.from({ length: 31 }, (_, i) => `L${i}`) }),
    ).toEqual({ languages: 'Sprachen: Bitte höchstens 30 auswählen.' });
    expect(
      german(TalentProfileInput, { name: 'Ana', links: ['https://a.dev', 'https://b.dev'], topics: [''] }),
    ).toEqual({ 'topics.0': 'Thema: Bitte ausfüllen.' });
  });

  it('say which entry of a list a field belongs to', () => {
    const day = { date: '2030-03-04', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [30] };
    const event = { name: 'Fair', timeZone: 'Europe/Berlin', requestPolicy: 'both' };
    expect(
      german(EventInput, { ...event, days: [day, { ...day, date: '2030-03-05', opensAt: 900 }] }),
    ).toEqual({ 'days.1.opensAt': 'Tag 2, Öffnungszeit: muss Text sein.' });
    expect(german(EventInput, { ...event, days: [{ ...day, mode: 'hybrid' }] })).toEqual({
      'days.0.mode': 'Tag 1, Format: erlaubt sind: virtual, in_person.',
    });
  });

  it('turn Zod’s codes into German, falling back to the key’s words for a field without a label', () => {
    const schema = z
      .object({
        email: z.email(),
        recruiterId: z.uuid(),
        durationMinutes: z.number().int().min(5).max(1200),
        customQuestion: z.string().max(300),
        startsAt: z.iso.datetime(),
        someNewField: z.string().min(3),
        openSlotStarts: z.array(z.string()).min(1),
      })
      .strict();
    expect(
      german(schema, {
        email: 'nope',
        recruiterId: 'x',
        durationMinutes: 2000,
        customQuestion: 'q'.repeat(301),
        startsAt: 'soon',
        someNewField: 'ab',
        openSlotStarts: [],
        extra: true,
      }),
    ).toEqual({
      email: 'E-Mail: Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.com.',
      recruiterId: 'Recruiter:in: Diesen Eintrag kennen wir nicht.',
      durationMinutes: 'Dauer: höchstens 1.200.',
      customQuestion: 'Eigene Frage: höchstens 300 Zeichen.',
      startsAt: 'Uhrzeit: Bitte Datum und Uhrzeit angeben.',
      someNewField: 'Some new field: mindestens 3 Zeichen.',
      openSlotStarts: 'Offene Zeitfenster: Bitte mindestens 1 auswählen.',
      '': 'Hier nicht erwartet: extra.',
    });
    expect(german(schema.pick({ durationMinutes: true }), {})).toEqual({
      durationMinutes: 'Dauer: Bitte angeben.',
    });
    expect(german(schema.pick({ durationMinutes: true }), { durationMinutes: '5' })).toEqual({
      durationMinutes: 'Dauer: muss eine Zahl sein.',
    });
  });
});
