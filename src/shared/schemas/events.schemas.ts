import { z } from 'zod';
import type { Locale } from '../i18n/locales.js';
import { NO_SHOW_AFTER_DEFAULT, noShowAfterBounds } from '../booking/attendance.js';
import { bookingModes } from '../booking/booking-window.js';
import { MAX_CHAT_MINUTES, MIN_CHAT_MINUTES, offerHoldBounds } from '../booking/limits.js';
import {
  type BookingRuleName,
  bookingRuleBounds,
  bookingRuleNames,
  noBookingRules,
} from '../booking/fair-use.js';
import { singleLineText, multiLineText } from './text.schemas.js';
import { say, schemaMessage } from './schema-messages.js';
import { TimeZone } from './time-zone.schemas.js';

export const DayMode = z.enum(['virtual', 'in_person']);
export type DayMode = z.infer<typeof DayMode>;

export const RequestPolicy = z.enum(['talents', 'recruiters', 'both']);
export type RequestPolicy = z.infer<typeof RequestPolicy>;
/** A wall-clock time in the event's zone, `HH:MM`; `24:00` closes a day at midnight. */
const TimeOfDay = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: say('events.timeOfDay') });

export const timeToMinutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};
export const minutesToTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Event days fall in these years: far-off years break the time zone arithmetic of the slot grid. */
const FIRST_EVENT_YEAR = 2000;
const LAST_EVENT_YEAR = 2100;
const eventYearsMessage = say('events.years', { first: FIRST_EVENT_YEAR, last: LAST_EVENT_YEAR });
const isEventYear = (year: number) => year >= FIRST_EVENT_YEAR && year <= LAST_EVENT_YEAR;

/** The sentence beside a day planned in the past, in the language of the parse. */
export const pastDateMessage = (): string => schemaMessage('events.pastDate');

/**
 * Days are planned from today on (the event's today, `YYYY-MM-DD`). A day kept on its saved date may lie in the
 * past, so an event under way can still be edited; a new day, or one moved to another date, may not.
 */
export function isPlannedInThePast(day: { date: string; savedDate?: string }, today: string): boolean {
  return day.date < today && day.date !== day.savedDate;
}

const IsoDate = z.iso
  .date({ error: say('dates.dateFormat') })
  .refine((date) => isEventYear(Number(date.slice(0, 4))), { error: eventYearsMessage });

/** A moment of an event day (a slot start), with its UTC offset. */
export const EventInstant = z.iso
  .datetime({ offset: true, error: say('events.instant') })
  .refine((instant) => isEventYear(new Date(instant).getUTCFullYear()), { error: eventYearsMessage });

export const EventDayInput = z
  .object({
    /** Present for a day that already exists, so its chats and availability stay attached. */
    id: z.uuid().optional(),
    date: IsoDate,
    mode: DayMode,
    opensAt: TimeOfDay,
    closesAt: TimeOfDay,
    durations: z
      .array(
        z
          .number()
          .int()
          .min(MIN_CHAT_MINUTES, { error: say('events.durationMin', { minutes: MIN_CHAT_MINUTES }) })
          .max(MAX_CHAT_MINUTES, { error: say('events.durationMax', { minutes: MAX_CHAT_MINUTES }) }),
      )
      .min(1, { error: say('events.durationsEmpty') })
      .max(20)
      .refine((list) => new Set(list).size === list.length, { error: say('events.durationsUnique') }),
  })
  .refine((day) => timeToMinutes(day.opensAt) < timeToMinutes(day.closesAt), {
    error: say('events.closeAfterOpen'),
    path: ['closesAt'],
  })
  .refine(
    (day) => day.durations.every((d) => d <= timeToMinutes(day.closesAt) - timeToMinutes(day.opensAt)),
    {
      error: say('events.durationTooLong'),
      path: ['durations'],
    },
  );
export type EventDayInput = z.infer<typeof EventDayInput>;

export const BookingMode = z.enum(bookingModes);
export type BookingMode = z.infer<typeof BookingMode>;

