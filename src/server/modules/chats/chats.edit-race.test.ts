import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { zonedTimeToUtc } from '../../../shared/time/zoned.js';
import { dateName } from '../../i18n/index.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildTalents,
  buildUser,
} from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });

const ROUNDS = 5;
const CONTENDERS = 12;
const LANES = 3;
const TIME_ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
/** Each round has a day of its own. */
const dateOf = (round: number) => `2030-03-${String(4 + round).padStart(2, '0')}`;

type Path = 'confirm' | 'invitation' | 'move';
type Send = () => Promise<LightMyRequestResponse>;

/**
 * A day of 20-minute slots, 08:00–17:00 local, all opened by one recruiter, and a talent per booking, through every
 * booking path in turn: an approved request, an invitation, a confirmed chat the recruiter moves (from one of the
 * first four slots). Each booking aims at a slot of its own, so only an edit can refuse it: the first half at
 * slots before 12:00, the second half after.
 */
async function round(index: number) {
  const date = dateOf(index);
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  const event = await buildEvent(t.ctx.db, {
    organizerId: organizer.id,
    timeZone: TIME_ZONE,
    days: [{ date, opens: 8 * 60, closes: 17 * 60, durations: [20] }],
  });
  const day = event.days[0]!;
  const starts = Array.from({ length: 27 }, (_, i) => zonedTimeToUtc(date, 8 * 60 + i * 20, TIME_ZONE));
  const morning = starts.slice(0, 12);
  const afternoon = starts.slice(12);
  const recruiter = await buildBookableRecruiter(t.ctx.db, {
    eventId: event.id,
    eventDayId: day.id,
    durationMinutes: 20,
    openSlotStarts: starts,
  });
  const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
  const talents = await buildTalents(t.ctx.db, event.id, CONTENDERS);
  const bookings: Send[] = await Promise.all(
    talents.map(async (talent, i) => {
      const path: Path = (['confirm', 'invitation', 'move'] as const)[i % 3]!;
      const booked = morning[Math.floor(i / 3)]!;
      const chat = await buildChat(t.ctx.db, {
        eventId: event.id,
        talentId: talent.id,
        recruiterId: recruiter.id,
        state: path === 'confirm' ? 'in_scheduling' : path === 'invitation' ? 'invited' : 'confirmed',
        booked:
          path === 'move'
            ? { eventDayId: day.id, startsAt: booked, endsAt: new Date(booked.getTime() + 20 * MINUTE) }
            : undefined,
      });
      const client = path === 'move' ? asRecruiter : await sessionClient(t.app, t.ctx, talent.id);
      const target = i < CONTENDERS / 2 ? morning[4 + i]! : afternoon[i - CONTENDERS / 2]!;
      const action = path === 'move' ? 'move' : 'confirm';
      return () => client.post(`/api/chats/${chat.id}/${action}`, { startsAt: target.toISOString() });
    }),
  );
  return { event, day, organizer, recruiter, asRecruiter, morning, bookings };
}

/**
 * Sends the bookings in a few lanes at once, each lane one booking after another (its morning ones first), and the
 * edit once a random number of them has been answered: the edit runs among bookings under way.
 */
async function race(bookings: Send[], edit: Send) {
  const answeredBeforeEdit = Math.floor(Math.random() * bookings.length);
  let answered = 0;
  let edited: Promise<LightMyRequestResponse> | undefined;
  const startEdit = () => {
    edited ??= edit();
    return edited;
  };
  if (answeredBeforeEdit === 0) startEdit();
  const booked: LightMyRequestResponse[] = [];
  const lane = async (first: number) => {
    for (let i = first; i < bookings.length; i += LANES) {
      booked[i] = await bookings[i]!();
      if (++answered === answeredBeforeEdit) startEdit();
    }
  };
  await Promise.all(Array.from({ length: LANES }, (_, first) => lane(first)));
  return { edited: await startEdit(), booked };
}

/** A booking loses to an edit only as a time no longer offered, said in plain words. */
function expectBookedOrPlainlyRefused(responses: LightMyRequestResponse[]) {
  for (const response of responses) {
    if (response.statusCode === 200) continue;
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'chats.not_a_free_slot',
      message: 'This time slot is no longer available. Please pick another one.',
    });
  }
}

const confirmedChatsOf = (recruiterId: string) =>
  t.ctx.db.query.chats.findMany({
    where: (c, { and, eq }) => and(eq(c.recruiterId, recruiterId), eq(c.state, 'confirmed')),
  });

const span = (chat: { startsAt: Date | null; endsAt: Date | null }) =>
  `${chat.startsAt!.toISOString()}–${chat.endsAt!.toISOString()}`;

const sortedTimes = (dates: Date[]) => [...new Set(dates.map((d) => d.getTime()))].sort((a, b) => a - b);

