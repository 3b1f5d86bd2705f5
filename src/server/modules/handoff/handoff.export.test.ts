import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  type HandoffChat,
  type HandoffInput,
  HANDOFF_FORMAT,
  handoffCsv,
  handoffJson,
  NOTE_SEPARATOR,
} from './handoff.export.js';
import { neutraliseFormula } from '../../infra/http/csv.js';

const chat = (over: Partial<HandoffChat> = {}): HandoffChat => ({
  id: '00000000-0000-4000-8000-000000000001',
  status: 'completed',
  startsAt: new Date('2030-07-15T07:00:00Z'),
  endsAt: new Date('2030-07-15T07:30:00Z'),
  mode: 'virtual',
  recruiter: { name: 'Alex Morgan', email: 'alex@acme.test' },
  talent: {
    name: 'Zoë Müller',
    email: 'zoe@example.test',
    headline: 'Data engineer, "pipelines", tea',
    background: 'Line one\nline two',
    level: 'mid',
    languages: ['English', 'German'],
    topics: ['Data'],
    links: ['https://example.test/zoe'],
    hasCv: true,
  },
  notes: [],
  rating: 4,
  tags: ['python', 'remote'],
  nextStep: 'invite_to_interview',
  ...over,
});

const input = (chats: HandoffChat[]): HandoffInput => ({
  event: { id: '00000000-0000-4000-8000-0000000000e1', name: 'Fair', timeZone: 'Europe/Berlin' },
  company: { id: '00000000-0000-4000-8000-0000000000c1', name: 'Acme' },
  generatedAt: new Date('2030-07-16T10:00:00Z'),
  chats,
  leftOut: 2,
});

const readBack = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('handoffCsv', () => {
  it('starts with a byte order mark and the header, ends rows with CRLF', () => {
    const csv = handoffCsv(input([chat()]));
    expect(csv.startsWith('\uFEFFchat_id,status,starts_at,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 does, and reads back intact', () => {
    const csv = handoffCsv(input([chat()]));
    expect(csv).toContain('"Data engineer, ""pipelines"", tea"');
    const [row] = readBack(csv);
    expect(row).toMatchObject({
      talent_name: 'Zoë Müller',
      talent_email: 'zoe@example.test',
      talent_headline: 'Data engineer, "pipelines", tea',
      talent_background: 'Line one\nline two',
      talent_languages: 'English; German',
      talent_has_cv: 'yes',
      starts_at: '2030-07-15T09:00:00+02:00',
      ends_at: '2030-07-15T09:30:00+02:00',
      time_zone: 'Europe/Berlin',
      duration_minutes: '30',
      mode: 'virtual',
      rating: '4',
      tags: 'python; remote',
      next_step: 'invite_to_interview',
      notes: '',
    });
  });

  it.each([['=HYPERLINK("http://evil.test")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\tcmd'], ['\rcmd']])(
    'neutralises a cell starting a formula: %j',
    (typed) => {
      expect(neutraliseFormula(typed)).toBe(`'${typed}`);
      const [row] = readBack(handoffCsv(input([chat({ talent: { ...chat().talent, headline: typed } })])));
      expect(row!.talent_headline).toBe(`'${typed}`);
    },
  );

  it('leaves ordinary text, and numbers it writes itself, alone', () => {
    expect(neutraliseFormula('Engineer = builder')).toBe('Engineer = builder');
    const [row] = readBack(handoffCsv(input([chat({ rating: null, nextStep: null, mode: null })])));
    expect(row).toMatchObject({ rating: '', next_step: '', mode: '' });
  });

  it('joins the notes in one cell, each with its time and author, apart by a line of dashes', () => {
    const notes = [
      {
        author: { name: 'Alex Morgan', email: 'alex@acme.test' },
        at: new Date('2030-07-15T07:10:00Z'),
        body: 'Strong SQL.',
      },
      {
        author: { name: 'Sam Lee', email: 'sam@acme.test' },
        at: new Date('2030-07-15T08:00:00Z'),
        body: '=1+1, "quoted"\nsecond line',
      },
    ];
    const [row] = readBack(handoffCsv(input([chat({ notes })])));
    expect(row!.notes!.split(NOTE_SEPARATOR)).toEqual([
      '[2030-07-15T09:10:00+02:00] Alex Morgan <alex@acme.test>:\nStrong SQL.',
      '[2030-07-15T10:00:00+02:00] Sam Lee <sam@acme.test>:\n=1+1, "quoted"\nsecond line',
    ]);
  });

  it('writes only the header for no chats', () => {
    expect(readBack(handoffCsv(input([])))).toEqual([]);
  });
});

describe('handoffJson', () => {
  it('nests the same records under a format version', () => {
    const notes = [
      {
        author: { name: 'Alex Morgan', email: 'alex@acme.test' },
        at: new Date('2030-07-15T07:10:00Z'),
        body: '=raw',
      },
    ];
    const json = handoffJson(input([chat({ notes })]));
    expect(json).toMatchObject({
      format: HANDOFF_FORMAT,
      generatedAt: '2030-07-16T12:00:00+02:00',
      company: { name: 'Acme' },
      leftOut: 2,
    });
    expect(json.chats[0]!).toMatchObject({
      startsAt: '2030-07-15T09:00:00+02:00',
      durationMinutes: 30,
      talent: { email: 'zoe@example.test', languages: ['English', 'German'], hasCv: true },
      notes: [{ author: { name: 'Alex Morgan' }, at: '2030-07-15T09:10:00+02:00', body: '=raw' }],
      tags: ['python', 'remote'],
    });
  });
});
