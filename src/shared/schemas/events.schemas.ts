import { z } from 'zod';
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

export const DayMode = z.enum(['virtual', 'in_person']);
export type DayMode = z.infer<typeof DayMode>;

export const RequestPolicy = z.enum(['talents', 'recruiters', 'both']);
export type RequestPolicy = z.infer<typeof RequestPolicy>;
/** A wall-clock time in the event's zone, `HH:MM`; `24:00` closes a day at midnight. */
const TimeOfDay = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'Use a time like 09:00 (24:00 for midnight).' });

export const timeToMinutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};
export const minutesToTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Event days fall in these years: far-off years break the time zone arithmetic of the slot grid. */
const FIRST_EVENT_YEAR = 2000;
const LAST_EVENT_YEAR = 2100;
const EVENT_YEARS_MESSAGE = `Choose a date from ${FIRST_EVENT_YEAR}-01-01 to ${LAST_EVENT_YEAR}-12-31.`;
const isEventYear = (year: number) => year >= FIRST_EVENT_YEAR && year <= LAST_EVENT_YEAR;

export const PAST_DATE_MESSAGE = 'This date has passed. Choose today or a later day.';

/**
 * Days are planned from today on (the event's today, `YYYY-MM-DD`). A day kept on its saved date may lie in the
 * past, so an event under way can still be edited; a new day, or one moved to another date, may not.
 */
export function isPlannedInThePast(day: { date: string; savedDate?: string }, today: string): boolean {
  return day.date < today && day.date !== day.savedDate;
}

const IsoDate = z.iso
  .date({ error: 'Use a date like 2030-03-04.' })
  .refine((date) => isEventYear(Number(date.slice(0, 4))), { error: EVENT_YEARS_MESSAGE });

/** A moment of an event day (a slot start), with its UTC offset. */
export const EventInstant = z.iso
  .datetime({ offset: true, error: 'Use a time like 2030-03-04T09:00:00Z.' })
  .refine((instant) => isEventYear(new Date(instant).getUTCFullYear()), { error: EVENT_YEARS_MESSAGE });

/** An IANA zone Intl knows, such as Europe/Berlin: events' and people's clocks. */
export const TimeZone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return zone.includes('/') || zone === 'UTC';
      } catch {
        return false;
      }
    },
    { error: 'Choose a time zone such as Europe/Berlin.' },
  );

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
          .min(MIN_CHAT_MINUTES, { error: `Chats last at least ${MIN_CHAT_MINUTES} minutes.` })
          .max(MAX_CHAT_MINUTES, { error: `Chats last at most ${MAX_CHAT_MINUTES} minutes.` }),
      )
      .min(1, { error: 'Allow at least one chat duration.' })
      .max(20)
      .refine((list) => new Set(list).size === list.length, { error: 'Each duration only once.' }),
  })
  .refine((day) => timeToMinutes(day.opensAt) < timeToMinutes(day.closesAt), {
    error: 'The day must close after it opens.',
    path: ['closesAt'],
  })
  .refine(
    (day) => day.durations.every((d) => d <= timeToMinutes(day.closesAt) - timeToMinutes(day.opensAt)),
    {
      error: 'A chat duration is longer than the day is open.',
      path: ['durations'],
    },
  );
export type EventDayInput = z.infer<typeof EventDayInput>;

export const BookingMode = z.enum(bookingModes);
export type BookingMode = z.infer<typeof BookingMode>;

const ruleLabels: Record<BookingRuleName, string> = {
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
};

const ruleValue = (name: BookingRuleName) => {
  const { min, max } = bookingRuleBounds[name];
  return z
    .number({ error: 'Enter a whole number, or leave it empty for no limit.' })
    .int({ error: 'Enter a whole number, or leave it empty for no limit.' })
    .min(min, { error: `The ${ruleLabels[name]} must be at least ${min}.` })
    .max(max, { error: `The ${ruleLabels[name]} can be at most ${max}.` })
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
    error: 'Set both the number of chats before a break and the length of the break, or neither.',
    path: ['breakMinutes'],
  });

const holdMinutes = (label: string) => {
  const message = `${label}: a whole number of minutes from ${offerHoldBounds.min} to ${offerHoldBounds.max}.`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(offerHoldBounds.min, { error: message })
    .max(offerHoldBounds.max, { error: message });
};

/** How long a time offered from a waitlist is held for the talent: before the event's days, and on them. */
const OfferHoldsInput = z.object({
  offerHoldMinutes: holdMinutes('Offer hold'),
  offerHoldMinutesOnEventDays: holdMinutes("Offer hold on the event's days"),
});
export const defaultOfferHolds = { offerHoldMinutes: 15, offerHoldMinutesOnEventDays: 5 };

const BOOKINGS_CLOSE_AFTER_OPEN_MESSAGE = 'Bookings must close after they open.';

/** The longest event description, shown folded at the top of the event page. */
export const EVENT_DESCRIPTION_MAX = 5000;

export const EventInput = z
  .object({
    name: singleLineText().min(1, { error: 'Give the event a name.' }).max(120),
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
      .number({ error: 'Enter a whole number of minutes.' })
      .int({ error: 'Enter a whole number of minutes.' })
      .min(noShowAfterBounds.min, {
        error: `No-shows are marked at least ${noShowAfterBounds.min} minute after the start.`,
      })
      .max(noShowAfterBounds.max, {
        error: `No-shows are marked at most ${noShowAfterBounds.max} minutes after the start.`,
      })
      .default(NO_SHOW_AFTER_DEFAULT),
    /** Whether the clock marks no-shows itself. */
    autoMarkNoShows: z.boolean().default(false),
    offerHolds: OfferHoldsInput.default(defaultOfferHolds),
    days: z
      .array(EventDayInput)
      .min(1, { error: 'Add at least one day.' })
      .max(31, { error: 'An event has at most 31 days.' })
      .refine((days) => new Set(days.map((d) => d.date)).size === days.length, {
        error: 'Each date only once.',
      })
      .refine(
        (days) => {
          const ids = days.flatMap((d) => (d.id ? [d.id] : []));
          return new Set(ids).size === ids.length;
        },
        { error: 'Each existing day only once.' },
      ),
  })
  .refine(
    (event) =>
      !event.bookingsOpenAt ||
      !event.bookingsCloseAt ||
      new Date(event.bookingsCloseAt) > new Date(event.bookingsOpenAt),
    { error: BOOKINGS_CLOSE_AFTER_OPEN_MESSAGE, path: ['bookingsCloseAt'] },
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