const ruleLabels: Record<Locale, Record<BookingRuleName, string>> = {
  en: {
    maxChatsPerTalent: 'chats per talent',
    maxChatsPerTalentPerDay: 'chats per talent a day',
    maxOpenRequestsPerTalent: 'open requests per talent',
    maxChatsPerRecruiterPerDay: 'chats per recruiter a day',
    breakAfterChats: 'chats before a break',
    breakMinutes: 'minutes of a break',
    minGapMinutes: 'minutes between chats',
    minNoticeHours: 'hours of notice',
    requestCutoffHours: 'hours of the request cut-off',
    changeCutoffHours: 'hours of the change cut-off',
    maxReschedulesPerChat: 'reschedules per chat',
    noShowLimit: 'no-show limit',
  },
  de: {
    maxChatsPerTalent: 'Gespräche pro Talent',
    maxChatsPerTalentPerDay: 'Gespräche pro Talent und Tag',
    maxOpenRequestsPerTalent: 'Offene Anfragen pro Talent',
    maxChatsPerRecruiterPerDay: 'Gespräche pro Recruiter:in und Tag',
    breakAfterChats: 'Gespräche vor einer Pause',
    breakMinutes: 'Minuten Pause',
    minGapMinutes: 'Minuten zwischen Gesprächen',
    minNoticeHours: 'Stunden Vorlauf',
    requestCutoffHours: 'Stunden bis zum Anfrageschluss',
    changeCutoffHours: 'Stunden bis zum Änderungsschluss',
    maxReschedulesPerChat: 'Verschiebungen pro Gespräch',
    noShowLimit: 'Höchstzahl versäumter Gespräche',
  },
};

const ruleValue = (name: BookingRuleName) => {
  const { min, max } = bookingRuleBounds[name];
  return z
    .number({ error: say('events.ruleWhole') })
    .int({ error: say('events.ruleWhole') })
    .min(min, { error: say('events.ruleMin', { rule: (locale) => ruleLabels[locale][name], min }) })
    .max(max, { error: say('events.ruleMax', { rule: (locale) => ruleLabels[locale][name], max }) })
    .nullable()
    .default(null);
};

/** The event's fair-use rules; each one is off while null. */
export const BookingRulesInput = z
  .object(
    Object.fromEntries(bookingRuleNames.map((name) => [name, ruleValue(name)])) as {
      [K in BookingRuleName]: ReturnType<typeof ruleValue>;
    },
  )
  .refine((rules) => (rules.breakAfterChats === null) === (rules.breakMinutes === null), {
    error: say('events.breakBoth'),
    path: ['breakMinutes'],
  });

const holdMinutes = (label: Record<Locale, string>) => {
  const message = say('events.offerHold', {
    label: (locale) => label[locale],
    min: offerHoldBounds.min,
    max: offerHoldBounds.max,
  });
  return z
    .number({ error: message })
    .int({ error: message })
    .min(offerHoldBounds.min, { error: message })
    .max(offerHoldBounds.max, { error: message });
};

/** How long a time offered from a waitlist is held for the talent: before the event's days, and on them. */
const OfferHoldsInput = z.object({
  offerHoldMinutes: holdMinutes({ en: 'Offer hold', de: 'Reservierungsdauer' }),
  offerHoldMinutesOnEventDays: holdMinutes({
    en: "Offer hold on the event's days",
    de: 'Reservierungsdauer an den Eventtagen',
  }),
});
export const defaultOfferHolds = { offerHoldMinutes: 15, offerHoldMinutesOnEventDays: 5 };

/** The longest event description, shown folded at the top of the event page. */
export const EVENT_DESCRIPTION_MAX = 5000;

