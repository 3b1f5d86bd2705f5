import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { EventHealth } from '../../../shared/schemas/event-health.schemas.js';
import { zonedTimeToUtc } from '../../../shared/time/zoned.js';
import { mailOutbox } from '../../infra/mail/mail.table.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
} from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { availabilityDays } from '../availability/availability.table.js';
import { notifications } from '../notifications/notifications.table.js';

const t = withTestApp();
const NOW = '2030-03-01T11:00:00Z';
const DATES = ['2030-03-04', '2030-03-05'];
const LABELS = [9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30];

/** A small deterministic generator, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Planned {
  id: string;
  name: string;
  companyId: string;
  confirmed: boolean;
  /** Per day index: opened starts, and which of them a confirmed chat takes. */
  slots: { dayId: string; start: Date; taken: boolean }[];
  waiting: number;
}

/** A generated fair, with what each warning must say computed in plain JS from what was generated. */
async function generatedFair(seed: number) {
  t.clock.set(NOW);
  const next = random(seed);
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    days: DATES.map((date) => ({ date, opens: 9 * 60, closes: 12 * 60, durations: [30] })),
  });
  const planned: Planned[] = [];
  for (let c = 0; c < 6; c++) {
    const company = await buildCompany(t.ctx.db, { name: `Company ${c}` });
    await registerCompany(t.ctx.db, event.id, company.id);
    const full = next() < 0.35;
    for (let r = 0; r < 1 + Math.floor(next() * 3); r++) {
      const confirmed = next() < 0.7;
      const slots = confirmed
        ? event.days.flatMap((day) =>
            LABELS.filter(() => next() < 0.6).map((minute) => ({
              dayId: day.id,
              start: zonedTimeToUtc(day.date, minute, event.timeZone),
              taken: full || next() < 0.4,
            })),
          )
        : [];
      const recruiter = confirmed
        ? await buildBookableRecruiter(t.ctx.db, {
            eventId: event.id,
            eventDayId: event.days[0]!.id,
            companyId: company.id,
            durationMinutes: 30,
            openSlotStarts: [],
          })
        : await buildUser(t.ctx.db, { role: 'recruiter', companyId: company.id });
      if (confirmed) {
        await t.ctx.db.delete(availabilityDays).where(eq(availabilityDays.recruiterId, recruiter.id));
        for (const day of event.days) {
          const starts = slots.filter((slot) => slot.dayId === day.id).map((slot) => slot.start);
          if (starts.length > 0)
            await t.ctx.db.insert(availabilityDays).values({
              eventDayId: day.id,
              recruiterId: recruiter.id,
              durationMinutes: 30,
              openSlotStarts: starts,
            });
        }
      }
      for (const slot of slots.filter((s) => s.taken)) {
        const talent = await buildUser(t.ctx.db);
        await buildChat(t.ctx.db, {
          eventId: event.id,
          talentId: talent.id,
          recruiterId: recruiter.id,
          state: 'confirmed',
          booked: {
            eventDayId: slot.dayId,
            startsAt: slot.start,
            endsAt: new Date(slot.start.getTime() + 1_800_000),
          },
        });
      }
      const waiting = Math.floor(next() * 4);
      for (let w = 0; w < waiting; w++) {
        const talent = await buildUser(t.ctx.db);
        await buildChat(t.ctx.db, {
          eventId: event.id,
          talentId: talent.id,
          recruiterId: recruiter.id,
          state: w % 2 === 0 ? 'requested' : 'in_scheduling',
        });
      }
      planned.push({
        id: recruiter.id,
        name: recruiter.name,
        companyId: company.id,
        confirmed,
        slots,
        waiting,
      });
    }
  }

  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const ids = (people: { id: string }[]) => people.map((p) => p.id).sort();
  const companyIds = [...new Set(planned.map((p) => p.companyId))];
  const expected = {
    unconfirmed: ids(planned.filter((p) => !p.confirmed)),
    fullCompanies: companyIds
      .filter((companyId) => {
        const slots = planned.filter((p) => p.companyId === companyId).flatMap((p) => p.slots);
        return slots.length > 0 && slots.every((slot) => slot.taken);
      })
      .map((companyId) => ({
        companyId,
        recruiters: ids(planned.filter((p) => p.companyId === companyId)),
        takenSlots: planned.filter((p) => p.companyId === companyId).flatMap((p) => p.slots).length,
      })),
    busyDays: event.days.flatMap((day) => {
      const offering = planned.filter((p) => p.slots.some((slot) => slot.dayId === day.id));
      const free = offering.flatMap((p) => p.slots).filter((s) => s.dayId === day.id && !s.taken).length;
      const requests = offering.reduce((sum, p) => sum + p.waiting, 0);
      if (requests <= free) return [];
      return [
        {
          dayId: day.id,
          freeSlots: free,
          openRequests: requests,
          recruiters: offering
            .filter((p) => p.waiting > 0)
            .sort(byName)
            .map((p) => ({ id: p.id, waiting: p.waiting }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        },
      ];
    }),
  };
  return { event, organizer: await loginAs(t.app, organizer.email), expected, planned };
}

const shapeOf = (health: EventHealth) => ({
  unconfirmed: health.unconfirmed.recruiters.map((r) => r.id).sort(),
  fullCompanies: health.fullCompanies.map((c) => ({
    companyId: c.companyId,
    recruiters: c.recruiters.map((r) => r.id).sort(),
    takenSlots: c.takenSlots,
  })),
  busyDays: health.busyDays.map((d) => ({
    dayId: d.dayId,
    freeSlots: d.freeSlots,
    openRequests: d.openRequests,
    recruiters: d.recruiters
      .map((r) => ({ id: r.id, waiting: r.waiting }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  })),
});

describe('GET /api/events/:id/health', () => {
  it.each([1, 2, 3])(
    'names the same people, companies and days as a plain computation (fair %i)',
    async (seed) => {
      const { event, organizer, expected } = await generatedFair(seed);
      const health = (await organizer.get(`/api/events/${event.id}/health`)).json() as EventHealth;
      expect(health.daysUntilFirstDay).toBe(3);
      const sortCompanies = (list: typeof expected.fullCompanies) =>
        [...list].sort((a, b) => a.companyId.localeCompare(b.companyId));
      const got = shapeOf(health);
      expect({ ...got, fullCompanies: sortCompanies(got.fullCompanies) }).toEqual({
        ...expected,
        fullCompanies: sortCompanies(expected.fullCompanies),
      });
    },
  );

  it('flags unconfirmed recruiters only from N days before the first day (default 7)', async () => {
    const { event, organizer, expected } = await generatedFair(4);
    const within = (days?: number) =>
      organizer.get(`/api/events/${event.id}/health${days === undefined ? '' : `?withinDays=${days}`}`);
    expect(((await within()).json() as EventHealth).withinDays).toBe(7);
    expect(((await within(3)).json() as EventHealth).unconfirmed.recruiters).toHaveLength(
      expected.unconfirmed.length,
    );
    expect(((await within(2)).json() as EventHealth).unconfirmed.recruiters).toEqual([]);
    const refused = await within(-1);
    expect(refused.statusCode).toBe(400);
  });
});

describe('POST /api/events/:id/health/reminders', () => {
  it('emails and notifies the people concerned, with the note, and not again within 12 hours', async () => {
    const { event, organizer, expected } = await generatedFair(5);
    expect(expected.unconfirmed.length).toBeGreaterThan(0);
    const url = `/api/events/${event.id}/health/reminders`;
    const first = await organizer.post(url, { kind: 'unconfirmed', note: 'Doors open at 9.' });
    expect(first.statusCode).toBe(200);
    expect(
      first
        .json()
        .sent.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual(expected.unconfirmed);
    expect(first.json().skipped).toEqual([]);

    const bells = await t.ctx.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'organizer_reminder'),
          inArray(notifications.userId, expected.unconfirmed),
        ),
      );
    expect(bells).toHaveLength(expected.unconfirmed.length);
    expect(bells[0]!.params).toMatchObject({ reminder: 'unconfirmed', note: 'Doors open at 9.' });
    const mails = await t.ctx.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.subject, `Please confirm your availability — ${event.name}`));
    expect(mails).toHaveLength(expected.unconfirmed.length);
    expect(mails.every((m) => m.text.includes('Doors open at 9.'))).toBe(true);

    const health = (await organizer.get(`/api/events/${event.id}/health`)).json() as EventHealth;
    expect(health.unconfirmed.lastReminderAt).toBe(new Date(NOW).toISOString());

    t.clock.advance(11 * 3_600_000);
    const again = await organizer.post(url, { kind: 'unconfirmed' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('eventHealth.reminded_recently');
    expect(again.json().error.message).toContain('The next reminder can go after');
    // Both times on the event's clock, named as slots are (`HH:MM`), the day by its name.
    expect(again.json().error.message).toMatch(
      /^Everyone concerned was reminded of this on \w+ \d+ \w+ at \d\d:\d\d \([\w/]+\)\. The next reminder can go after \d\d:\d\d\.$/,
    );

    t.clock.advance(3_600_000);
    expect((await organizer.post(url, { kind: 'unconfirmed' })).statusCode).toBe(200);
  });

  it('refuses a reminder for a company that is not full or a day of another event', async () => {
    const { event, organizer, planned } = await generatedFair(6);
    const url = `/api/events/${event.id}/health/reminders`;
    const notFull = planned.find((p) => p.slots.some((slot) => !slot.taken))!;
    const company = await organizer.post(url, { kind: 'company_full', companyId: notFull.companyId });
    expect(company.json().error.code).toBe('eventHealth.nobody_to_remind');
    const other = await buildEvent(t.ctx.db);
    const day = await organizer.post(url, { kind: 'busy_day', dayId: other.days[0]!.id });
    expect(day.statusCode).toBe(404);
    expect(day.json().error.code).toBe('eventHealth.day_not_found');
  });
});
