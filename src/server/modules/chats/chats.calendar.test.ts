import { describe, expect, it } from 'vitest';
import { buildChatCalendar, escapeText, foldLine } from './chats.calendar.js';

const chat = {
  uid: '6f1c7a52-1d7b-4a43-9c55-2f7d0c1b9e01@parley.test',
  sequence: 2,
  method: 'REQUEST' as const,
  startsAt: new Date('2030-03-04T08:00:00Z'),
  endsAt: new Date('2030-03-04T08:30:00Z'),
  summary: '1-1 chat: Taylor Kim × Alex Morgan (Acme Robotics)',
  description: 'Your 1-1 chat at Demo Career Fair.\nJoin: http://parley.test/x',
  location: 'Acme Robotics, Hall A; Booth 12',
  url: 'http://parley.test/events/1/chats',
  organizer: { name: 'Parley', email: 'no-reply@parley.test' },
  attendees: [
    { name: 'Taylor Kim', email: 'talent1@demo.parley.test' },
    { name: 'Alex Morgan', email: 'recruiter1@demo.parley.test' },
  ],
  stamp: new Date('2030-03-01T12:00:00Z'),
};

/** Unfolds and splits an iCalendar text into its content lines, as a reader would. */
const contentLines = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

describe('chat calendar invitations', () => {
  it('is a valid VCALENDAR with one VEVENT in UTC, CRLF line ends and the chat as UID', () => {
    const text = buildChatCalendar(chat);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = contentLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain(`UID:${chat.uid}`);
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('DTSTART:20300304T080000Z');
    expect(lines).toContain('DTEND:20300304T083000Z');
    expect(lines).toContain('DTSTAMP:20300301T120000Z');
    expect(lines).toContain('LOCATION:Acme Robotics\\, Hall A\\; Booth 12');
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('marks a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const lines = contentLines(buildChatCalendar({ ...chat, method: 'CANCEL', sequence: 3 }));
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:3');
  });

  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'Grüße aus München — '.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