export const EventInput = z
  .object({
    name: singleLineText()
      .min(1, { error: say('events.name') })
      .max(120),
    description: multiLineText().max(EVENT_DESCRIPTION_MAX).default(''),
    timeZone: TimeZone,
    requestPolicy: RequestPolicy,
    bookingMode: BookingMode.default('approval'),
    /** The booking window's ends, instants shown and entered on the event's clock; either may be left open. */
    bookingsOpenAt: EventInstant.nullable().default(null),
    bookingsCloseAt: EventInstant.nullable().default(null),
    recruitersMayRequireApproval: z.boolean().default(true),
    rules: BookingRulesInput.default(noBookingRules),
    /** A talent not checked in this many minutes after a chat's start may be marked a no-show. */
    noShowAfterMinutes: z
      .number({ error: say('events.wholeMinutes') })
      .int({ error: say('events.wholeMinutes') })
      .min(noShowAfterBounds.min, {
        error: say('events.noShowMin', { min: noShowAfterBounds.min }),
      })
      .max(noShowAfterBounds.max, {
        error: say('events.noShowMax', { max: noShowAfterBounds.max }),
      })
      .default(NO_SHOW_AFTER_DEFAULT),
    /** Whether the clock marks no-shows itself. */
    autoMarkNoShows: z.boolean().default(false),
    offerHolds: OfferHoldsInput.default(defaultOfferHolds),
    days: z
      .array(EventDayInput)
      .min(1, { error: say('events.daysEmpty') })
      .max(31, { error: say('events.daysMax') })
      .refine((days) => new Set(days.map((d) => d.date)).size === days.length, {
        error: say('events.datesUnique'),
      })
      .refine(
        (days) => {
          const ids = days.flatMap((d) => (d.id ? [d.id] : []));
          return new Set(ids).size === ids.length;
        },
        { error: say('events.daysUnique') },
      ),
  })
  .refine(
    (event) =>
      !event.bookingsOpenAt ||
      !event.bookingsCloseAt ||
      new Date(event.bookingsCloseAt) > new Date(event.bookingsOpenAt),
    { error: say('events.bookingsCloseAfterOpen'), path: ['bookingsCloseAt'] },
  );
export type EventInput = z.infer<typeof EventInput>;

export const EventDay = z.object({
  id: z.uuid(),
  date: z.string(),
  mode: DayMode,
  opensAt: z.string(),
  closesAt: z.string(),
  durations: z.array(z.number().int()),
});
export type EventDay = z.infer<typeof EventDay>;

/** How the viewer takes part in the event: it decides the tabs they see. */
const EventViewerRole = z.enum(['organizer', 'recruiter', 'talent', 'support']);

export const Event = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  timeZone: z.string(),
  requestPolicy: RequestPolicy,
  bookingMode: BookingMode,
  bookingsOpenAt: z.iso.datetime().nullable(),
  bookingsCloseAt: z.iso.datetime().nullable(),
  recruitersMayRequireApproval: z.boolean(),
  rules: BookingRulesInput,
  noShowAfterMinutes: z.number().int(),
  autoMarkNoShows: z.boolean(),
  offerHolds: OfferHoldsInput,
  published: z.boolean(),
  organizer: z.object({ id: z.uuid(), name: z.string() }),
  days: z.array(EventDay),
  viewerRole: EventViewerRole,
});
export type Event = z.infer<typeof Event>;

/** The body that saves an event as it is: its settings and its days, each under its id. */
export function inputOfEvent(event: Event): EventInput {
  return {
    name: event.name,
    description: event.description,
    timeZone: event.timeZone,
    requestPolicy: event.requestPolicy,
    bookingMode: event.bookingMode,
    bookingsOpenAt: event.bookingsOpenAt,
    bookingsCloseAt: event.bookingsCloseAt,
    recruitersMayRequireApproval: event.recruitersMayRequireApproval,
    rules: event.rules,
    noShowAfterMinutes: event.noShowAfterMinutes,
    autoMarkNoShows: event.autoMarkNoShows,
    offerHolds: event.offerHolds,
    days: event.days.map(({ id, date, mode, opensAt, closesAt, durations }) => ({
      id,
      date,
      mode,
      opensAt,
      closesAt,
      durations,
    })),
  };
}

export const EventSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  dayCount: z.number().int(),
  published: z.boolean(),
});
export type EventSummary = z.infer<typeof EventSummary>;
export const EventListResponse = z.object({ events: z.array(EventSummary) });
