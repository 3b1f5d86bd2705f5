import { describe, expect, it } from 'vitest';
import { buildCalendarFeed, feedLinks, feedToken, isFeedToken, tokenOfFile } from './schedule.feed.js';
import { translatorFor } from '../../i18n/index.js';

const userId = '6f1c7a52-1d7b-4a43-9c55-2f7d0c1b9e01';
const secret = 'test-secret-test-secret-test-secret';
const english = translatorFor('en');

const entry = (uid: string) => ({
  uid,
  sequence: 1,
  method: 'REQUEST' as const,
  startsAt: new Date('2030-03-04T08:00:00Z'),
  endsAt: new Date('2030-03-04T08:30:00Z'),
  summary: '1-1 chat: Taylor Kim × Alex Morgan (Acme Robotics)',
  description: 'Your 1-1 chat at Demo Career Fair.',
  location: 'http://parley.test/events/1/chats',
  url: 'http://parley.test/events/1/chats',
  organizer: { name: 'Parley', email: 'no-reply@parley.test' },
  attendees: [{ name: 'Taylor Kim', email: 'talent1@demo.parley.test' }],
  stamp: new Date('2030-03-01T12:00:00Z'),
});

describe('calendar feed tokens', () => {
  it('are stable for a user and version, and differ for another user, version or secret', () => {
    const token = feedToken(secret, userId, 0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(feedToken(secret, userId, 0)).toBe(token);
    expect(feedToken(secret, userId, 1)).not.toBe(token);
    expect(feedToken(secret, '0d7e4c1a-2b3c-4d5e-8f90-123456789abc', 0)).not.toBe(token);
    expect(feedToken('another-secret-another-secret', userId, 0)).not.toBe(token);
  });

  it('are recognised only for the version they were made for', () => {
    const token = feedToken(secret, userId, 3);
    expect(isFeedToken(token, secret, userId, 3)).toBe(true);
    expect(isFeedToken(token, secret, userId, 4)).toBe(false);
    expect(isFeedToken(token.slice(1), secret, userId, 3)).toBe(false);
    expect(isFeedToken('', secret, userId, 3)).toBe(false);
  });

  it('are read from a `<token>.ics` file name only', () => {
    expect(tokenOfFile('abc_DEF-123.ics')).toBe('abc_DEF-123');
    expect(tokenOfFile('abc_DEF-123')).toBeNull();
    expect(tokenOfFile('abc.ics.ics')).toBeNull();
    expect(tokenOfFile('.ics')).toBeNull();
  });
});

describe('calendar feed links', () => {
  it('offer the https address and its webcal twin for the subscribe dialog', () => {
    expect(feedLinks('https://parley.example', userId, 'tok')).toEqual({
      url: `https://parley.example/calendar/${userId}/tok.ics`,
      subscribeUrl: `webcal://parley.example/calendar/${userId}/tok.ics`,
    });
    expect(feedLinks('http://localhost:3000', userId, 'tok').subscribeUrl).toBe(
      `webcal://localhost:3000/calendar/${userId}/tok.ics`,
    );
  });
});

describe('the calendar feed document', () => {
  const lines = (text: string) =>
    text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);

  it('is a published VCALENDAR with one VEVENT per chat and a refresh hint', () => {
    const text = buildCalendarFeed(english, 'Taylor Kim', [entry('a@parley'), entry('b@parley')]);
    const content = lines(text);
    expect(content[0]).toBe('BEGIN:VCALENDAR');
    expect(content.at(-1)).toBe('END:VCALENDAR');
    expect(content).toContain('METHOD:PUBLISH');
    expect(content).toContain('X-WR-CALNAME:Parley 1-1 chats (Taylor Kim)');
    expect(content).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT15M');
    expect(content.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(content).toContain('UID:a@parley');
    expect(content).toContain('UID:b@parley');
    expect(content).not.toContain('METHOD:REQUEST');
  });

  it('is still a valid calendar without any chat', () => {
    const content = lines(buildCalendarFeed(english, 'Taylor Kim', []));
    expect(content).toContain('VERSION:2.0');
    expect(content).not.toContain('BEGIN:VEVENT');
  });

  it('escapes the owner name in the calendar name', () => {
    expect(lines(buildCalendarFeed(english, 'Kim, Taylor', []))).toContain(
      'X-WR-CALNAME:Parley 1-1 chats (Kim\\, Taylor)',
    );
  });
});