// Many requests on two shared cores: generous time, the assertions are about outcomes, not speed.
describe('bookings racing edits of their day', { timeout: 120_000 }, () => {
  it('leave no chat outside the hours the organizer shortens the day to', async () => {
    for (let index = 0; index < ROUNDS; index++) {
      const { event, day, organizer, recruiter, bookings } = await round(index);
      const asOrganizer = await sessionClient(t.app, t.ctx, organizer.id);
      const shorten = () =>
        asOrganizer.put(`/api/events/${event.id}`, {
          name: event.name,
          timeZone: TIME_ZONE,
          requestPolicy: event.requestPolicy,
          days: [
            {
              id: day.id,
              date: day.date,
              mode: day.mode,
              opensAt: '08:00',
              closesAt: '12:00',
              durations: [20],
            },
          ],
        });

      const { edited, booked } = await race(bookings, shorten);

      expectBookedOrPlainlyRefused(booked);
      const hours = await t.ctx.db.query.eventDays.findFirst({ where: (d, { eq }) => eq(d.id, day.id) });
      const opens = zonedTimeToUtc(day.date, hours!.opensAtMinute, TIME_ZONE);
      const closes = zonedTimeToUtc(day.date, hours!.closesAtMinute, TIME_ZONE);
      const confirmed = await confirmedChatsOf(recruiter.id);
      const outside = confirmed.filter((c) => c.startsAt! < opens || c.endsAt! > closes).map(span);
      expect(outside, `round ${index}`).toEqual([]);
      if (edited.statusCode === 200) {
        expect(hours!.closesAtMinute).toBe(12 * 60);
      } else {
        expect(edited.statusCode).toBe(409);
        expect(edited.json().error.code).toBe('events.would_orphan_chats');
        // It names the afternoon chats that were booked before it.
        expect(edited.json().error.message).toMatch(
          new RegExp(
            `The hours 08:00–12:00 on ${dateName(day.date, 'en')} would leave out \\d+ booked chats? \\(1[2-6]:\\d\\d–`,
          ),
        );
        expect(hours!.closesAtMinute).toBe(17 * 60);
      }
    }
  });

  it('leave no chat on a slot the recruiter closes', async () => {
    for (let index = 0; index < ROUNDS; index++) {
      const { event, day, recruiter, asRecruiter, morning, bookings } = await round(index);
      // Every other round the recruiter closes the whole day rather than its afternoon.
      const keptOpen = index % 2 === 0 ? morning : [];
      const close = () =>
        asRecruiter.put(`/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${day.id}`, {
          durationMinutes: 20,
          openSlotStarts: keptOpen.map((s) => s.toISOString()),
        });

      const { edited, booked } = await race(bookings, close);

      expectBookedOrPlainlyRefused(booked);
      expect(edited.statusCode).toBe(200);
      const row = await t.ctx.db.query.availabilityDays.findFirst({
        where: (a, { and, eq }) => and(eq(a.eventDayId, day.id), eq(a.recruiterId, recruiter.id)),
      });
      const confirmed = await confirmedChatsOf(recruiter.id);
      const offered = new Set(row!.openSlotStarts.map((s) => s.getTime()));
      const closed = confirmed.filter((c) => !offered.has(c.startsAt!.getTime())).map(span);
      expect(closed, `round ${index}`).toEqual([]);
      // The edit kept open what it was asked to and the slots booked before it, nothing else.
      expect(sortedTimes(row!.openSlotStarts)).toEqual(
        sortedTimes([...keptOpen, ...confirmed.map((c) => c.startsAt!)]),
      );
    }
  });
});

describe("a recruiter's edit racing the organizer's edit of the day", { timeout: 120_000 }, () => {
  it('never keeps a duration the organizer has just removed from the day', async () => {
    for (let index = 0; index < ROUNDS; index++) {
      const date = dateOf(index);
      const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
      const event = await buildEvent(t.ctx.db, {
        organizerId: organizer.id,
        timeZone: TIME_ZONE,
        days: [{ date, opens: 8 * 60, closes: 12 * 60, durations: [20, 30] }],
      });
      const day = event.days[0]!;
      const recruiter = await buildBookableRecruiter(t.ctx.db, {
        eventId: event.id,
        eventDayId: day.id,
        durationMinutes: 30,
        openSlotStarts: [],
      });
      const asOrganizer = await sessionClient(t.app, t.ctx, organizer.id);
      const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);

      const [dropped, chosen] = await Promise.all([
        asOrganizer.put(`/api/events/${event.id}`, {
          name: event.name,
          timeZone: TIME_ZONE,
          requestPolicy: event.requestPolicy,
          days: [{ id: day.id, date, mode: day.mode, opensAt: '08:00', closesAt: '12:00', durations: [30] }],
        }),
        asRecruiter.put(`/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${day.id}`, {
          durationMinutes: 20,
          openSlotStarts: [zonedTimeToUtc(date, 8 * 60, TIME_ZONE).toISOString()],
        }),
      ]);

      expect(dropped.statusCode).toBe(200);
      if (chosen.statusCode !== 200) {
        expect(chosen.statusCode).toBe(400);
        expect(chosen.json().error.code).toBe('availability.duration_not_allowed');
      }
      const row = await t.ctx.db.query.availabilityDays.findFirst({
        where: (a, { and, eq }) => and(eq(a.eventDayId, day.id), eq(a.recruiterId, recruiter.id)),
      });
      expect(row?.durationMinutes ?? 30, `round ${index}`).toBe(30);
    }
  });
});
