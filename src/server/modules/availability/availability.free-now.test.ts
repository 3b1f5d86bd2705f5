import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BookableRecruitersResponse } from '../../../shared/schemas/availability.schemas.js';
import { recordDatabaseWork } from '../../test/database-work.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildUser,
  registerTalent,
} from '../../test/factories.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';
import { availabilityDays } from './availability.table.js';

// Two days in Los Angeles (UTC-8), 15:00–18:00 local, 30-minute chats: each day's slots run from 23:00 UTC into the
// next UTC date, so "today" read on the UTC clock would name the wrong day. The clock stands days before.
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const at = (iso: string) => new Date(`${iso}Z`);
/** The six slots of a day, as UTC instants. */
const slotsOf = (utcDate: string, nextUtcDate: string) => [
  at(`${utcDate}T23:00`),
  at(`${utcDate}T23:30`),
  at(`${nextUtcDate}T00:00`),
  at(`${nextUtcDate}T00:30`),
  at(`${nextUtcDate}T01:00`),
  at(`${nextUtcDate}T01:30`),
];
const firstDay = slotsOf('2030-03-04', '2030-03-05');
const secondDay = slotsOf('2030-03-05', '2030-03-06');
const slotOf = (start: Date) => ({
  startsAt: start.toISOString(),
  endsAt: new Date(start.getTime() + 30 * 60_000).toISOString(),
});

let event: Awaited<ReturnType<typeof buildEvent>>;
let open: { id: string };
let fullyBooked: { id: string };
let talent: { id: string };
let asTalent: Client;

beforeAll(async () => {
  const q = t.ctx.db;
  event = await buildEvent(q, {
    timeZone: 'America/Los_Angeles',
    days: [
      { date: '2030-03-04', opens: 15 * 60, closes: 18 * 60, durations: [30] },
      { date: '2030-03-05', opens: 15 * 60, closes: 18 * 60, durations: [30] },
    ],
  });
  const [day1, day2] = event.days;
  open = await buildBookableRecruiter(q, {
    eventId: event.id,
    eventDayId: day1!.id,
    durationMinutes: 30,
    openSlotStarts: firstDay,
  });
  await q
    .insert(availabilityDays)
    .values({ eventDayId: day2!.id, recruiterId: open.id, durationMinutes: 30, openSlotStarts: secondDay });
  fullyBooked = await buildBookableRecruiter(q, {
    eventId: event.id,
    eventDayId: day1!.id,
    durationMinutes: 30,
    openSlotStarts: [firstDay[0]!],
  });
  const other = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, other.id);
  await buildChat(q, {
    eventId: event.id,
    talentId: other.id,
    recruiterId: fullyBooked.id,
    state: 'confirmed',
    booked: { eventDayId: day1!.id, startsAt: firstDay[0]!, endsAt: firstDay[1]! },
  });
  talent = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, talent.id);
  asTalent = await sessionClient(t.app, t.ctx, talent.id);
});

beforeEach(async () => {
  t.clock.set(at('2030-03-01T12:00'));
  await t.ctx.db.execute(sql`update events set min_notice_hours = null where id = ${event.id}`);
});

async function list(query = ''): Promise<BookableRecruitersResponse> {
  const response = await asTalent.get(`/api/events/${event.id}/recruiters${query}`);
  expect(response.statusCode).toBe(200);
  const body = response.json();
  expect(BookableRecruitersResponse.parse(body)).toEqual(body);
  return body;
}

const listed = async (recruiter: { id: string }) =>
  (await list()).recruiters.find((r) => r.id === recruiter.id)!;

/** What the card reads: the next free slot, today's count and each day's. */
async function freeOf(recruiter: { id: string }) {
  const { nextFreeSlot, freeSlotsToday, days } = await listed(recruiter);
  return { nextFreeSlot, freeSlotsToday, perDay: days.map((d) => d.free) };
}

