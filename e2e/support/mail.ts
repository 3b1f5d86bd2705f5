import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { StoredMail } from './mail-sink.js';

/** One leaf of a MIME message, its body decoded from its transfer encoding. */
interface MailPart {
  /** Lower-case media type, e.g. `text/calendar`. */
  type: string;
  /** The Content-Type parameters, names in lower case (`charset`, `method`, `name`…). */
  params: Record<string, string>;
  disposition: string | undefined;
  /** The decoded bytes, so line endings and octet lengths can be checked as sent. */
  bytes: Buffer;
  text: string;
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  headers: Map<string, string>;
  parts: MailPart[];
  /** The text/plain body, if any. */
  text: string;
}

type Headers = Map<string, string>;

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`), as mailers write non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replaceAll('_', ' ')).toString('utf8'),
    );
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const input = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    const hex = input.slice(i + 1, i + 3);
    if (input[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(input[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function splitHead(raw: string): { headers: Headers; body: string } {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Headers = new Map();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parseContentType(value = 'text/plain'): { type: string; params: Record<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals === -1) continue;
    params[param.slice(0, equals).trim().toLowerCase()] = param
      .slice(equals + 1)
      .trim()
      .replace(/^"|"$/g, '');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeBody(body: string, encoding = '7bit'): Buffer {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return Buffer.from(body, 'utf8');
  }
}

function leafParts(raw: string): MailPart[] {
  const { headers, body } = splitHead(raw);
  const { type, params } = parseContentType(headers.get('content-type'));
  if (type.startsWith('multipart/') && params.boundary) {
    const delimiter = `--${params.boundary}`;
    const sections = body.split(delimiter).slice(1);
    return sections
      .filter((section) => !section.startsWith('--'))
      .flatMap((section) => leafParts(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  const bytes = decodeBody(body, headers.get('content-transfer-encoding'));
  return [
    {
      type,
      params,
      disposition: headers.get('content-disposition')?.split(';')[0]?.trim().toLowerCase(),
      bytes,
      text: bytes.toString('utf8'),
    },
  ];
}

function parseMail(stored: StoredMail): ReceivedMail {
  const { headers } = splitHead(stored.raw);
  const parts = leafParts(stored.raw);
  return {
    to: stored.to,
    subject: decodeWords(headers.get('subject') ?? ''),
    headers,
    parts,
    text: parts.find((part) => part.type === 'text/plain')?.text ?? '',
  };
}

function storedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort();
}

/**
 * What the app sent over SMTP during this run. `mark()` remembers what has arrived so far, so a test can wait for a
 * message sent after some step without mistaking an earlier one for it.
 */
export class Mailbox {
  private readonly dir = inject('mailDir');
  private seen = new Set<string>();

  mark(): this {
    this.seen = new Set(storedFiles(this.dir));
    return this;
  }

  /** Messages to `to` since the mark, oldest first. */
  list(to: string): ReceivedMail[] {
    return storedFiles(this.dir)
      .filter((name) => !this.seen.has(name))
      .map((name) => JSON.parse(readFileSync(path.join(this.dir, name), 'utf8')) as StoredMail)
      .filter((mail) => mail.to.includes(to.toLowerCase()))
      .map(parseMail);
  }

  /** Waits for a message to `to` whose subject matches, sent since the mark. */
  async waitFor(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.list(to).find((mail) => subject.test(mail.subject));
      if (found) return found;
      if (Date.now() > deadline) {
        const subjects = this.list(to).map((mail) => mail.subject);
        throw new Error(
          `No mail to ${to} with a subject like ${subject} within ${timeoutMs / 1000} s; got: ${JSON.stringify(subjects)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
