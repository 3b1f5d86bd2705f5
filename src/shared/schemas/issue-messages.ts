import { z } from 'zod';
import type { Locale } from '../i18n/locales.js';

/**
 * Validation messages people understand, in one place for the server and the web: a sentence naming the field as
 * a form would ("A topic can be at most 60 characters."), never a path and Zod's wording (`topics.1: Too big…`).
 * Messages a schema gives itself ("Write a message first.") win over these. Use it as the `error` of a parse:
 * `schema.safeParse(input, { error: issueMessage })`.
 *
 * English is written here; other languages add theirs (`speakIssueLanguage`, issue-messages-de.ts), the web only
 * once a page in that language needs them.
 */

export type Issue = z.core.$ZodRawIssue;
export type PathKey = PropertyKey;

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
export function wordsOf(key: string): string {
  if (fieldWords[key]) return fieldWords[key];
  return key
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** One entry of a list field: `topics` → `topic`, `open slots` → `open slot`. */
const singular = (words: string) => words.replace(/ies$/, 'y').replace(/s$/, '');
const withArticle = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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

const messageIn: Partial<Record<Locale, (issue: Issue) => string>> = { en: englishMessage };

/** Adds a language's sentences (issue-messages-de.ts); a parse in a language not added yet reads English. */
export function speakIssueLanguage(locale: Locale, message: (issue: Issue) => string): void {
  messageIn[locale] = message;
}

/** The sentence about one issue in a given language. */
export const issueMessageIn =
  (locale: Locale) =>
  (issue: Issue): string =>
    (messageIn[locale] ?? englishMessage)(issue);

/** The language of parses in this process: the request's on the server, the page's on the web. */
let localeOfParses: () => Locale = () => 'en';

/** The language of the parse running now (English until the process says otherwise). */
export const parseLocale = (): Locale => localeOfParses();

/** The sentence about one issue, in the language of the parse that found it. */
export const issueMessage = (issue: Issue): string => issueMessageIn(localeOfParses())(issue);

/**
 * Makes `issueMessage` the wording of every parse in this process (the server's and the web's entry points), in the
 * language `localeOf` gives at the time of each parse.
 */
export function speakHumanValidationMessages(localeOf: () => Locale): void {
  localeOfParses = localeOf;
  z.config({ customError: issueMessage });
}
