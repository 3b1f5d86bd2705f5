import { capitalized, type Issue, type PathKey, wordsOf } from './issue-messages.js';

/*
 * German validation sentences. Not the English sentence word for word: German names the field as a label, then
 * says what is wrong (`Thema: höchstens 60 Zeichen.`), which reads well whatever the field's grammatical gender.
 */

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
  headline: { label: 'Kurzbeschreibung' },
  bio: { label: 'Kurzprofil' },
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
  audience: { label: 'Empfänger:innen' },
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
  noShowLimit: { label: 'Höchstzahl versäumter Gespräche' },
  noShowAfterMinutes: { label: 'Nicht erschienen nach Minuten' },
  offerHoldMinutes: { label: 'Reservierungsdauer in Minuten' },
  offerHoldMinutesOnEventDays: { label: 'Reservierungsdauer an Eventtagen in Minuten' },
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

/** The German sentence about one issue. */
export function germanMessage(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `Hier nicht erwartet: ${issue.keys.join(', ')}.`;
  return `${germanSubject(issue.path ?? [])}: ${germanPredicate(issue)}.`;
}
