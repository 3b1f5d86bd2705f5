import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RecruiterDetailsInput } from './availability.schemas.js';
import { EventInput } from './events.schemas.js';
import { issueMessage } from './issue-messages.js';
import { TalentProfileInput } from './talents.schemas.js';

/** The first message per field, as the API sends them. */
function messages(schema: z.ZodType, input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of schema.safeParse(input, { error: issueMessage }).error?.issues ?? [])
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
