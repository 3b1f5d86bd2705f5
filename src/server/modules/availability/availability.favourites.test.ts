import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BookableRecruiter,
  BookableRecruitersResponse,
} from '../../../shared/schemas/availability.schemas.js';
import { type LiveServerMessage, liveTopics } from '../../../shared/schemas/live.schemas.js';
import { recordDatabaseWork } from '../../test/database-work.js';
import {
  buildBookableRecruiter,
  buildCompany,
  buildEvent,
  buildUser,
  registerTalent,
} from '../../test/factories.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';

// Booking opens in two days and the chats are a day later: talents browse and mark favourites before.
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const slot = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);

let event: Awaited<ReturnType<typeof buildEvent>>;
/** In the list's order: Acme's three, then Bolt's two. */
let recruiters: { id: string }[];
let unconfirmed: { id: string };
let talent: { id: string };
let asTalent: Client;
let otherTalent: { id: string };
let asOtherTalent: Client;

beforeAll(async () => {
  const q = t.ctx.db;
  event = await buildEvent(q, {
    bookingsOpenAt: new Date('2030-03-03T08:00:00Z'),
    bookingsCloseAt: new Date('2030-03-03T20:00:00Z'),
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const bookable = (companyId: string) =>
    buildBookableRecruiter(q, {
      eventId: event.id,
      eventDayId: event.days[0]!.id,
      companyId,
      durationMinutes: 30,
      openSlotStarts: [slot('08:00'), slot('08:30')],
    });
  const acme = (await buildCompany(q, { name: 'Acme', ownerId: event.organizerId })).id;
  const bolt = (await buildCompany(q, { name: 'Bolt', ownerId: event.organizerId })).id;
  recruiters = [];
  for (const [companyId, count] of [
    [acme, 3],
    [bolt, 2],
  ] as const) {
    for (let i = 0; i < count; i++) recruiters.push(await bookable(companyId));
  }
  // The factory names recruiters itself: read the list's order from the list.
  talent = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, talent.id);
  asTalent = await sessionClient(t.app, t.ctx, talent.id);
  const order = (await list(asTalent)).recruiters.map((r) => r.id);
  recruiters.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  unconfirmed = await buildUser(q, { role: 'recruiter', companyId: acme });
  otherTalent = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, otherTalent.id);
  asOtherTalent = await sessionClient(t.app, t.ctx, otherTalent.id);
});

async function list(client: Client, query = ''): Promise<BookableRecruitersResponse> {
  const response = await client.get(`/api/events/${event.id}/recruiters${query}`);
  expect(response.statusCode).toBe(200);
  const body = response.json();
  // Written past the route's serializer: checked against the response schema here, exactly.
  expect(BookableRecruitersResponse.parse(body)).toEqual(body);
  return body;
}

const favouriteIn = (page: BookableRecruitersResponse) =>
  page.recruiters.filter((r: BookableRecruiter) => r.favourite).map((r) => r.id);

const favourite = (client: Client, recruiterId: string, eventId = event.id) =>
  client.put(`/api/events/${eventId}/favourites/${recruiterId}`);
const unfavourite = (client: Client, recruiterId: string, eventId = event.id) =>
  client.delete(`/api/events/${eventId}/favourites/${recruiterId}`);