describe("the talents' recruiter list: the next free slot and today's count", () => {
  it('shows the earliest free slot, and nothing today before the event', async () => {
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(firstDay[0]!),
      freeSlotsToday: 0,
      perDay: [6, 6],
    });
  });

  it('says so for a recruiter with nothing free: their only slot is booked', async () => {
    expect(await freeOf(fullyBooked)).toEqual({ nextFreeSlot: null, freeSlotsToday: 0, perDay: [0] });
    t.clock.set(at('2030-03-04T23:10'));
    expect(await freeOf(fullyBooked)).toEqual({ nextFreeSlot: null, freeSlotsToday: 0, perDay: [0] });
  });

  it("counts today in the event's zone, past midnight UTC, and skips started slots with no change announced", async () => {
    await list();
    // 16:10 on 4 March in Los Angeles, already 5 March in UTC: the 23:00, 23:30 and 00:00 slots have started.
    t.clock.set(at('2030-03-05T00:10'));
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(firstDay[3]!),
      freeSlotsToday: 3,
      perDay: [3, 6],
    });
    // Exactly at its start a slot is still ahead.
    t.clock.set(firstDay[5]!);
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(firstDay[5]!),
      freeSlotsToday: 1,
      perDay: [1, 6],
    });
    // The first day is over; the second is today from local midnight (08:00 UTC).
    t.clock.set(at('2030-03-05T07:59'));
    expect((await freeOf(open)).freeSlotsToday).toBe(0);
    t.clock.set(at('2030-03-05T08:00'));
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(secondDay[0]!),
      freeSlotsToday: 6,
      perDay: [0, 6],
    });
    t.clock.set(at('2030-03-07T00:00'));
    expect(await freeOf(open)).toEqual({ nextFreeSlot: null, freeSlotsToday: 0, perDay: [0, 0] });
  });

  it("skips a slot within the event's minimum notice, in the counts and the day filter alike", async () => {
    t.clock.set(at('2030-03-05T00:10'));
    await t.ctx.db.execute(sql`update events set min_notice_hours = 1 where id = ${event.id}`);
    // Bookable from 01:10 UTC: only the 01:30 slot of the first day is left.
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(firstDay[5]!),
      freeSlotsToday: 1,
      perDay: [1, 6],
    });
    const firstDayOnly = async () =>
      (await list(`?dayId=${event.days[0]!.id}`)).recruiters.map((r) => r.id).includes(open.id);
    expect(await firstDayOnly()).toBe(true);
    await t.ctx.db.execute(sql`update events set min_notice_hours = 2 where id = ${event.id}`);
    expect(await freeOf(open)).toEqual({
      nextFreeSlot: slotOf(secondDay[0]!),
      freeSlotsToday: 0,
      perDay: [0, 6],
    });
    expect(await firstDayOnly()).toBe(false);
  });

  it('skips a slot once a talent books it', async () => {
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: open.id,
      state: 'in_scheduling',
    });
    const booked = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: firstDay[0]!.toISOString(),
    });
    expect(booked.statusCode).toBe(200);
    // On PostgreSQL the booking's live message comes back through NOTIFY, within milliseconds.
    await expect
      .poll(async () => (await freeOf(open)).nextFreeSlot, { timeout: 5000 })
      .toEqual(slotOf(firstDay[1]!));
    expect((await freeOf(open)).perDay).toEqual([5, 6]);
    const cancelled = await asTalent.post(`/api/chats/${chat.id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    await expect
      .poll(async () => (await freeOf(open)).nextFreeSlot, { timeout: 5000 })
      .toEqual(slotOf(firstDay[0]!));
  });

  it('answers a kept page in one statement, however much time has passed', async () => {
    await list();
    t.clock.set(at('2030-03-05T00:10'));
    let body: BookableRecruitersResponse | undefined;
    const recorded = await recordDatabaseWork(async () => {
      body = (await asTalent.get(`/api/events/${event.id}/recruiters`)).json();
    });
    // The session lookup is the auth module's, and cached there.
    expect(recorded.statements.filter((s) => !/from "sessions"/.test(s))).toHaveLength(1);
    expect(body!.recruiters.find((r) => r.id === open.id)!.freeSlotsToday).toBe(3);
  });
});
