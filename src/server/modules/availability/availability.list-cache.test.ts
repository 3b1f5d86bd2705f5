import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { BookableRecruitersResponse } from '../../../shared/schemas/availability.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { createLiveHub } from '../../infra/live/live.hub.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerTalent,
} from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';

// One day in Berlin (UTC+1), 09:00–12:00 local, 30-minute chats; the clock stands the day before.
const t = withTestApp({ now: new Date('2030-03-03T12:00:00Z') });
const slot = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);
const opened = [slot('08:00'), slot('08:30'), slot('09:00')];

let event: Awaited<ReturnType<typeof buildEvent>>;
let companyId: string;
let recruiter: { id: string; name: string };
let talent: { id: string };
let asTalent: Client;

beforeAll(async () => {
  const q = t.ctx.db;
  event = await buildEvent(q, {
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  companyId = (await buildCompany(q, { name: 'Acme Robotics', ownerId: event.organizerId })).id;
  recruiter = await buildBookableRecruiter(q, {
    eventId: event.id,
    eventDayId: event.days[0]!.id,
    companyId,
    durationMinutes: 30,
    openSlotStarts: opened,
  });
  talent = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, talent.id);
  asTalent = await sessionClient(t.app, t.ctx, talent.id);
});

/** The first page; written past the route's serializer, so checked here against the response schema, exactly. */
async function list(): Promise<BookableRecruitersResponse> {
  const response = await asTalent.get(`/api/events/${event.id}/recruiters`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = response.json();
  expect(BookableRecruitersResponse.parse(body)).toEqual(body);
  return body;
}

const listed = async () => (await list()).recruiters.find((r) => r.id === recruiter.id)!;
const freeSlots = async () => (await listed()).days[0]!.free;

/**
 * Waits until every invalidation sent so far has come back: on PostgreSQL each also returns through NOTIFY, and one
 * from an earlier test arriving late would drop what a test expects to be kept.
 */
async function invalidationsSettled() {
  const key = randomUUID();
  let seen = 0;
  const unsubscribe = t.ctx.invalidations.subscribe('event', (dropped) => {
    if (dropped === key) seen++;
  });
  try {
    await t.ctx.invalidations.invalidate('event', key);
    await expect
      .poll(() => seen, { timeout: 5000 })
      .toBe((t.database as TestDatabase).kind === 'postgres' ? 2 : 1);
  } finally {
    unsubscribe();
  }
}

/** A change made straight in the database, as no app code would: nothing tells the caches. */
const renameUnannounced = (name: string) =>
  t.ctx.db.execute(sql`update users set name = ${name} where id = ${recruiter.id}`);

describe("the talents' recruiter list kept in memory", () => {
  it('is served from memory until a change is announced', async () => {
    expect((await listed()).name).toBe(recruiter.name);
    await renameUnannounced('Renamed Quietly');
    expect((await listed()).name).toBe(recruiter.name);
    await t.ctx.invalidations.invalidate('event', event.id);
    expect((await listed()).name).toBe('Renamed Quietly');
  });

  it('follows a slot booked and freed, and shows each talent their own open chat at once', async () => {
    expect(await freeSlots()).toBe(3);
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    expect((await listed()).openChat).toEqual({ id: chat.id, state: 'in_scheduling' });
    const booked = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: slot('08:30').toISOString(),
    });
    expect(booked.statusCode).toBe(200);
    expect((await listed()).openChat).toEqual({ id: chat.id, state: 'confirmed' });
    // On PostgreSQL the booking's live message comes back through NOTIFY, within milliseconds.
    await expect.poll(freeSlots, { timeout: 5000 }).toBe(2);
    const cancelled = await asTalent.post(`/api/chats/${chat.id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    await expect.poll(freeSlots, { timeout: 5000 }).toBe(3);
  });

  it("follows the recruiter's edit of their slots", async () => {
    const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
    expect(await freeSlots()).toBe(3);
    const edited = await asRecruiter.put(
      `/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${event.days[0]!.id}`,
      { durationMinutes: 30, openSlotStarts: [slot('10:00').toISOString()] },
    );
    expect(edited.statusCode).toBe(200);
    await expect.poll(freeSlots, { timeout: 5000 }).toBe(1);
    await asRecruiter.put(
      `/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${event.days[0]!.id}`,
      { durationMinutes: 30, openSlotStarts: opened.map((d) => d.toISOString()) },
    );
    await expect.poll(freeSlots, { timeout: 5000 }).toBe(3);
  });

  it("keeps its pages when a slot of a recruiter they do not show changes, and drops them all on the organizer's edit", async () => {
    const elsewhere = await buildBookableRecruiter(t.ctx.db, {
      eventId: event.id,
      eventDayId: event.days[0]!.id,
      durationMinutes: 30,
      openSlotStarts: opened,
    });
    await t.ctx.invalidations.invalidate('event', event.id);
    await invalidationsSettled();
    const firstOnly = async () =>
      (await asTalent.get(`/api/events/${event.id}/recruiters?pageSize=1`)).json().recruiters[0];
    const shown = await firstOnly();
    expect(shown.id).toBe(recruiter.id);
    const onlyElsewhere = async () =>
      (await asTalent.get(`/api/events/${event.id}/recruiters?recruiterId=${elsewhere.id}`)).json()
        .recruiters[0];
    await onlyElsewhere();
    await renameUnannounced('Kept In Memory');
    await t.ctx.db.execute(sql`update users set name = 'Read Again' where id = ${elsewhere.id}`);
    await t.ctx.live.publish([liveTopics.event(event.id)], {
      type: 'availability.changed',
      eventId: event.id,
      recruiterId: elsewhere.id,
    });
    await expect.poll(async () => (await onlyElsewhere()).name, { timeout: 5000 }).toBe('Read Again');
    expect((await firstOnly()).name).toBe(shown.name);
    await t.ctx.live.publish([liveTopics.event(event.id)], { type: 'event.changed', eventId: event.id });
    await expect.poll(async () => (await firstOnly()).name, { timeout: 5000 }).toBe('Kept In Memory');
    await renameUnannounced(shown.name);
    await t.ctx.db.execute(sql`delete from recruiter_details where recruiter_id = ${elsewhere.id}`);
    await t.ctx.invalidations.invalidate('event', event.id);
  });

  it("follows the organizer's change of a booth", async () => {
    const asOrganizer = await sessionClient(t.app, t.ctx, event.organizerId);
    await list();
    const changed = await asOrganizer.patch(`/api/events/${event.id}/companies/${companyId}`, {
      booth: 'Hall B',
    });
    expect(changed.statusCode).toBe(200);
    expect((await listed()).company.booth).toBe('Hall B');
  });

  it('follows a change of a recruiter it shows, and only of those', async () => {
    await invalidationsSettled();
    await list();
    await renameUnannounced('Named Anew');
    await t.ctx.invalidations.invalidate('session', talent.id);
    expect((await listed()).name).not.toBe('Named Anew');
    await t.ctx.invalidations.invalidate('session', recruiter.id);
    expect((await listed()).name).toBe('Named Anew');
  });

  it("follows a change announced on the event's live topic by another app process", async () => {
    const database = t.database as TestDatabase;
    const failures: unknown[] = [];
    // On PGlite one process owns the database: its own hub is the only one there is.
    const other = database.kind === 'postgres' ? await database.anotherProcess() : null;
    const otherHub = other
      ? await createLiveHub(other, { onError: (error) => failures.push(error) })
      : t.ctx.live;
    try {
      await invalidationsSettled();
      await list();
      await renameUnannounced('Named Elsewhere');
      expect((await listed()).name).not.toBe('Named Elsewhere');
      await otherHub.publish([liveTopics.event(event.id)], {
        type: 'availability.changed',
        eventId: event.id,
        recruiterId: recruiter.id,
      });
      await expect.poll(async () => (await listed()).name, { timeout: 5000 }).toBe('Named Elsewhere');
      expect(failures).toEqual([]);
    } finally {
      if (other) {
        await otherHub.close();
        await other.close();
      }
    }
  });

  it("follows the recruiter's choice to require approval and the organizer's booking mode", async () => {
    const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
    const setEvent = (mode: 'approval' | 'direct', recruitersMayRequireApproval: boolean) =>
      t.ctx.db.execute(sql`update events set booking_mode = ${mode},
        recruiters_may_require_approval = ${recruitersMayRequireApproval} where id = ${event.id}`);
    const organizerSaved = () =>
      t.ctx.live.publish([liveTopics.event(event.id)], { type: 'event.changed', eventId: event.id });
    const mode = async () => (await listed()).bookingMode;
    expect(await mode()).toBe('approval');
    await setEvent('direct', true);
    await organizerSaved();
    await expect.poll(mode, { timeout: 5000 }).toBe('direct');
    const details = `/api/events/${event.id}/recruiters/${recruiter.id}/details`;
    expect((await asRecruiter.put(details, { requiresApproval: true })).statusCode).toBe(200);
    expect(await mode()).toBe('approval');
    await setEvent('direct', false);
    await organizerSaved();
    await expect.poll(mode, { timeout: 5000 }).toBe('direct');
    await setEvent('approval', true);
    await asRecruiter.put(details, { requiresApproval: false });
    expect(await mode()).toBe('approval');
  });

  it('counts a slot no longer once it has started, with no change announced', async () => {
    expect(await freeSlots()).toBe(3);
    t.clock.set(slot('08:00'));
    expect(await freeSlots()).toBe(3);
    t.clock.set(new Date(slot('08:00').getTime() + 1));
    expect(await freeSlots()).toBe(2);
    t.clock.set(slot('09:30'));
    expect(await freeSlots()).toBe(0);
  });
});
