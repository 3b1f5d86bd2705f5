import {
  type EventHealth,
  type HealthReminderInput,
  type HealthReminderKind,
  type HealthReminderSent,
  REMINDER_QUIET_HOURS,
} from '../../../shared/schemas/event-health.schemas.js';
import { minutesToTime } from '../../../shared/schemas/events.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { dateName, type MessageKey, requestTranslator, translatorOfUser } from '../../i18n/index.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { findDaysOfEvent, loadEventAsOrganizer, type EventRow } from '../events/index.js';
import { deliverNotices, notifiedAnnouncement, type Notice } from '../notifications/index.js';
import { eventHealthErrors } from './event-health.errors.js';
import * as repo from './event-health.repository.js';

const DAY_MS = 86_400_000;
const QUIET_MS = REMINDER_QUIET_HOURS * 3_600_000;

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const latest = (dates: (Date | undefined)[]) => {
  const times = dates.flatMap((date) => (date ? [date.getTime()] : []));
  return times.length === 0 ? null : new Date(Math.max(...times)).toISOString();
};

/** Recruiters without confirmed availability count from `withinDays` before the first day to the end of the last. */
async function unconfirmedWindow(ctx: AppContext, event: EventRow, withinDays: number) {
  const days = await findDaysOfEvent(ctx.db, event.id);
  const today = utcToZoned(ctx.now(), event.timeZone).date;
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  const daysUntilFirstDay = first === undefined ? null : daysFrom(today, first);
  const flagged = daysUntilFirstDay !== null && daysUntilFirstDay <= withinDays && today <= last!;
  return { daysUntilFirstDay, flagged };
}

export async function eventHealth(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  withinDays: number;
}): Promise<EventHealth> {
  const { ctx, withinDays } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  const now = ctx.now();
  const { daysUntilFirstDay, flagged } = await unconfirmedWindow(ctx, event, withinDays);
  const [unconfirmed, fullCompanies, busyDays, lastOf] = await Promise.all([
    flagged ? repo.listUnconfirmedRecruiters(ctx.db, event.id) : [],
    repo.listFullCompanies(ctx.db, event.id, now),
    repo.listBusyDays(ctx.db, event.id, now),
    repo.lastRemindersOf(ctx.db, event.id),
  ]);
  const lastTo = (kind: HealthReminderKind, people: { id: string }[]) =>
    latest(people.map((person) => lastOf(kind, person.id)));
  const person = ({ id, name, companyName }: repo.RecruiterRow) => ({ id, name, companyName });
  return {
    withinDays,
    daysUntilFirstDay,
    unconfirmed: {
      recruiters: unconfirmed.map(person),
      lastReminderAt: lastTo('unconfirmed', unconfirmed),
    },
    fullCompanies: fullCompanies.map((company) => ({
      ...company,
      recruiters: company.recruiters.map(person),
      lastReminderAt: lastTo('company_full', company.recruiters),
    })),
    busyDays: busyDays.map((day) => ({
      ...day,
      recruiters: day.recruiters.map((r) => ({ ...person(r), waiting: r.waiting })),
      lastReminderAt: lastTo('busy_day', day.recruiters),
    })),
  };
}

/** Who a reminder goes to: the people its warning names right now. */
async function concerned(ctx: AppContext, q: Queryable, event: EventRow, input: HealthReminderInput) {
  const now = ctx.now();
  switch (input.kind) {
    case 'unconfirmed':
      return repo.listUnconfirmedRecruiters(q, event.id);
    case 'company_full': {
      const company = (await repo.listFullCompanies(q, event.id, now)).find(
        (c) => c.companyId === input.companyId,
      );
      return company?.recruiters ?? [];
    }
    case 'busy_day': {
      const day = (await repo.listBusyDays(q, event.id, now)).find((d) => d.dayId === input.dayId);
      return day?.recruiters ?? [];
    }
  }
}

const asks: Record<
  HealthReminderKind,
  { subject: MessageKey; heading: MessageKey; paragraph: MessageKey; action: MessageKey }
