import { isoInZone } from '../../../shared/time/zoned.js';
import { type CsvCell, spreadsheetCsv } from '../../infra/http/csv.js';

/** Names the file's layout; a change an importer must know of gets a new version (docs/HANDOFF.md). */
export const HANDOFF_FORMAT = 'parley-handoff/1';

interface HandoffNote {
  author: { name: string; email: string };
  at: Date;
  body: string;
}

/** One booked chat of the company, of a talent who shares their details with it. */
export interface HandoffChat {
  id: string;
  status: string;
  startsAt: Date | null;
  endsAt: Date | null;
  mode: 'virtual' | 'in_person' | null;
  recruiter: { name: string; email: string };
  talent: {
    name: string;
    email: string;
    headline: string;
    background: string;
    level: string | null;
    languages: string[];
    topics: string[];
    links: string[];
    hasCv: boolean;
  };
  notes: HandoffNote[];
  rating: number | null;
  tags: string[];
  nextStep: string | null;
}

export interface HandoffInput {
  event: { id: string; name: string; timeZone: string };
  company: { id: string; name: string };
  generatedAt: Date;
  chats: HandoffChat[];
  /** Chats left out because their talent does not share their details with the company. */
  leftOut: number;
}

const minutesBetween = (start: Date | null, end: Date | null) =>
  start && end ? Math.round((end.getTime() - start.getTime()) / 60_000) : null;

/** Every chat as the JSON file holds it; the CSV flattens the same records, so the two never disagree. */
function records(input: HandoffInput) {
  const zoned = (instant: Date | null) => instant && isoInZone(instant, input.event.timeZone);
  return input.chats.map((chat) => ({
    id: chat.id,
    status: chat.status,
    startsAt: zoned(chat.startsAt),
    endsAt: zoned(chat.endsAt),
    timeZone: input.event.timeZone,
    durationMinutes: minutesBetween(chat.startsAt, chat.endsAt),
    mode: chat.mode,
    recruiter: chat.recruiter,
    talent: chat.talent,
    notes: chat.notes.map((note) => ({ author: note.author, at: zoned(note.at)!, body: note.body })),
    rating: chat.rating,
    tags: chat.tags,
    nextStep: chat.nextStep,
  }));
}

export function handoffJson(input: HandoffInput) {
  return {
    format: HANDOFF_FORMAT,
    generatedAt: isoInZone(input.generatedAt, input.event.timeZone),
    event: input.event,
    company: input.company,
    leftOut: input.leftOut,
    chats: records(input),
  };
}

/** The CSV's columns in order (docs/HANDOFF.md describes each). */
export const CSV_COLUMNS = [
  'chat_id',
  'status',
  'starts_at',
  'ends_at',
  'time_zone',
  'duration_minutes',
  'mode',
  'recruiter_name',
  'recruiter_email',
  'talent_name',
  'talent_email',
  'talent_headline',
  'talent_background',
  'talent_level',
  'talent_languages',
  'talent_topics',
  'talent_links',
  'talent_has_cv',
  'rating',
  'tags',
  'next_step',
  'notes',
] as const;

/**
 * Between notes in the `notes` cell: a line of three dashes, each note then starting with its `[time] author` line.
 * A reader that must split notes exactly, whatever their text, reads the JSON.
 */
export const NOTE_SEPARATOR = '\n---\n';
const LIST_SEPARATOR = '; ';

const noteCell = (note: { author: { name: string; email: string }; at: string; body: string }) =>
  `[${note.at}] ${note.author.name} <${note.author.email}>:\n${note.body}`;

/** One row per chat, in a file a spreadsheet opens safely (`spreadsheetCsv`). */
export function handoffCsv(input: HandoffInput): string {
  const rows = records(input).map((chat) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], CsvCell> = {
      chat_id: chat.id,
      status: chat.status,
      starts_at: chat.startsAt,
      ends_at: chat.endsAt,
      time_zone: chat.timeZone,
      duration_minutes: chat.durationMinutes,
      mode: chat.mode,
      recruiter_name: chat.recruiter.name,
      recruiter_email: chat.recruiter.email,
      talent_name: chat.talent.name,
      talent_email: chat.talent.email,
      talent_headline: chat.talent.headline,
      talent_background: chat.talent.background,
      talent_level: chat.talent.level,
      talent_languages: chat.talent.languages.join(LIST_SEPARATOR),
      talent_topics: chat.talent.topics.join(LIST_SEPARATOR),
      talent_links: chat.talent.links.join(LIST_SEPARATOR),
      talent_has_cv: chat.talent.hasCv ? 'yes' : 'no',
      rating: chat.rating,
      tags: chat.tags.join(LIST_SEPARATOR),
      next_step: chat.nextStep,
      notes: chat.notes.map(noteCell).join(NOTE_SEPARATOR),
    };
    return cells;
  });
  return spreadsheetCsv(CSV_COLUMNS, rows);
}
