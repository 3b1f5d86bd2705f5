import { z } from 'zod';
import { multiLineText } from './text.schemas.js';
import { say } from './schema-messages.js';

/** The three warnings of an event's health, each answered by its own reminder. */
export const healthReminderKinds = ['unconfirmed', 'company_full', 'busy_day'] as const;
export type HealthReminderKind = (typeof healthReminderKinds)[number];

/** A reminder of one kind reaches one person at most once in this many hours, however many clicks. */
export const REMINDER_QUIET_HOURS = 12;

/**
 * How many days before the first day recruiters without confirmed availability are flagged: a question the
 * organizer asks of the data (the panel lets them widen it), not a rule of the event, so it is a query parameter.
 */
export const DEFAULT_WARN_DAYS = 7;

export const EventHealthQuery = z.object({
  withinDays: z.coerce
    .number({ error: say('eventHealth.days') })
    .int({ error: say('eventHealth.wholeDays') })
    .min(0, { error: say('eventHealth.daysMin') })
    .max(365, { error: say('eventHealth.daysMax') })
    .default(DEFAULT_WARN_DAYS),
});
export type EventHealthQuery = z.infer<typeof EventHealthQuery>;

const Recruiter = z.object({ id: z.uuid(), name: z.string(), companyName: z.string() });
const LastReminder = z.iso.datetime({ offset: true }).nullable();

export const EventHealth = z.object({
  withinDays: z.number().int(),
  /** Days from today (the event's zone) to its first day; null when it has none, negative once it began. */
  daysUntilFirstDay: z.number().int().nullable(),
  /** Flagged only from `withinDays` before the first day until the event's last day. */
  unconfirmed: z.object({
    recruiters: z.array(Recruiter),
    lastReminderAt: LastReminder,
  }),
  fullCompanies: z.array(
    z.object({
      companyId: z.uuid(),
      companyName: z.string(),
      recruiters: z.array(Recruiter),
      /** Slots still ahead, all of them taken. */
      takenSlots: z.number().int(),
      lastReminderAt: LastReminder,
    }),
  ),
  busyDays: z.array(
    z.object({
      dayId: z.uuid(),
      date: z.iso.date(),
      /** Requests waiting for an answer or for a time, to recruiters with slots ahead that day. */
      openRequests: z.number().int(),
      freeSlots: z.number().int(),
      recruiters: z.array(Recruiter.extend({ waiting: z.number().int() })),
      lastReminderAt: LastReminder,
    }),
  ),
});
export type EventHealth = z.infer<typeof EventHealth>;

/** The longest note an organizer can add to a reminder. */
export const HEALTH_NOTE_MAX = 1000;
const note = multiLineText()
  .max(HEALTH_NOTE_MAX, { error: say('eventHealth.noteMax') })
  .optional();

export const HealthReminderInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unconfirmed'), note }),
  z.object({
    kind: z.literal('company_full'),
    companyId: z.uuid({ error: say('ids.company') }),
    note,
  }),
  z.object({ kind: z.literal('busy_day'), dayId: z.uuid({ error: say('ids.day') }), note }),
]);
export type HealthReminderInput = z.infer<typeof HealthReminderInput>;

export const HealthReminderSent = z.object({
  /** Who got it now. */
  sent: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Who got one of this kind within the quiet hours, and so not again. */
  skipped: z.array(
    z.object({ id: z.uuid(), name: z.string(), lastSentAt: z.iso.datetime({ offset: true }) }),
  ),
});
export type HealthReminderSent = z.infer<typeof HealthReminderSent>;
