import { plainText, toSingleLine } from '../../../shared/text.js';

/**
 * RFC 5545 invitations for 1-1 chats. One UID per chat for its whole life and a SEQUENCE raised on every change, so
 * calendar apps update or remove the same entry instead of adding new ones. Times are UTC, so no VTIMEZONE is needed.
 */
export interface CalendarChat {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  stamp: Date;
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11); other control characters are
 * dropped, so a name can never end its content line and start a property of its own.
 */
export const escapeText = (value: string) =>
  plainText(value)
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n');

/** Parameter values (`CN=`) are quoted, with `^`, line breaks and `"` written as RFC 6868 says. */
const quoteParam = (value: string) =>
  `"${plainText(value).replaceAll('^', '^^').replaceAll('\n', '^n').replaceAll('"', "^'")}"`;

/** URIs (`mailto:`, links) come from our own configuration and checked addresses; no break may sneak in anyway. */
const uri = (value: string) => toSingleLine(value).replaceAll(' ', '%20');

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back off UTF-8 continuation bytes (10xxxxxx).
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // the leading space of a continuation line counts
  }
  return parts.join('\r\n ');
}

/** The chat's VEVENT: the same in an emailed invitation and in a subscribed calendar feed. */
function eventLines(chat: CalendarChat): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${chat.uid}`,
    `SEQUENCE:${chat.sequence}`,
    `DTSTAMP:${utc(chat.stamp)}`,
    `DTSTART:${utc(chat.startsAt)}`,
    `DTEND:${utc(chat.endsAt)}`,
    `SUMMARY:${escapeText(chat.summary)}`,
    `DESCRIPTION:${escapeText(chat.description)}`,
    `LOCATION:${escapeText(chat.location)}`,
    `URL:${uri(chat.url)}`,
    `ORGANIZER;CN=${quoteParam(chat.organizer.name)}:${uri(`mailto:${chat.organizer.email}`)}`,
    ...chat.attendees.map(
      (a) =>
        `ATTENDEE;CN=${quoteParam(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:${uri(`mailto:${a.email}`)}`,
    ),
    `STATUS:${chat.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A VCALENDAR of chats, with calendar properties (`METHOD:…`, a name) before the events. */
export function buildCalendar(properties: string[], chats: CalendarChat[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Parley//1-1 Chats//EN',
    'CALSCALE:GREGORIAN',
    ...properties,
    ...chats.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export function buildChatCalendar(chat: CalendarChat): string {
  return buildCalendar([`METHOD:${chat.method}`], [chat]);
}
