import type { Locale } from '../i18n/locales.js';
import { parseLocale } from './issue-messages.js';

/**
 * The sentences schemas give themselves ("Write a message first."), by a stable id, in every language: they win over
 * the generated ones of issue-messages.ts. `{name}` stands for a value the schema passes in.
 */
export const schemaMessages = {
  'account.passwordToConfirm': {
    en: 'Enter your password to confirm.',
    de: 'Geben Sie zur Bestätigung Ihr Passwort ein.',
  },
  'announcements.audience': { en: 'Choose who receives it.', de: 'Wählen Sie, wer sie erhält.' },
  'announcements.company': { en: 'Choose a company.', de: 'Wählen Sie ein Unternehmen.' },
  'announcements.oneCompany': {
    en: 'Only one company can be chosen.',
    de: 'Es kann nur ein Unternehmen gewählt werden.',
  },
  'announcements.subjectEmpty': { en: 'Write a subject.', de: 'Schreiben Sie einen Betreff.' },
  'announcements.subjectMax': {
    en: 'Keep the subject to {max} characters.',
    de: 'Der Betreff darf höchstens {max} Zeichen lang sein.',
  },
  'announcements.messageEmpty': { en: 'Write a message.', de: 'Schreiben Sie eine Nachricht.' },
  'announcements.messageMax': {
    en: 'Keep the message to {max} characters.',
    de: 'Die Nachricht darf höchstens {max} Zeichen lang sein.',
  },
  'announcements.sendTimeFormat': {
    en: 'Use a time like 09:00.',
    de: 'Geben Sie eine Uhrzeit wie 09:00 an.',
  },
  'announcements.sendTime': {
    en: 'Choose a time to send it.',
    de: 'Wählen Sie eine Uhrzeit für den Versand.',
  },
  'announcements.sendDate': { en: 'Choose a date to send it.', de: 'Wählen Sie ein Datum für den Versand.' },
  'dates.dateFormat': { en: 'Use a date like 2030-03-04.', de: 'Geben Sie ein Datum wie 2030-03-04 an.' },
  'auth.email': { en: 'Enter a valid email address.', de: 'Geben Sie eine gültige E-Mail-Adresse ein.' },
  'auth.passwordMin': { en: 'Use at least 10 characters.', de: 'Verwenden Sie mindestens 10 Zeichen.' },
  'auth.passwordMax': { en: 'Use at most 200 characters.', de: 'Verwenden Sie höchstens 200 Zeichen.' },
  'auth.password': { en: 'Enter your password.', de: 'Geben Sie Ihr Passwort ein.' },
  'auth.language': {
    en: 'Choose one of the languages offered.',
    de: 'Wählen Sie eine der angebotenen Sprachen.',
  },
  'availability.questionMax': {
    en: 'Keep the question under 300 characters.',
    de: 'Die Frage darf höchstens 300 Zeichen lang sein.',
  },
  'availability.favourites': { en: 'Favourites is true or false.', de: 'Favoriten ist true oder false.' },
  'chats.runningLate': { en: 'Say {choices} minutes.', de: 'Geben Sie {choices} Minuten an.' },
  'chats.pickTalent': { en: 'Pick a talent.', de: 'Wählen Sie ein Talent.' },
  'chats.pickRecruiter': {
    en: 'Pick who the talent will chat with.',
    de: 'Wählen Sie, mit wem das Talent sprechen wird.',
  },
  'cvs.pdf': {
    en: 'Send the CV as a PDF file (Content-Type: application/pdf).',
    de: 'Senden Sie den Lebenslauf als PDF-Datei (Content-Type: application/pdf).',
  },
  'cvs.fileNameMax': {
    en: 'A file name has at most 1000 characters.',
    de: 'Ein Dateiname hat höchstens 1000 Zeichen.',
  },
  'dashboard.table': {
    en: 'Choose one of the tables: {tables}.',
    de: 'Wählen Sie eine der Tabellen: {tables}.',
  },
  'eventHealth.days': { en: 'Enter a number of days.', de: 'Geben Sie eine Anzahl von Tagen ein.' },
  'eventHealth.wholeDays': {
    en: 'Enter a whole number of days.',
    de: 'Geben Sie eine ganze Zahl von Tagen ein.',
  },
  'eventHealth.daysMin': { en: 'Enter 0 days or more.', de: 'Geben Sie 0 oder mehr Tage ein.' },
  'eventHealth.daysMax': { en: 'Enter at most 365 days.', de: 'Geben Sie höchstens 365 Tage ein.' },
  'eventHealth.noteMax': {
    en: 'Keep the note under 1,000 characters.',
    de: 'Die Notiz darf höchstens 1.000 Zeichen lang sein.',
  },
  'ids.company': { en: 'Not a valid company id.', de: 'Keine gültige Unternehmens-ID.' },
  'ids.day': { en: 'Not a valid day id.', de: 'Keine gültige Tages-ID.' },
  'ids.chat': { en: 'Not a valid chat id.', de: 'Keine gültige Gesprächs-ID.' },
  'ids.peer': { en: 'Not a valid peer id.', de: 'Keine gültige Teilnehmer-ID.' },
  'ids.event': { en: 'Not a valid event id.', de: 'Keine gültige Event-ID.' },
  'ids.notification': { en: 'Not a valid notification id.', de: 'Keine gültige Benachrichtigungs-ID.' },
  'ids.message': { en: 'Not a valid message id.', de: 'Keine gültige Nachrichten-ID.' },
  'events.timeOfDay': {
    en: 'Use a time like 09:00 (24:00 for midnight).',
    de: 'Geben Sie eine Uhrzeit wie 09:00 an (24:00 für Mitternacht).',
  },
  'events.years': {
    en: 'Choose a date from {first}-01-01 to {last}-12-31.',
    de: 'Wählen Sie ein Datum vom {first}-01-01 bis zum {last}-12-31.',
  },
  'events.pastDate': {
    en: 'This date has passed. Choose today or a later day.',
    de: 'Dieses Datum ist vorbei. Wählen Sie heute oder einen späteren Tag.',
  },
  'events.instant': {
    en: 'Use a time like 2030-03-04T09:00:00Z.',
    de: 'Geben Sie einen Zeitpunkt wie 2030-03-04T09:00:00Z an.',
  },
  'events.timeZone': {
    en: 'Choose a time zone such as Europe/Berlin.',
    de: 'Wählen Sie eine Zeitzone wie Europe/Berlin.',
  },
  'events.durationMin': {
    en: 'Chats last at least {minutes} minutes.',
    de: 'Gespräche dauern mindestens {minutes} Minuten.',
  },
  'events.durationMax': {
    en: 'Chats last at most {minutes} minutes.',
    de: 'Gespräche dauern höchstens {minutes} Minuten.',
  },
  'events.durationsEmpty': {
    en: 'Allow at least one chat duration.',
    de: 'Lassen Sie mindestens eine Gesprächsdauer zu.',
  },
  'events.durationsUnique': { en: 'Each duration only once.', de: 'Jede Dauer nur einmal.' },
  'events.closeAfterOpen': {
    en: 'The day must close after it opens.',
    de: 'Der Tag muss nach seiner Öffnung schließen.',
  },
  'events.durationTooLong': {
    en: 'A chat duration is longer than the day is open.',
    de: 'Eine Gesprächsdauer ist länger, als der Tag geöffnet ist.',
  },
  'events.ruleWhole': {
    en: 'Enter a whole number, or leave it empty for no limit.',
    de: 'Geben Sie eine ganze Zahl ein, oder lassen Sie das Feld leer für keine Grenze.',
  },
  'events.ruleMin': { en: 'The {rule} must be at least {min}.', de: '{rule}: mindestens {min}.' },
  'events.ruleMax': { en: 'The {rule} can be at most {max}.', de: '{rule}: höchstens {max}.' },
  'events.breakBoth': {
    en: 'Set both the number of chats before a break and the length of the break, or neither.',
    de: 'Legen Sie sowohl die Anzahl der Gespräche vor einer Pause als auch die Länge der Pause fest, oder keines von beiden.',
  },
  'events.offerHold': {
    en: '{label}: a whole number of minutes from {min} to {max}.',
    de: '{label}: eine ganze Zahl von Minuten zwischen {min} und {max}.',
  },
  'events.bookingsCloseAfterOpen': {
    en: 'Bookings must close after they open.',
    de: 'Buchungen müssen nach ihrer Öffnung schließen.',
  },
  'events.name': { en: 'Give the event a name.', de: 'Geben Sie dem Event einen Namen.' },
  'events.wholeMinutes': {
    en: 'Enter a whole number of minutes.',
    de: 'Geben Sie eine ganze Zahl von Minuten ein.',
  },
  'events.noShowMin': {
    en: 'No-shows are marked at least {min} minute after the start.',
    de: 'Nichterscheinen wird frühestens {min} Minute nach Beginn vermerkt.',
  },
  'events.noShowMax': {
    en: 'No-shows are marked at most {max} minutes after the start.',
    de: 'Nichterscheinen wird spätestens {max} Minuten nach Beginn vermerkt.',
  },
  'events.daysEmpty': { en: 'Add at least one day.', de: 'Fügen Sie mindestens einen Tag hinzu.' },
  'events.daysMax': { en: 'An event has at most 31 days.', de: 'Ein Event hat höchstens 31 Tage.' },
  'events.datesUnique': { en: 'Each date only once.', de: 'Jedes Datum nur einmal.' },
  'events.daysUnique': { en: 'Each existing day only once.', de: 'Jeden vorhandenen Tag nur einmal.' },
  'handoff.share': {
    en: 'Tick or untick sharing your details with the company.',
    de: 'Setzen oder entfernen Sie das Häkchen für die Weitergabe Ihrer Angaben an das Unternehmen.',
  },
  'handoff.format': {
    en: 'Choose csv or json as the export format.',
    de: 'Wählen Sie csv oder json als Exportformat.',
  },
  'notes.nextStep': {
    en: 'Choose a next step: Invite to interview, Keep in touch, Not a fit or No show.',
    de: 'Wählen Sie einen nächsten Schritt: Zum Vorstellungsgespräch einladen, In Kontakt bleiben, Passt nicht oder Nicht erschienen.',
  },
  'notes.empty': { en: 'Write the note first.', de: 'Schreiben Sie zuerst die Notiz.' },
  'notes.max': {
    en: 'A note can be at most {max} characters.',
    de: 'Eine Notiz darf höchstens {max} Zeichen lang sein.',
  },
  'notes.tagEmpty': { en: 'A tag cannot be empty.', de: 'Ein Schlagwort darf nicht leer sein.' },
  'notes.tagMax': {
    en: 'A tag can be at most {max} characters.',
    de: 'Ein Schlagwort darf höchstens {max} Zeichen lang sein.',
  },
  'notes.rating': { en: 'Give a rating from 1 to 5.', de: 'Geben Sie eine Bewertung von 1 bis 5.' },
  'notes.tagsList': { en: 'Give the tags as a list.', de: 'Geben Sie die Schlagwörter als Liste an.' },
  'notes.tagsMax': {
    en: 'A 1-1 chat can have at most {max} tags.',
    de: 'Ein 1:1-Gespräch kann höchstens {max} Schlagwörter haben.',
  },
  'notes.something': {
    en: 'Give a rating, tags or a next step.',
    de: 'Geben Sie eine Bewertung, Schlagwörter oder einen nächsten Schritt an.',
  },
  'paging.notifications': {
    en: 'Ask for a number of notifications.',
    de: 'Fragen Sie eine Anzahl von Benachrichtigungen ab.',
  },
  'paging.wholeNotifications': {
    en: 'Ask for a whole number of notifications.',
    de: 'Fragen Sie eine ganze Zahl von Benachrichtigungen ab.',
  },
  'paging.notificationsRange': {
    en: 'Ask for 1 to {max} notifications at a time.',
    de: 'Fragen Sie 1 bis {max} Benachrichtigungen auf einmal ab.',
  },
  'paging.messages': {
    en: 'Ask for a number of messages.',
    de: 'Fragen Sie eine Anzahl von Nachrichten ab.',
  },
  'paging.wholeMessages': {
    en: 'Ask for a whole number of messages.',
    de: 'Fragen Sie eine ganze Zahl von Nachrichten ab.',
  },
  'paging.messagesRange': {
    en: 'Ask for 1 to {max} messages at a time.',
    de: 'Fragen Sie 1 bis {max} Nachrichten auf einmal ab.',
  },
  'registrations.name': { en: 'Enter a name.', de: 'Geben Sie einen Namen ein.' },
  'registrations.companyName': {
    en: 'Enter the company name.',
    de: 'Geben Sie den Namen des Unternehmens ein.',
  },
  'registrations.fileEmpty': { en: 'The file is empty.', de: 'Die Datei ist leer.' },
  'registrations.fileTooLarge': { en: 'The file is larger than 5 MB.', de: 'Die Datei ist größer als 5 MB.' },
  'messages.empty': { en: 'Write a message first.', de: 'Schreiben Sie zuerst eine Nachricht.' },
  'rooms.messageMax': {
    en: 'A message can be at most 2000 characters.',
    de: 'Eine Nachricht darf höchstens 2000 Zeichen lang sein.',
  },
  'rooms.signal': {
    en: 'A signal carries a description or a candidate.',
    de: 'Ein Signal enthält eine Beschreibung oder einen Kandidaten.',
  },
  'safety.reported': { en: 'Choose whom you report.', de: 'Wählen Sie, wen Sie melden.' },
  'safety.description': { en: 'Say what happened.', de: 'Beschreiben Sie, was passiert ist.' },
  'safety.descriptionMax': {
    en: 'The description can be at most 1000 characters.',
    de: 'Die Beschreibung darf höchstens 1000 Zeichen lang sein.',
  },
  'support.messageMax': {
    en: 'Keep the message under {max} characters.',
    de: 'Die Nachricht darf höchstens {max} Zeichen lang sein.',
  },
  'talents.level': {
    en: 'Choose a level of experience: student, entry, mid, senior or executive.',
    de: 'Wählen Sie eine Erfahrungsstufe: student, entry, mid, senior oder executive.',
  },
  'talents.name': { en: 'Enter your name.', de: 'Geben Sie Ihren Namen ein.' },
  'talents.link': {
    en: 'Links must start with http:// or https://',
    de: 'Links müssen mit http:// oder https:// beginnen.',
  },
  'talents.searchMax': {
    en: 'Search for at most 100 characters.',
    de: 'Suchen Sie nach höchstens 100 Zeichen.',
  },
  'talents.languageMax': {
    en: 'A language has at most 60 characters.',
    de: 'Eine Sprache hat höchstens 60 Zeichen.',
  },
  'talents.topicMax': { en: 'A topic has at most 60 characters.', de: 'Ein Thema hat höchstens 60 Zeichen.' },
  'talents.page': {
    en: 'The page is a whole number from 1 to 10000.',
    de: 'Die Seite ist eine ganze Zahl von 1 bis 10000.',
  },
  'talents.pageSize': {
    en: 'The page size is a whole number from 1 to 100.',
    de: 'Die Seitengröße ist eine ganze Zahl von 1 bis 100.',
  },
  'text.singleLine': {
    en: 'Use one line of plain text, without line breaks or control characters.',
    de: 'Verwenden Sie eine Zeile reinen Text, ohne Zeilenumbrüche oder Steuerzeichen.',
  },
  'text.multiLine': {
    en: 'Remove the control characters; only tabs and line breaks are allowed.',
    de: 'Entfernen Sie die Steuerzeichen; erlaubt sind nur Tabulatoren und Zeilenumbrüche.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type SchemaMessageId = keyof typeof schemaMessages;

/** A value of a message: as it is, or written for the language (a list joined with its `or`). */
type Value = string | number | ((locale: Locale) => string);

/** A schema's own message in a language (the parse's when not given), its `{name}`s filled in. */
export function schemaMessage(
  id: SchemaMessageId,
  values: Record<string, Value> = {},
  locale: Locale = parseLocale(),
): string {
  return schemaMessages[id][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'function' ? value(locale) : String(value);
  });
}

/** The `error` of a schema: its message in the language of each parse. */
export const say = (id: SchemaMessageId, values?: Record<string, Value>) => (): string =>
  schemaMessage(id, values);