describe('favourite recruiters', () => {
  it('marks a recruiter before booking opens, twice as once, and unmarks them, twice as once', async () => {
    const [first] = recruiters;
    expect(favouriteIn(await list(asTalent))).toEqual([]);
    expect((await favourite(asTalent, first!.id)).statusCode).toBe(204);
    expect((await favourite(asTalent, first!.id)).statusCode).toBe(204);
    expect(favouriteIn(await list(asTalent))).toEqual([first!.id]);
    expect((await unfavourite(asTalent, first!.id)).statusCode).toBe(204);
    expect((await unfavourite(asTalent, first!.id)).statusCode).toBe(204);
    expect(favouriteIn(await list(asTalent))).toEqual([]);
  });

  it('also after booking closed: marking is not booking', async () => {
    t.clock.set(new Date('2030-03-05T12:00:00Z'));
    try {
      expect((await favourite(asTalent, recruiters[4]!.id)).statusCode).toBe(204);
      expect(favouriteIn(await list(asTalent))).toEqual([recruiters[4]!.id]);
      expect((await unfavourite(asTalent, recruiters[4]!.id)).statusCode).toBe(204);
    } finally {
      t.clock.set(new Date('2030-03-01T12:00:00Z'));
    }
  });

  it('refuses a recruiter who takes no chats at the event, with a sentence', async () => {
    const response = await favourite(asTalent, unconfirmed.id);
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: 'availability.recruiter_not_listed',
      message: 'This recruiter does not take 1-1 chats at this event, so they cannot be a favourite.',
    });
  });

  it('is for talents taking part: a recruiter hears why, a talent of another event that it does not exist', async () => {
    const recruiter = await sessionClient(t.app, t.ctx, recruiters[0]!.id);
    const refused = await favourite(recruiter, recruiters[1]!.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('availability.favourites_for_talents');
    const stranger = await buildUser(t.ctx.db, { role: 'talent' });
    const asStranger = await sessionClient(t.app, t.ctx, stranger.id);
    expect((await favourite(asStranger, recruiters[1]!.id)).statusCode).toBe(404);
    expect((await list(asTalent)).recruiters.every((r) => !r.favourite)).toBe(true);
  });

  it('shows each talent only their own marks, and filters to them a page at a time', async () => {
    const mine = [recruiters[0]!, recruiters[2]!, recruiters[3]!].map((r) => r.id);
    for (const id of mine) expect((await favourite(asTalent, id)).statusCode).toBe(204);
    expect((await favourite(asOtherTalent, recruiters[1]!.id)).statusCode).toBe(204);
    try {
      expect(favouriteIn(await list(asTalent))).toEqual(mine);
      expect(favouriteIn(await list(asOtherTalent))).toEqual([recruiters[1]!.id]);

      const first = await list(asTalent, '?favourites=true&pageSize=2');
      expect(first.recruiters.map((r) => r.id)).toEqual(mine.slice(0, 2));
      expect(first.recruiters.every((r) => r.favourite)).toBe(true);
      const second = await list(asTalent, `?favourites=true&pageSize=2&cursor=${first.nextCursor}`);
      expect(second.recruiters.map((r) => r.id)).toEqual(mine.slice(2));
      expect(second.nextCursor).toBeNull();
      // With other filters: Bolt's is the only favourite named so.
      const bolt = await list(asTalent, '?favourites=true&q=Bolt');
      expect(bolt.recruiters.map((r) => r.id)).toEqual([recruiters[3]!.id]);
      expect((await list(asOtherTalent, '?favourites=true')).recruiters.map((r) => r.id)).toEqual([
        recruiters[1]!.id,
      ]);
      // `false` is the whole list.
      expect((await list(asTalent, '?favourites=false')).recruiters).toHaveLength(recruiters.length);
    } finally {
      for (const id of mine) await unfavourite(asTalent, id);
      await unfavourite(asOtherTalent, recruiters[1]!.id);
    }
  });

  it('filters to nothing for a talent without favourites, reading one statement', async () => {
    let body: BookableRecruitersResponse | undefined;
    const recorded = await recordDatabaseWork(async () => {
      body = await list(asTalent, '?favourites=true');
    });
    expect(body!.recruiters).toEqual([]);
    expect(body!.nextCursor).toBeNull();
    expect(recorded.statements.filter((s) => !/from "sessions"/.test(s))).toHaveLength(1);
  });

  it('answers a kept page in one statement, the favourites read with the open chats', async () => {
    await favourite(asTalent, recruiters[1]!.id);
    try {
      await list(asTalent);
      let body: BookableRecruitersResponse | undefined;
      const recorded = await recordDatabaseWork(async () => {
        body = await list(asTalent);
      });
      // The session lookup is the auth module's, and cached there.
      expect(recorded.statements.filter((s) => !/from "sessions"/.test(s))).toHaveLength(1);
      expect(favouriteIn(body!)).toEqual([recruiters[1]!.id]);
    } finally {
      await unfavourite(asTalent, recruiters[1]!.id);
    }
  });

  it("tells the talent's other tabs, and no one else", async () => {
    const heard: { topic: string; message: LiveServerMessage }[] = [];
    const unsubscribe = [talent.id, otherTalent.id].map((id) =>
      t.ctx.live.subscribe(liveTopics.user(id), (message) =>
        heard.push({ topic: liveTopics.user(id), message }),
      ),
    );
    try {
      // The tests before changed favourites too: on PostgreSQL their messages travel through NOTIFY and may still
      // be on their way. They come before a marker sent now, so only what comes after the marker counts.
      const marker = { type: 'favourites.changed', eventId: randomUUID() } as const;
      await t.ctx.live.publish([liveTopics.user(talent.id)], marker);
      const markerHeard = () =>
        heard.some(({ message }) => 'eventId' in message && message.eventId === marker.eventId);
      await expect.poll(markerHeard, { timeout: 5000 }).toBe(true);
      heard.length = 0;
      await favourite(asTalent, recruiters[0]!.id);
      await unfavourite(asTalent, recruiters[0]!.id);
      await expect.poll(() => heard.length, { timeout: 5000 }).toBe(2);
      expect(heard).toEqual([
        { topic: liveTopics.user(talent.id), message: { type: 'favourites.changed', eventId: event.id } },
        { topic: liveTopics.user(talent.id), message: { type: 'favourites.changed', eventId: event.id } },
      ]);
    } finally {
      for (const stop of unsubscribe) stop();
    }
  });
});
