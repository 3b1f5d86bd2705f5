/**
 * A strict reading of an iCalendar object (RFC 5545) as far as a calendar app needs it: it throws, naming the
 * rule, on anything a strict parser would reject, and returns the calendar's and the one event's properties.
 */
export interface Calendar {
  /** Calendar-level properties by name, e.g. `METHOD`, `VERSION`. */
  properties: Map<string, string>;
  /** The VEVENT's properties by name; repeated ones (ATTENDEE) keep every value. */
  event: Map<string, string[]>;
}

/** `DTSTART:20300304T090000Z` → the instant, or an error when the value is not a UTC date-time. */
export function utcDateTime(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) throw new Error(`not a UTC DATE-TIME (RFC 5545 §3.3.5 form 2): ${value}`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

// name *(";" param) ":" value, names being IANA tokens or X-names (§3.1).
const contentLine =
  /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/;

/** A published calendar (a subscribed feed): its properties and every VEVENT's properties, in order. */
export interface CalendarFeed {
  properties: Map<string, string>;
  events: Map<string, string[]>[];
}

export function parseCalendar(bytes: Buffer): Calendar {
  const { properties, events } = parseCalendarFeed(bytes);
  if (events.length !== 1) throw new Error(`expected one VEVENT, found ${events.length}`);
  return { properties, event: events[0]! };
}

/** The same strict reading for any number of VEVENTs, as in a calendar feed. */
export function parseCalendarFeed(bytes: Buffer): CalendarFeed {
  const text = bytes.toString('utf8');
  if (!text.endsWith('\r\n')) throw new Error('the last line does not end with CRLF (§3.1)');
  const physical = text.slice(0, -2).split('\r\n');
  for (const [index, line] of physical.entries()) {
    if (/[\r\n]/.test(line))
      throw new Error(`line ${index + 1} breaks with a bare CR or LF, not CRLF (§3.1)`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) throw new Error(`line ${index + 1} is ${octets} octets, more than 75 (§3.1): ${line}`);
  }
  if (/^[ \t]/.test(physical[0] ?? '')) throw new Error('the first line is a continuation line');
  // Unfolding: CRLF followed by one space or tab joins the lines (§3.1).
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');

  const properties = new Map<string, string>();
  const events: Map<string, string[]>[] = [];
  const open: string[] = [];
  for (const [index, line] of lines.entries()) {
    const match = contentLine.exec(line);
    if (!match) throw new Error(`not a content line (§3.1): ${line}`);
    const name = match[1]!.toUpperCase();
    const value = match[3]!;
    if (name === 'BEGIN') {
      if (open.length === 0 && value !== 'VCALENDAR')
        throw new Error('the object does not begin with VCALENDAR');
      if (value === 'VEVENT') events.push(new Map());
      open.push(value);
    } else if (name === 'END') {
      const last = open.pop();
      if (last !== value) throw new Error(`END:${value} closes ${last ?? 'nothing'}`);
    } else if (open.length === 1) {
      properties.set(name, value);
    } else if (open.at(-1) === 'VEVENT') {
      const event = events.at(-1)!;
      event.set(name, [...(event.get(name) ?? []), value]);
    }
    if (open.length === 0 && index !== lines.length - 1) throw new Error('content after END:VCALENDAR');
  }
  if (open.length) throw new Error(`not closed: ${open.join(', ')}`);
  for (const required of ['VERSION', 'PRODID'])
    if (!properties.has(required)) throw new Error(`VCALENDAR lacks ${required} (§3.6)`);
  for (const event of events)
    for (const required of ['UID', 'DTSTAMP'])
      if (event.get(required)?.length !== 1) throw new Error(`VEVENT needs exactly one ${required} (§3.6.1)`);
  return { properties, events };
}
