import { randomId } from '@mantine/hooks';
import {
  type BookingMode,
  type DayMode,
  defaultOfferHolds,
  type Event,
  EventInput,
  isPlannedInThePast,
  type RequestPolicy,
  timeToMinutes,
} from '../../../../shared/schemas/events.schemas';
import {
  type BookingRuleName,
  type BookingRules,
  bookingRuleNames,
  noBookingRules,
} from '../../../../shared/booking/fair-use';
import { NO_SHOW_AFTER_DEFAULT } from '../../../../shared/booking/attendance';
import { schemaMessage } from '../../../../shared/schemas/schema-messages';
import { utcToZoned, zonedTimeToUtc } from '../../../../shared/time/zoned';
import { t } from '../../../i18n/i18n';
import { viewerTimeZone } from '../../../time';

/** The chat lengths an organizer can allow on a day, in minutes. */
export const durationChoices = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120] as const;

/** `closesAt` of a day open until midnight; a time input cannot show it, a checkbox does. */
export const MIDNIGHT = '24:00';

export interface DayValues {
  /** Stable React key, also for days not saved yet. */
  key: string;
  /** Set for saved days, so their chats and availability stay attached. */
  id?: string;
  /** The date as saved: a day kept on it may lie in the past (an event under way). */
  savedDate?: string;
  date: string;
  mode: DayMode;
  opensAt: string;
  closesAt: string;
  /** Minutes as strings, as the checkboxes hold them. */
  durations: string[];
}

/** A date (`2030-03-04`) and a 24-hour time (`09:00`) as two fields hold them; both '' for none. */
interface WallClockValues {
  date: string;
  time: string;
}

const TIME_24H = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface EventFormValues {
  name: string;
  description: string;
  timeZone: string;
  requestPolicy: RequestPolicy;
  bookingMode: BookingMode;
  /** The booking window's ends on the event's clock, as their date and `HH:MM` fields hold them; empty for none. */
  bookingsOpenAt: WallClockValues;
  bookingsCloseAt: WallClockValues;
  recruitersMayRequireApproval: boolean;
  /** The fair-use rules as the number fields hold them: '' while a rule is off. */
  rules: Record<BookingRuleName, number | ''>;
  /** `No-show after (minutes)`, as its number field holds it. */
  noShowAfterMinutes: number | '';
  autoMarkNoShows: boolean;
  /** How long a time offered from a waitlist is held, as the number fields hold it. */
  offerHolds: { offerHoldMinutes: number | ''; offerHoldMinutesOnEventDays: number | '' };
  days: DayValues[];
}

const ruleValues = (rules: BookingRules): EventFormValues['rules'] =>
  Object.fromEntries(bookingRuleNames.map((name) => [name, rules[name] ?? ''])) as EventFormValues['rules'];

/** The rules as the form holds them, read as the API takes them: an empty field is a rule that is off. */
export const rulesOfValues = (values: EventFormValues['rules']): BookingRules =>
  Object.fromEntries(
    bookingRuleNames.map((name) => [name, values[name] === '' ? null : Number(values[name])]),
  ) as unknown as BookingRules;

/**
 * The rules a new event starts with (docs/decisions/011-fair-use-defaults.md): a cap on open requests, so no talent
 * asks every recruiter at once, and an hour's notice, so nobody gets a chat booked minutes ahead. Everything else
 * depends on the event and stays off until its organizer sets it.
 */
const newEventRules: BookingRules = {
  ...noBookingRules,
  maxOpenRequestsPerTalent: 10,
  minNoticeHours: 1,
};

/** An instant as the event's wall clock shows it, as the date and time fields hold it. */
function toWallClock(iso: string | null, timeZone: string): WallClockValues {
  if (!iso) return { date: '', time: '' };
  const { date, minute } = utcToZoned(new Date(iso), timeZone);
  return {
    date,
    time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
  };
}

/** A date and time read on the event's clock, as an instant; null when incomplete or unreadable. */
function fromWallClock({ date, time }: WallClockValues, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !TIME_24H.test(time)) return null;
  try {
    return zonedTimeToUtc(date, timeToMinutes(time), timeZone).toISOString();
  } catch {
    return null;
  }
}

/** `2030-03-04` plus `count` calendar days, without any time zone getting involved. */
function addDays(isoDate: string, count: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + count)).toISOString().slice(0, 10);
}

