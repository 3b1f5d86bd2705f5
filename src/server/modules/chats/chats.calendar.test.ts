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

/** A TEXT property's value as a reader unescapes it (RFC 5545 §3.3.11). */
const textValue = (lines: string[], name: string) =>
  lines
    .find((l) => l.startsWith(`${name}:`))!
    .slice(name.length + 1)
    .replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

/** The CN parameter of a line as a reader decodes it (quoted, RFC 6868 caret escapes). */
const commonName = (line: string) =>
  /;CN="([^"]*)"/
    .exec(line)![1]!
    .replace(/\^(\^|n|')/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));

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

  it('keeps hostile names inside their own values: no extra property, and each name reads back whole', () => {
    const talentName = 'Kim\r\nDTSTART:19990101T000000Z';
    const recruiterName = 'Morgan\nATTENDEE:mailto:spy@evil.test';
    const oddName = 'Lee, Jo; "JJ" \\ ^x\rEND:VEVENT\u0007';
    const text = buildChatCalendar({
      ...chat,
      summary: `1-1 chat: ${talentName} × ${recruiterName}`,
      description: oddName,
      organizer: { name: oddName, email: 'no-reply@parley.test' },
      attendees: [
        { name: talentName, email: 'talent1@demo.parley.test' },
        { name: recruiterName, email: 'recruiter1@demo.parley.test' },
      ],
    });
    // Only CRLF ends a line: no bare CR or LF is left for a lenient reader to split on.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(text);
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART:20300304T080000Z']);
    expect(lines.filter((l) => l.startsWith('END:VEVENT'))).toHaveLength(1);
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees.map((l) => l.slice(l.lastIndexOf(':') + 1))).toEqual([
      'talent1@demo.parley.test',
      'recruiter1@demo.parley.test',
    ]);
    expect(attendees.map(commonName)).toEqual(['Kim\nDTSTART:19990101T000000Z', recruiterName]);
    const organizer = lines.find((l) => l.startsWith('ORGANIZER'))!;
    expect(commonName(organizer)).toBe('Lee, Jo; "JJ" \\ ^x\nEND:VEVENT');
    expect(textValue(lines, 'SUMMARY')).toBe(`1-1 chat: Kim\nDTSTART:19990101T000000Z × ${recruiterName}`);
    expect(textValue(lines, 'DESCRIPTION')).toBe('Lee, Jo; "JJ" \\ ^x\nEND:VEVENT');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'Grüße aus München — '.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
