import { z } from 'zod';
import type { Locale } from '../i18n/locales.js';

/**
 * Validation messages people understand, in one place for the server and the web: a sentence naming the field as
 * a form would ("A topic can be at most 60 characters."), never a path and Zod's wording (`topics.1: Too big…`).
 * Messages a schema gives itself ("Write a message first.") win over these. Use it as the `error` of a parse:
 * `schema.safeParse(input, { error: issueMessage })`.
 *
 * German is not the English sentence word for word: it names the field as a label, then says what is wrong
 * (`Thema: höchstens 60 Zeichen.`), which reads well whatever the field's grammatical gender.
 */

type Issue = z.core.$ZodRawIssue;
type PathKey = PropertyKey;

/** Keys whose words do not say what the person filled in. */
const fieldWords: Record<string, string> = {
  id: 'address',
  q: 'search',
  opensAt: 'opening time',
  closesAt: 'closing time',
  startsAt: 'time',
  durationMinutes: 'duration',
  openSlotStarts: 'open slots',
  csv: 'CSV file',
  bio: 'short bio',
  pageSize: 'page size',
};

/** `customQuestion` → `custom question`; `recruiterId` → `recruiter`. */
function wordsOf(key: string): string {
  if (fieldWords[key]) return fieldWords[key];
  return key
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** One entry of a list field: `topics` → `topic`, `open slots` → `open slot`. */
const singular = (words: string) => words.replace(/ies$/, 'y').replace(/s$/, '');
const withArticle = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Subject {
  /** How the sentence names the field: `the custom question`, `a topic`. */
  name: string;
  /** The field's own words, for counts: `topics`. */
  words: string;
  /** Which entry of a list the field belongs to, for sentences about a field inside it: `Day 2`. */
  within: string | null;
}

function subjectOf(path: readonly PathKey[]): Subject {
  const keys = path.map(String);
  const last = keys.at(-1);
  if (last === undefined) return { name: 'the request', words: 'request', within: null };
  const listIndex = keys.findIndex((key, i) => i > 0 && /^\d+$/.test(key) && i < keys.length - 1);
  const within =
    listIndex > 0
      ? `${capitalized(singular(wordsOf(keys[listIndex - 1]!)))} ${Number(keys[listIndex]) + 1}`
      : null;
  if (/^\d+$/.test(last) && keys.length > 1) {
    const words = wordsOf(keys.at(-2)!);
    return { name: withArticle(singular(words)), words, within };
  }
  const words = wordsOf(last);
  return { name: `the ${words}`, words, within };
}

const expectedKinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

const formats: Record<string, string> = {
  email: 'must be an email address, such as name@example.com',
  uuid: 'is not one we know',
  guid: 'is not one we know',
  datetime: 'must be a date and time',
  date: 'must be a date',
  time: 'must be a time of day',
  url: 'must be a web address',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A list's size reads better as what to do: `Choose at most 30 languages.` */
function listSize(issue: Issue, subject: Subject): string | null {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return null;
  if (issue.origin !== 'array' && issue.origin !== 'set') return null;
  const n = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const bound = issue.code === 'too_big' ? 'at most' : 'at least';
  return `choose ${bound} ${n === 1 ? `one ${singular(subject.words)}` : `${n} ${subject.words}`}.`;
}

/** The sentence about one issue, without the field's name in front. */
function predicate(issue: Issue): string {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      const at = issue.inclusive === false ? 'less than' : 'at most';
      if (issue.origin === 'string') return `can be ${at} ${plural(max, 'character')}`;
      return `can be ${at} ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const least = issue.inclusive === false ? 'more than' : 'at least';
      if (issue.origin === 'string')
        return min <= 1 ? 'cannot be empty' : `needs ${least} ${plural(min, 'character')}`;
      return `must be ${least} ${min}`;
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'is missing';
      return `must be ${expectedKinds[issue.expected] ?? 'something else'}`;
    case 'invalid_format':
      return formats[issue.format] ?? 'is not in the expected format';
    case 'invalid_value':
      return issue.values.length <= 6
        ? `must be one of: ${issue.values.map(String).join(', ')}`
        : 'is not one of the choices';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is not valid';
  }
}

function englishMessage(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return `${capitalized(keys)} ${issue.keys.length === 1 ? 'is' : 'are'} not expected here.`;
  }
  const subject = subjectOf(issue.path ?? []);
  const sentence = listSize(issue, subject) ?? `${subject.name} ${predicate(issue)}.`;
  return subject.within ? `${subject.within}: ${sentence}` : capitalized(sentence);
}

/** How German names a field: its label, and for a list the label of one entry. */
interface GermanField {
  label: string;
  entry?: string;
}

/** German labels of the fields the schemas take; a key without one is named by its English words. */
const germanFields: Record<string, GermanField> = {
  id: { label: 'Adresse' },
  q: { label: 'Suche' },
  email: { label: 'E-Mail' },
  password: { label: 'Passwort' },
  currentPassword: { label: 'Aktuelles Passwort' },
  newPassword: { label: 'Neues Passwort' },
  token: { label: 'Link' },
  name: { label: 'Name' },
  headline: { label: 'Überschrift' },
  bio: { label: 'Kurzbiografie' },
  links: { label: 'Links', entry: 'Link' },
  url: { label: 'Webadresse' },
  urls: { label: 'Webadressen', entry: 'Webadresse' },
  topics: { label: 'Themen', entry: 'Thema' },
  topic: { label: 'Thema' },
  tags: { label: 'Schlagwörter', entry: 'Schlagwort' },
  languages: { label: 'Sprachen', entry: 'Sprache' },
  language: { label: 'Sprache' },
  timeZone: { label: 'Zeitzone' },
  browserTimeZone: { label: 'Zeitzone' },
  date: { label: 'Datum' },
  days: { label: 'Tage', entry: 'Tag' },
  day: { label: 'Tag' },
  dayId: { label: 'Tag' },
  mode: { label: 'Format' },
  opensAt: { label: 'Öffnungszeit' },
  closesAt: { label: 'Schließzeit' },
  durations: { label: 'Gesprächsdauern', entry: 'Gesprächsdauer' },
  durationMinutes: { label: 'Dauer' },
  startsAt: { label: 'Uhrzeit' },
  endsAt: { label: 'Ende' },
  openSlotStarts: { label: 'Offene Zeitfenster', entry: 'Offenes Zeitfenster' },
  slots: { label: 'Zeitfenster', entry: 'Zeitfenster' },
  customQuestion: { label: 'Eigene Frage' },
  answer: { label: 'Antwort' },
  message: { label: 'Nachricht' },
  text: { label: 'Text' },
  body: { label: 'Text' },
  note: { label: 'Notiz' },
  reason: { label: 'Grund' },
  subject: { label: 'Betreff' },
  description: { label: 'Beschreibung' },
  rating: { label: 'Bewertung' },
  nextStep: { label: 'Nächster Schritt' },
  kind: { label: 'Art' },
  format: { label: 'Format' },
  role: { label: 'Rolle' },
  sort: { label: 'Sortierung' },
  tab: { label: 'Ansicht' },
  audience: { label: 'Empfänger' },
  sendDate: { label: 'Versanddatum' },
  sendTime: { label: 'Versandzeit' },
  eventId: { label: 'Event' },
  companyId: { label: 'Unternehmen' },
  companyName: { label: 'Unternehmen' },
  recruiterId: { label: 'Recruiter:in' },
  suggestedRecruiterId: { label: 'Vorgeschlagene Recruiter:in' },
  talentId: { label: 'Talent' },
  chatId: { label: 'Gespräch' },
  csv: { label: 'CSV-Datei' },
  fileName: { label: 'Dateiname' },
  cursor: { label: 'Seite' },
  pageSize: { label: 'Seitengröße' },
  limit: { label: 'Anzahl' },
  withinDays: { label: 'Zeitraum in Tagen' },
  requestPolicy: { label: 'Anfragen und Einladungen' },
  bookingMode: { label: 'Buchungsart' },
  bookingsOpenAt: { label: 'Buchungsbeginn' },
  bookingsCloseAt: { label: 'Buchungsschluss' },
  runningLateMinutes: { label: 'Verspätung' },
  shareWithCompany: { label: 'Weitergabe an das Unternehmen' },
  maxChatsPerTalent: { label: 'Gespräche pro Talent' },
  maxChatsPerTalentPerDay: { label: 'Gespräche pro Talent und Tag' },
  maxOpenRequestsPerTalent: { label: 'Offene Anfragen pro Talent' },
  maxChatsPerRecruiterPerDay: { label: 'Gespräche pro Recruiter:in und Tag' },
  breakAfterChats: { label: 'Gespräche vor einer Pause' },
  breakMinutes: { label: 'Pausenlänge in Minuten' },
  minGapMinutes: { label: 'Minuten zwischen Gesprächen' },
  minNoticeHours: { label: 'Vorlauf in Stunden' },
  requestCutoffHours: { label: 'Anfrageschluss in Stunden' },
  changeCutoffHours: { label: 'Änderungsschluss in Stunden' },
  maxReschedulesPerChat: { label: 'Verschiebungen pro Gespräch' },
  noShowLimit: { label: 'Grenze für Nichterscheinen' },
  noShowAfterMinutes: { label: 'Nichterscheinen nach Minuten' },
  offerHoldMinutes: { label: 'Reservierung in Minuten' },
  offerHoldMinutesOnEventDays: { label: 'Reservierung an Event-Tagen in Minuten' },
};

/** A key's German label, else its English words (`someNewField` → `Some new field`). */
const germanLabel = (key: string) => germanFields[key]?.label ?? capitalized(wordsOf(key));
const germanEntry = (key: string) => germanFields[key]?.entry ?? germanLabel(key);

/** Who the German sentence is about: `Thema`, `Tag 2, Öffnungszeit`, `Anfrage`. */
function germanSubject(path: readonly PathKey[]): string {
  const keys = path.map(String);
  const last = keys.at(-1);
  if (last === undefined) return 'Anfrage';
  const listIndex = keys.findIndex((key, i) => i > 0 && /^\d+$/.test(key) && i < keys.length - 1);
  const within = listIndex > 0 ? `${germanEntry(keys[listIndex - 1]!)} ${Number(keys[listIndex]) + 1}, ` : '';
  if (/^\d+$/.test(last) && keys.length > 1) return `${within}${germanEntry(keys.at(-2)!)}`;
  return `${within}${germanLabel(last)}`;
}

const germanKinds: Record<string, string> = {
  string: 'muss Text sein',
  number: 'muss eine Zahl sein',
  int: 'muss eine ganze Zahl sein',
  boolean: 'muss Ja oder Nein sein',
  array: 'muss eine Liste sein',
  object: 'muss eine Gruppe von Feldern sein',
  date: 'muss ein Datum sein',
};

const germanFormats: Record<string, string> = {
  email: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.com',
  uuid: 'Diesen Eintrag kennen wir nicht',
  guid: 'Diesen Eintrag kennen wir nicht',
  datetime: 'Bitte Datum und Uhrzeit angeben',
  date: 'Bitte ein Datum angeben',
  time: 'Bitte eine Uhrzeit angeben',
  url: 'Bitte eine Webadresse angeben',
};

/** What is wrong, in German, after the field's label (without the full stop). */
function germanPredicate(issue: Issue): string {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('de-DE');
      const at = issue.inclusive === false ? 'weniger als' : 'höchstens';
      if (issue.origin === 'array' || issue.origin === 'set') return `Bitte ${at} ${max} auswählen`;
      if (issue.origin === 'string') return `${at} ${max} Zeichen`;
      return `${at} ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const least = issue.inclusive === false ? 'mehr als' : 'mindestens';
      const n = min.toLocaleString('de-DE');
      if (issue.origin === 'array' || issue.origin === 'set') return `Bitte ${least} ${n} auswählen`;
      if (issue.origin === 'string') return min <= 1 ? 'Bitte ausfüllen' : `${least} ${n} Zeichen`;
      return `${least} ${n}`;
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Bitte angeben';
      return germanKinds[issue.expected] ?? 'hat die falsche Art';
    case 'invalid_format':
      return germanFormats[issue.format] ?? 'nicht im erwarteten Format';
    case 'invalid_value':
      return issue.values.length <= 6
        ? `erlaubt sind: ${issue.values.map(String).join(', ')}`
        : 'Bitte eine der angebotenen Möglichkeiten wählen';
    case 'not_multiple_of':
      return `muss ein Vielfaches von ${String(issue.divisor)} sein`;
    default:
      return 'ungültig';
  }
}

function germanMessage(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `Hier nicht erwartet: ${issue.keys.join(', ')}.`;
  return `${germanSubject(issue.path ?? [])}: ${germanPredicate(issue)}.`;
}

const messageIn: Record<Locale, (issue: Issue) => string> = { en: englishMessage, de: germanMessage };

/** The sentence about one issue in a given language. */
export const issueMessageIn =
  (locale: Locale) =>
  (issue: Issue): string =>
    messageIn[locale](issue);

/** The language of parses in this process: the request's on the server, the page's on the web. */
let localeOfParses: () => Locale = () => 'en';

/** The language of the parse running now (English until the process says otherwise). */
export const parseLocale = (): Locale => localeOfParses();

/** The sentence about one issue, in the language of the parse that found it. */
export const issueMessage = (issue: Issue): string => messageIn[localeOfParses()](issue);

/**
 * Makes `issueMessage` the wording of every parse in this process (the server's and the web's entry points), in the
 * language `localeOf` gives at the time of each parse.
 */
export function speakHumanValidationMessages(localeOf: () => Locale): void {
  localeOfParses = localeOf;
  z.config({ customError: issueMessage });
}