function todayIn(timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function newEventValues(): EventFormValues {
  const timeZone = viewerTimeZone();
  return {
    name: '',
    description: '',
    timeZone,
    requestPolicy: 'both',
    bookingMode: 'approval',
    bookingsOpenAt: { date: '', time: '' },
    bookingsCloseAt: { date: '', time: '' },
    recruitersMayRequireApproval: true,
    rules: ruleValues(newEventRules),
    noShowAfterMinutes: NO_SHOW_AFTER_DEFAULT,
    autoMarkNoShows: false,
    offerHolds: { ...defaultOfferHolds },
    days: [
      {
        key: randomId(),
        date: addDays(todayIn(timeZone), 1),
        mode: 'virtual',
        opensAt: '09:00',
        closesAt: '17:00',
        durations: ['15', '30'],
      },
    ],
  };
}

/** A day to append: the day after the last one, with the same hours, mode and durations. */
export function nextDay(last: DayValues | undefined, timeZone: string): DayValues {
  if (!last) return { ...newEventValues().days[0]!, date: addDays(todayIn(timeZone), 1) };
  return {
    key: randomId(),
    date: last.date ? addDays(last.date, 1) : '',
    mode: last.mode,
    opensAt: last.opensAt,
    closesAt: last.closesAt,
    durations: [...last.durations],
  };
}

export function valuesFromEvent(event: Event): EventFormValues {
  return {
    name: event.name,
    description: event.description,
    timeZone: event.timeZone,
    requestPolicy: event.requestPolicy,
    bookingMode: event.bookingMode,
    bookingsOpenAt: toWallClock(event.bookingsOpenAt, event.timeZone),
    bookingsCloseAt: toWallClock(event.bookingsCloseAt, event.timeZone),
    recruitersMayRequireApproval: event.recruitersMayRequireApproval,
    rules: ruleValues(event.rules),
    noShowAfterMinutes: event.noShowAfterMinutes,
    autoMarkNoShows: event.autoMarkNoShows,
    offerHolds: { ...event.offerHolds },
    days: event.days.map((day) => ({
      key: day.id,
      id: day.id,
      savedDate: day.date,
      date: day.date,
      mode: day.mode,
      opensAt: day.opensAt,
      closesAt: day.closesAt,
      durations: day.durations.map(String),
    })),
  };
}

export function toEventInput(values: EventFormValues): EventInput {
  return {
    name: values.name,
    description: values.description,
    timeZone: values.timeZone,
    requestPolicy: values.requestPolicy,
    bookingMode: values.bookingMode,
    bookingsOpenAt: fromWallClock(values.bookingsOpenAt, values.timeZone),
    bookingsCloseAt: fromWallClock(values.bookingsCloseAt, values.timeZone),
    recruitersMayRequireApproval: values.recruitersMayRequireApproval,
    rules: rulesOfValues(values.rules),
    // An empty field is not a number: the schema says so on the field.
    noShowAfterMinutes: values.noShowAfterMinutes === '' ? Number.NaN : Number(values.noShowAfterMinutes),
    autoMarkNoShows: values.autoMarkNoShows,
    // An empty field is sent as no number, and the schema says what it needs.
    offerHolds: {
      offerHoldMinutes:
        values.offerHolds.offerHoldMinutes === '' ? Number.NaN : values.offerHolds.offerHoldMinutes,
      offerHoldMinutesOnEventDays:
        values.offerHolds.offerHoldMinutesOnEventDays === ''
          ? Number.NaN
          : values.offerHolds.offerHoldMinutesOnEventDays,
    },
    days: values.days.map((day) => ({
      ...(day.id ? { id: day.id } : {}),
      date: day.date,
      mode: day.mode,
      opensAt: day.opensAt,
      closesAt: day.closesAt,
      durations: day.durations.map(Number).sort((a, b) => a - b),
    })),
  };
}

/**
 * The same rules the server applies (the shared schema), keyed by the form's field paths, plus messages that fit
 * these controls better than the schema's generic ones.
 */
export function validateEventForm(values: EventFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = EventInput.safeParse(toEventInput(values));
  for (const issue of parsed.error?.issues ?? []) errors[issue.path.join('.')] ??= issue.message;
  const seen = new Set<string>();
  const today = todayIn(values.timeZone || viewerTimeZone());
  values.days.forEach((day, index) => {
    const at = (field: string) => `days.${index}.${field}`;
    if (!day.date) errors[at('date')] = t('organizer.eventForm.chooseDate');
    else if (seen.has(day.date)) errors[at('date')] = t('organizer.eventForm.duplicateDate');
    else if (isPlannedInThePast(day, today)) errors[at('date')] = t('organizer.eventForm.pastDate');
    seen.add(day.date);
    if (!day.opensAt) errors[at('opensAt')] = t('organizer.eventForm.chooseOpening');
    if (!day.closesAt) errors[at('closesAt')] = t('organizer.eventForm.chooseClosing');
    else if (day.closesAt === '00:00') {
      errors[at('closesAt')] = t('organizer.eventForm.tickMidnight');
    } else if (day.opensAt && timeToMinutes(day.closesAt) <= timeToMinutes(day.opensAt)) {
      errors[at('closesAt')] = t('organizer.eventForm.closeAfterOpen');
      // Every duration is "longer than the day" then; the closing time is what to fix.
      if (day.durations.length > 0) delete errors[at('durations')];
    }
  });
  for (const bound of ['bookingsOpenAt', 'bookingsCloseAt'] as const) {
    const { date, time } = values[bound];
    if (time && !TIME_24H.test(time)) errors[`${bound}.time`] = t('organizer.eventForm.time24h');
    else if (date && !time) errors[`${bound}.time`] = t('organizer.eventForm.timeToo');
    if (time && !date) errors[`${bound}.date`] = t('organizer.eventForm.dateToo');
  }
  // The per-day messages above already say which date repeats.
  if (errors.days === schemaMessage('events.datesUnique')) delete errors.days;
  return errors;
}
