import { describe, expect, it } from 'vitest';
import { MULTI_LINE_MESSAGE, SINGLE_LINE_MESSAGE } from '../../../shared/schemas/text.schemas.js';
import { eventCast } from '../../test/registrations-fixtures.js';
import { withTestApp } from '../../test/test-app.js';

const t = withTestApp();

const day = (date: string) => ({
  date,
  mode: 'virtual' as const,
  opensAt: '09:00',
  closesAt: '17:00',
  durations: [30],
});
const eventBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Spring Fair',
  description: '',
  timeZone: 'Europe/Berlin',
  requestPolicy: 'both',
  days: [day('2030-03-04')],
  ...overrides,
});

describe('text with control characters', () => {
  it('is refused beside the field, for one-line and multi-line text alike', async () => {
    const { organizer } = await eventCast(t);
    const nulInName = await organizer.post('/api/events', eventBody({ name: 'Spring\u0000Fair' }));
    expect(nulInName.statusCode).toBe(400);
    expect(nulInName.json().error.fields).toEqual({ name: SINGLE_LINE_MESSAGE });

    const bellInDescription = await organizer.post('/api/events', eventBody({ description: 'Ring \u0007' }));
    expect(bellInDescription.statusCode).toBe(400);
    expect(bellInDescription.json().error.fields).toEqual({ description: MULTI_LINE_MESSAGE });
  });

  it('keeps line breaks and tabs in multi-line text but refuses them in a name', async () => {
    const { organizer } = await eventCast(t);
    const described = await organizer.post(
      '/api/events',
      eventBody({ description: 'First line\r\nsecond\tline' }),
    );
    expect(described.statusCode).toBe(201);
    expect(described.json().description).toBe('First line\r\nsecond\tline');

    const brokenName = await organizer.post('/api/events', eventBody({ name: 'Spring\nFair' }));
    expect(brokenName.statusCode).toBe(400);
    expect(brokenName.json().error.fields).toEqual({ name: SINGLE_LINE_MESSAGE });
  });

  it('is refused in profiles, links, registrations and messages', async () => {
    const { event, organizer, talent } = await eventCast(t);
    const profile = { name: 'Ana', bio: 'Hello\u0000', links: ['https://ana.dev/\u0000x'] };
    const refusedProfile = await talent.put('/api/me/profile', profile);
    expect(refusedProfile.statusCode).toBe(400);
    expect(refusedProfile.json().error.fields).toEqual({
      bio: MULTI_LINE_MESSAGE,
      'links.0': SINGLE_LINE_MESSAGE,
    });

    const company = await organizer.post(`/api/events/${event.id}/companies`, { name: 'Acme\u001b[31m' });
    expect(company.statusCode).toBe(400);
    expect(company.json().error.fields).toEqual({ name: SINGLE_LINE_MESSAGE });

    const support = await talent.post('/api/support/messages', { body: 'Help\u0000' });
    expect(support.statusCode).toBe(400);
    expect(support.json().error.fields).toEqual({ body: MULTI_LINE_MESSAGE });
  });

  it('in a CSV cell skips that row with the reason and imports the others', async () => {
    const { event, organizer } = await eventCast(t);
    const csv = [
      'email,name,bio',
      'nul@import.test,Nul\u0000Name,',
      'ok@import.test,Oka,"Two\nlines"',
      'bell@import.test,Bell,Ring\u0007',
    ].join('\n');
    const response = await organizer.post(`/api/events/${event.id}/import`, { kind: 'talents', csv });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      created: 1,
      errors: [
        { row: 2, message: `name: ${SINGLE_LINE_MESSAGE}` },
        { row: 4, message: `bio: ${MULTI_LINE_MESSAGE}` },
      ],
    });
  });
});

describe('dates', () => {
  const rangeMessage = 'Choose a date from 2000-01-01 to 2100-12-31.';

  it.each(['0000-01-01', '0001-01-01', '1999-12-31', '2101-01-01'])(
    'refuses the event day %s with the allowed range',
    async (date) => {
      const { organizer } = await eventCast(t);
      const response = await organizer.post('/api/events', eventBody({ days: [day(date)] }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({ 'days.0.date': rangeMessage });
    },
  );

  it('accepts the first and last days of the range', async () => {
    const { organizer } = await eventCast(t);
    // Days are planned from today on: on the range's first day, both ends are open.
    const now = t.clock.now;
    t.clock.set('2000-01-01T12:00:00Z');
    try {
      const response = await organizer.post(
        '/api/events',
        eventBody({ days: [day('2000-01-01'), day('2100-12-31')] }),
      );
      expect(response.statusCode).toBe(201);
    } finally {
      t.clock.set(now);
    }
  });

  it('refuses slot starts outside the range when opening availability and booking', async () => {
    const { event, recruiter, recruiterUser, talent } = await eventCast(t);
    const dayUrl = `/api/events/${event.id}/recruiters/${recruiterUser.id}/availability/days/${event.days[0]!.id}`;
    const opened = await recruiter.put(dayUrl, {
      durationMinutes: 30,
      openSlotStarts: ['0000-01-01T00:00:00Z'],
    });
    expect(opened.statusCode).toBe(400);
    expect(opened.json().error.fields).toEqual({ 'openSlotStarts.0': rangeMessage });

    const confirmed = await talent.post(`/api/chats/${crypto.randomUUID()}/confirm`, {
      startsAt: '0001-01-01T00:00:00+00:00',
    });
    expect(confirmed.statusCode).toBe(400);
    expect(confirmed.json().error.fields).toEqual({ startsAt: rangeMessage });
  });
});

describe('validation errors', () => {
  it('come as sentences naming each field, once each in the message and beside their fields in `fields`', async () => {
    const { event, recruiter, recruiterUser } = await eventCast(t);
    const response = await recruiter.put(`/api/events/${event.id}/recruiters/${recruiterUser.id}/details`, {
      topics: ['Robots', 'x'.repeat(61), 'y'.repeat(70)],
      languages: Array.from({ length: 31 }, (_, i) => `Language ${i}`),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'request.invalid',
      message: 'Choose at most 30 languages. A topic can be at most 60 characters.',
      fields: {
        'topics.1': 'A topic can be at most 60 characters.',
        'topics.2': 'A topic can be at most 60 characters.',
        languages: 'Choose at most 30 languages.',
      },
    });
  });
});