> = {
  unconfirmed: {
    subject: 'health.unconfirmed.subject',
    heading: 'health.unconfirmed.heading',
    paragraph: 'health.unconfirmed.paragraph',
    action: 'health.unconfirmed.action',
  },
  company_full: {
    subject: 'health.companyFull.subject',
    heading: 'health.companyFull.heading',
    paragraph: 'health.companyFull.paragraph',
    action: 'health.companyFull.action',
  },
  busy_day: {
    subject: 'health.busyDay.subject',
    heading: 'health.busyDay.heading',
    paragraph: 'health.busyDay.paragraph',
    action: 'health.busyDay.action',
  },
};

/**
 * Emails and notifies the people one warning concerns, except anyone reminded of the same kind within the quiet
 * hours; refused when that leaves nobody. Reminders of one event take turns, so a double click sends once.
 */
export async function sendHealthReminder(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  reminder: HealthReminderInput;
}): Promise<HealthReminderSent> {
  const { ctx, reminder } = input;
  const event = await loadEventAsOrganizer(ctx.db, input.user, input.eventId);
  if (reminder.kind === 'busy_day') {
    const days = await findDaysOfEvent(ctx.db, event.id);
    if (!days.some((day) => day.id === reminder.dayId)) throw eventHealthErrors.day_not_found();
  }
  const { result, deliver } = await ctx.db.transaction(async (tx) => {
    await repo.lockEventReminders(tx, event.id);
    const people = await concerned(ctx, tx, event, reminder);
    if (people.length === 0) throw eventHealthErrors.nobody_to_remind();
    const now = ctx.now();
    const lastOf = await repo.lastRemindersOf(tx, event.id);
    const skipped = people.flatMap((p) => {
      const last = lastOf(reminder.kind, p.id);
      return last && now.getTime() - last.getTime() < QUIET_MS
        ? [{ id: p.id, name: p.name, lastSentAt: last.toISOString() }]
        : [];
    });
    const sent = people.filter((p) => !skipped.some((s) => s.id === p.id));
    if (sent.length === 0) {
      const last = new Date(Math.max(...skipped.map((s) => Date.parse(s.lastSentAt))));
      throw eventHealthErrors.reminded_recently(
        requestTranslator().t('errors.health.remindedRecently', {
          day: dateName(utcToZoned(last, event.timeZone).date),
          clock: clock(last, event.timeZone),
          timeZone: event.timeZone,
          next: clock(new Date(last.getTime() + QUIET_MS), event.timeZone),
        }),
      );
    }
    const note = reminder.note?.trim() || null;
    await repo.insertReminders(
      tx,
      sent.map((p) => ({
        eventId: event.id,
        kind: reminder.kind,
        recipientId: p.id,
        sentById: input.user.id,
        note,
        sentAt: now,
      })),
    );
    const addresses = await repo.mailAddressesOf(
      tx,
      sent.map((p) => p.id),
    );
    const ask = asks[reminder.kind];
    const url = `${ctx.publicUrl}/events/${event.id}/chats`;
    const notices: Notice[] = sent.map((p) => ({
      userId: p.id,
      notification: {
        kind: 'organizer_reminder',
        eventId: event.id,
        actorId: input.user.id,
        params: { eventName: event.name, reminder: reminder.kind, ...(note ? { note } : {}) },
      },
      mail: healthMail(addresses.get(p.id)!, ask, {
        organizer: input.user.name,
        event: event.name,
        note,
        url,
      }),
    }));
    const notified = await deliverNotices(tx, now, notices);
    return {
      result: { sent: sent.map(({ id, name }) => ({ id, name })), skipped },
      deliver: await ctx.live.publishWithin(tx, notifiedAnnouncement(notified)),
    };
  });
  deliver();
  return result;
}

/** The reminder in its recipient's language. */
function healthMail(
  to: { email: string; language: string | null; browserLanguage: string | null },
  ask: (typeof asks)[HealthReminderKind],
  said: { organizer: string; event: string; note: string | null; url: string },
) {
  const tr = translatorOfUser(to);
  return renderMail(tr, to.email, tr.t(ask.subject, { event: said.event }), {
    heading: tr.t(ask.heading),
    paragraphs: [
      tr.t('health.reminder.intro', { organizer: said.organizer, event: said.event }),
      tr.t(ask.paragraph),
      ...(said.note ? [tr.t('health.reminder.note', { note: said.note })] : []),
    ],
    action: { label: tr.t(ask.action), url: said.url },
  });
}

/** `10:30`: an instant on the event's clock, named as slots are. */
const clock = (instant: Date, timeZone: string) => minutesToTime(utcToZoned(instant, timeZone).minute);
