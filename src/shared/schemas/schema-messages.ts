import type { Locale } from '../i18n/locales.js';
import { parseLocale } from './issue-messages.js';

/**
 * The sentences schemas give themselves ("Write a message first."), by a stable id: they win over the generated ones
 * of issue-messages.ts. `{name}` stands for a value the schema passes in. English here; another language's table
 * (schema-messages-de.ts) is added by `speakSchemaLanguage`, on the web only once a page needs it.
 */
export const schemaMessages = {
  'account.passwordToConfirm': 'Enter your password to confirm.',
  'announcements.audience': 'Choose who receives it.',
  'announcements.company': 'Choose a company.',
  'announcements.oneCompany': 'Only one company can be chosen.',
  'announcements.subjectEmpty': 'Write a subject.',
  'announcements.subjectMax': 'Keep the subject to {max} characters.',
  'announcements.messageEmpty': 'Write a message.',
  'announcements.messageMax': 'Keep the message to {max} characters.',
  'announcements.sendTimeFormat': 'Use a time like 09:00.',
  'announcements.sendTime': 'Choose a time to send it.',
  'announcements.sendDate': 'Choose a date to send it.',
  'dates.dateFormat': 'Use a date like 2030-03-04.',
  'auth.email': 'Enter a valid email address.',
  'auth.passwordMin': 'Use at least 10 characters.',
  'auth.passwordMax': 'Use at most 200 characters.',
  'auth.password': 'Enter your password.',
  'auth.language': 'Choose one of the languages offered.',
  'auth.clock': 'Choose a 24-hour or a 12-hour clock.',
  'availability.questionMax': 'Keep the question under 300 characters.',
  'availability.favourites': 'Favourites is true or false.',
  'chats.runningLate': 'Say {choices} minutes.',
  'chats.pickTalent': 'Pick a talent.',
  'chats.pickRecruiter': 'Pick who the talent will chat with.',
  'cvs.pdf': 'Send the CV as a PDF file (Content-Type: application/pdf).',
  'cvs.fileNameMax': 'A file name has at most 1000 characters.',
  'dashboard.table': 'Choose one of the tables: {tables}.',
  'eventHealth.days': 'Enter a number of days.',
  'eventHealth.wholeDays': 'Enter a whole number of days.',
  'eventHealth.daysMin': 'Enter 0 days or more.',
  'eventHealth.daysMax': 'Enter at most 365 days.',
  'eventHealth.noteMax': 'Keep the note to 1,000 characters.',
  'ids.company': 'Not a valid company id.',
  'ids.day': 'Not a valid day id.',
  'ids.chat': 'Not a valid chat id.',
  'ids.peer': 'Not a valid peer id.',
  'ids.event': 'Not a valid event id.',
  'ids.notification': 'Not a valid notification id.',
  'ids.message': 'Not a valid message id.',
  'events.timeOfDay': 'Use a time like 09:00 (24:00 for midnight).',
  'events.years': 'Choose a date from {first}-01-01 to {last}-12-31.',
  'events.pastDate': 'This date has passed. Choose today or a later day.',
  'events.instant': 'Use a time like 2030-03-04T09:00:00Z.',
  'events.timeZone': 'Choose a time zone such as Europe/Berlin.',
  'events.durationMin': 'Chats last at least {minutes} minutes.',
  'events.durationMax': 'Chats last at most {minutes} minutes.',
  'events.durationsEmpty': 'Allow at least one chat duration.',
  'events.durationsUnique': 'Each duration only once.',
  'events.closeAfterOpen': 'The day must close after it opens.',
  'events.durationTooLong': 'A chat duration is longer than the day is open.',
  'events.ruleWhole': 'Enter a whole number, or leave it empty for no limit.',
  'events.ruleMin': 'The {rule} must be at least {min}.',
  'events.ruleMax': 'The {rule} can be at most {max}.',
  'events.breakBoth': 'Set both the number of chats before a break and the length of the break, or neither.',
  'events.offerHold': '{label}: a whole number of minutes from {min} to {max}.',
  'events.bookingsCloseAfterOpen': 'Bookings must close after they open.',
  'events.name': 'Give the event a name.',
  'events.wholeMinutes': 'Enter a whole number of minutes.',
  'events.noShowMin': 'No-shows are marked at least {min} minute after the start.',
  'events.noShowMax': 'No-shows are marked at most {max} minutes after the start.',
  'events.daysEmpty': 'Add at least one day.',
  'events.daysMax': 'An event has at most 31 days.',
  'events.datesUnique': 'Each date only once.',
  'events.daysUnique': 'Each existing day only once.',
  'handoff.share': 'Tick or untick sharing your details with the company.',
  'handoff.format': 'Choose csv or json as the export format.',
  'notes.nextStep': 'Choose a next step: Invite to interview, Keep in touch, Not a fit or No show.',
  'notes.empty': 'Write the note first.',
  'notes.max': 'A note can be at most {max} characters.',
  'notes.tagEmpty': 'A tag cannot be empty.',
  'notes.tagMax': 'A tag can be at most {max} characters.',
  'notes.rating': 'Give a rating from 1 to 5.',
  'notes.tagsList': 'Give the tags as a list.',
  'notes.tagsMax': 'A 1-1 chat can have at most {max} tags.',
  'notes.something': 'Give a rating, tags or a next step.',
  'paging.notifications': 'Ask for a number of notifications.',
  'paging.wholeNotifications': 'Ask for a whole number of notifications.',
  'paging.notificationsRange': 'Ask for 1 to {max} notifications at a time.',
  'paging.messages': 'Ask for a number of messages.',
  'paging.wholeMessages': 'Ask for a whole number of messages.',
  'paging.messagesRange': 'Ask for 1 to {max} messages at a time.',
  'registrations.name': 'Enter a name.',
  'registrations.companyName': 'Enter the company name.',
  'registrations.fileEmpty': 'The file is empty.',
  'registrations.fileTooLarge': 'The file is larger than 5 MB.',
  'messages.empty': 'Write a message first.',
  'rooms.messageMax': 'A message can be at most 2000 characters.',
  'rooms.signal': 'A signal carries a description or a candidate.',
  'safety.reported': 'Choose whom you report.',
  'safety.description': 'Say what happened.',
  'safety.descriptionMax': 'The description can be at most 1000 characters.',
  'support.messageMax': 'Keep the message under {max} characters.',
  'talents.level': 'Choose a level of experience: student, entry, mid, senior or executive.',
  'talents.name': 'Enter your name.',
  'talents.link': 'Links must start with http:// or https://',
  'talents.searchMax': 'Search for at most 100 characters.',
  'talents.languageMax': 'A language has at most 60 characters.',
  'talents.topicMax': 'A topic has at most 60 characters.',
  'talents.page': 'The page is a whole number from 1 to 10000.',
  'talents.pageSize': 'The page size is a whole number from 1 to 100.',
  'text.singleLine': 'Use one line of plain text, without line breaks or control characters.',
  'text.multiLine': 'Remove the control characters; only tabs and line breaks are allowed.',
} as const;

export type SchemaMessageId = keyof typeof schemaMessages;

const languages: Partial<Record<Locale, Record<SchemaMessageId, string>>> = { en: schemaMessages };

/** Adds a language's sentences; a parse in a language not added yet reads English. */
export function speakSchemaLanguage(locale: Locale, messages: Record<SchemaMessageId, string>): void {
  languages[locale] = messages;
}

/** A value of a message: as it is, or written for the language (a list joined with its `or`). */
type Value = string | number | ((locale: Locale) => string);

/** A schema's own message in a language (the parse's when not given), its `{name}`s filled in. */
export function schemaMessage(
  id: SchemaMessageId,
  values: Record<string, Value> = {},
  locale: Locale = parseLocale(),
): string {
  return (languages[locale] ?? schemaMessages)[id].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'function' ? value(locale) : String(value);
  });
}

/** The `error` of a schema: its message in the language of each parse. */
export const say = (id: SchemaMessageId, values?: Record<string, Value>) => (): string =>
  schemaMessage(id, values);
