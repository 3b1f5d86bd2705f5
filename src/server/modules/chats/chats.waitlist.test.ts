import { eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildBookableRecruiter, buildChat, buildEvent } from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { type Client, loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { events } from '../events/events.table.js';
import { chats } from './chats.table.js';
import { offerFreedTime, runWaitlists } from './chats.waitlist.js';

const START = new Date('2030-03-01T12:00:00Z');
const t = withTestApp({ now: START });
const stage = withChatScene(t);
const { slot, mailsTo } = stage;

/** An event on the scene's date (Berlin, 09:00–12:00 local, 30-minute chats) in the given booking mode. */
async function eventIn(bookingMode: 'approval' | 'direct', mode: 'virtual' | 'in_person' = 'virtual') {
  const event = await buildEvent(t.ctx.db, {
    bookingMode,
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30], mode }],
  });
  const eventDayId = event.days[0]!.id;
  return {
    event,
    eventDayId,
    recruiter: (openSlotStarts: Date[]) =>
      buildBookableRecruiter(t.ctx.db, {
        eventId: event.id,
        eventDayId,
        companyId: stage.scene.companyId,
        durationMinutes: 30,
        openSlotStarts,
      }),
    talent: async () => {
      const talent = await stage.talentAtEvent(event.id);
      return { ...talent, client: await sessionClient(t.app, t.ctx, talent.id) };
    },
  };
}

const waitlistPath = (eventId: string, recruiterId: string) =>
  `/api/events/${eventId}/recruiters/${recruiterId}/waitlist`;

/** The talent's chat with the recruiter that is still going on, as the database holds it. */
const openChatOf = (talentId: string, recruiterId: string) =>
  t.ctx.db.query.chats.findFirst({
    where: (c, { and, eq, inArray }) =>
      and(
        eq(c.talentId, talentId),
        eq(c.recruiterId, recruiterId),
        inArray(c.state, ['in_scheduling', 'invited', 'offered', 'confirmed']),
      ),
  });

const entriesOf = (recruiterId: string) =>
  t.ctx.db.query.waitlistEntries.findMany({ where: (w, { eq }) => eq(w.recruiterId, recruiterId) });

/** A direct booking through the API, by a talent of the event. */
const book = (client: Client, eventId: string, recruiterId: string, startsAt: Date) =>
  client.post(`/api/events/${eventId}/recruiters/${recruiterId}/book`, { startsAt: startsAt.toISOString() });

describe('waitlists', () => {
  it('lets registered talents join and leave, telling them their place and the team how many wait', async () => {
    const { event, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('08:00')]);
    const [first, second] = [await newTalent(), await newTalent()];
    const taker = await newTalent();
    expect((await book(taker.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(201);

    expect((await first.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    t.clock.advance(1000);
    expect((await second.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    // Joining again keeps the place.
    expect((await first.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    const placeOf = async (client: Client) =>
      (await client.get(`/api/events/${event.id}/waitlists`)).json().entries;
    expect(await placeOf(first.client)).toEqual([
      expect.objectContaining({ recruiterId: recruiter.id, recruiterName: recruiter.name, position: 1 }),
    ]);
    expect((await placeOf(second.client))[0].position).toBe(2);

    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.get(`/api/events/${event.id}/waitlists`)).json()).toEqual({
      entries: [],
      companyEntries: [],
      counts: [{ recruiterId: recruiter.id, waiting: 2 }],
      companyWaiting: 0,
    });
    // Only talents wait.
    expect((await asRecruiter.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(403);

    expect((await first.client.delete(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    expect(await placeOf(first.client)).toEqual([]);
    expect((await placeOf(second.client))[0].position).toBe(1);

    // A talent who holds a booked chat with the recruiter waits no longer: the next sweep takes them off.
    expect((await taker.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    expect(await placeOf(taker.client)).toEqual([]);
    expect((await placeOf(second.client))[0].position).toBe(1);
  });

  it('offers a cancelled time to the first eligible talent waiting, passing over one who could not take it', async () => {
    const { event, eventDayId, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('08:00')]);
    const other = await newRecruiter([slot('08:00')]);
    const holder = await newTalent();
    const busy = await newTalent();
    const next = await newTalent();
    expect((await book(holder.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(201);
    // Busy already holds 08:00 with another recruiter: the freed time would overlap it.
    expect((await book(busy.client, event.id, other.id, slot('08:00'))).statusCode).toBe(201);
    await busy.client.put(waitlistPath(event.id, recruiter.id));
    t.clock.advance(1000);
    await next.client.put(waitlistPath(event.id, recruiter.id));
    await t.ctx.background.settled();
    expect(await openChatOf(next.id, recruiter.id)).toBeUndefined();

    const held = (await openChatOf(holder.id, recruiter.id))!;
    expect((await holder.client.post(`/api/chats/${held.id}/cancel`, {})).statusCode).toBe(200);
    await t.ctx.background.settled();

    const offered = (await openChatOf(next.id, recruiter.id))!;
    expect(offered).toMatchObject({
      state: 'offered',
      startsAt: slot('08:00'),
      eventDayId,
      offeredFrom: null,
      offerExpiresAt: new Date(t.clock.now.getTime() + 15 * 60_000),
    });
    expect(await openChatOf(busy.id, recruiter.id)).toBeUndefined();
    const [mail] = await mailsTo(next.email);
    expect(mail!.subject).toMatch(
      new RegExp(`^A slot with ${recruiter.name} is free: Mon 4 Mar, 09:00–09:30`),
    );
    const notifications = (await next.client.get('/api/me/notifications')).json().notifications;
    expect(notifications[0]).toMatchObject({ kind: 'waitlist_offer', chatId: offered.id });
    // The offered time is held: nobody else may book it meanwhile.
    const outsider = await newTalent();
    expect((await book(outsider.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(409);
    // Only the offered talent answers the offer.
    expect((await busy.client.post(`/api/chats/${offered.id}/accept-offer`)).statusCode).toBe(404);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.post(`/api/chats/${offered.id}/accept-offer`)).statusCode).toBe(403);

    const accepted = await next.client.post(`/api/chats/${offered.id}/accept-offer`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'confirmed', startsAt: slot('08:00').toISOString() });
    expect(accepted.json().history.map((h: { kind: string }) => h.kind)).toEqual([
      'offered',
      'offer_accepted',
    ]);
    expect((await mailsTo(next.email))[0]!.subject).toMatch(/^Confirmed: 1-1 chat with/);
    expect((await entriesOf(recruiter.id)).map((e) => e.talentId)).toEqual([busy.id]);
  });

  it('offers a time the recruiter opens to the first talent waiting, at once', async () => {
    const { event, eventDayId, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('08:00')]);
    const [holder, waiting] = [await newTalent(), await newTalent()];
    expect((await book(holder.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(201);
    await waiting.client.put(waitlistPath(event.id, recruiter.id));
    await t.ctx.background.settled();
    expect(await openChatOf(waiting.id, recruiter.id)).toBeUndefined();

    const asRecruiter = await loginAs(t.app, recruiter.email);
    const opened = await asRecruiter.put(
      `/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${eventDayId}`,
      { durationMinutes: 30, openSlotStarts: [slot('08:00'), slot('10:00')].map((d) => d.toISOString()) },
    );
    expect(opened.statusCode).toBe(200);
    await t.ctx.background.settled();
    expect(await openChatOf(waiting.id, recruiter.id)).toMatchObject({
      state: 'offered',
      startsAt: slot('10:00'),
    });
  });

  it('passes over a talent blocked either way since joining, and refuses a blocked talent joining', async () => {
    const { event, eventDayId, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('08:00')]);
    const [holder, blocked, blocking, next] = [
      await newTalent(),
      await newTalent(),
      await newTalent(),
      await newTalent(),
    ];
    expect((await book(holder.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(201);
    for (const waiting of [blocked, blocking, next]) {
      expect((await waiting.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
      t.clock.advance(1000);
    }
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.put(`/api/events/${event.id}/blocks/${blocked.id}`)).statusCode).toBe(204);
    expect((await blocking.client.put(`/api/events/${event.id}/blocks/${recruiter.id}`)).statusCode).toBe(
      204,
    );

    await asRecruiter.put(
      `/api/events/${event.id}/recruiters/${recruiter.id}/availability/days/${eventDayId}`,
      {
        durationMinutes: 30,
        openSlotStarts: [slot('08:00'), slot('10:00')].map((d) => d.toISOString()),
      },
    );
    await t.ctx.background.settled();
    expect(await openChatOf(blocked.id, recruiter.id)).toBeUndefined();
    expect(await openChatOf(blocking.id, recruiter.id)).toBeUndefined();
    expect(await openChatOf(next.id, recruiter.id)).toMatchObject({
      state: 'offered',
      startsAt: slot('10:00'),
    });

    const late = await newTalent();
    await asRecruiter.put(`/api/events/${event.id}/blocks/${late.id}`);
    const refused = await late.client.put(waitlistPath(event.id, recruiter.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('safety.blocked');
  });

  it('passes a declined offer and then a lapsed one on to the next talent waiting', async () => {
    const { event, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('09:00')]);
    const [holder, first, second] = [await newTalent(), await newTalent(), await newTalent()];
    expect((await book(holder.client, event.id, recruiter.id, slot('09:00'))).statusCode).toBe(201);
    await first.client.put(waitlistPath(event.id, recruiter.id));
    t.clock.advance(1000);
    await second.client.put(waitlistPath(event.id, recruiter.id));
    const held = (await openChatOf(holder.id, recruiter.id))!;
    await holder.client.post(`/api/chats/${held.id}/reschedule`, {});
    await t.ctx.background.settled();

    const firstOffer = (await openChatOf(first.id, recruiter.id))!;
    expect(firstOffer.state).toBe('offered');
    const declined = await first.client.post(`/api/chats/${firstOffer.id}/decline-offer`);
    expect(declined.json()).toMatchObject({ state: 'cancelled' });
    expect(await openChatOf(first.id, recruiter.id)).toBeUndefined();

    const secondOffer = (await openChatOf(second.id, recruiter.id))!;
    expect(secondOffer).toMatchObject({ state: 'offered', startsAt: slot('09:00') });
    expect((await entriesOf(recruiter.id)).map((e) => e.talentId)).toEqual([second.id]);

    t.clock.advance(16 * 60_000);
    const late = await second.client.post(`/api/chats/${secondOffer.id}/accept-offer`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('chats.offer_lapsed');

    await runWaitlists({ ctx: t.ctx });
    const lapsed = (await t.ctx.db.query.chats.findFirst({
      where: (c, { eq }) => eq(c.id, secondOffer.id),
    }))!;
    expect(lapsed).toMatchObject({ state: 'cancelled', offerExpiresAt: null, startsAt: null });
    expect(await entriesOf(recruiter.id)).toEqual([]);
    expect((await mailsTo(second.email))[0]!.subject).toMatch(/^The slot held for you lapsed/);
    // The time is free again, to be booked by anyone.
    expect((await book(first.client, event.id, recruiter.id, slot('09:00'))).statusCode).toBe(201);
  });

  it('offers a time to a chat waiting for one, which goes back to waiting when the offer lapses', async () => {
    const { event, eventDayId, recruiter: newRecruiter, talent: newTalent } = await eventIn('approval');
    const recruiter = await newRecruiter([slot('08:30')]);
    const booked = await newTalent();
    await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: booked.id,
      recruiterId: recruiter.id,
      state: 'confirmed',
      booked: { eventDayId, startsAt: slot('08:30'), endsAt: slot('09:00') },
    });
    const waiting = await newTalent();
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: waiting.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    // A talent whose request is not approved yet may not take a time: passed over.
    const asking = await newTalent();
    await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: asking.id,
      recruiterId: recruiter.id,
      state: 'requested',
    });
    await asking.client.put(waitlistPath(event.id, recruiter.id));
    t.clock.advance(1000);
    await waiting.client.put(waitlistPath(event.id, recruiter.id));

    const asRecruiter = await loginAs(t.app, recruiter.email);
    const bookedChat = (await openChatOf(booked.id, recruiter.id))!;
    await asRecruiter.post(`/api/chats/${bookedChat.id}/cancel`, { message: 'Called away' });
    await t.ctx.background.settled();

    expect(await openChatOf(waiting.id, recruiter.id)).toMatchObject({
      id: chat.id,
      state: 'offered',
      offeredFrom: 'in_scheduling',
      startsAt: slot('08:30'),
    });
    t.clock.advance(15 * 60_000);
    await runWaitlists({ ctx: t.ctx });
    expect(await openChatOf(waiting.id, recruiter.id)).toMatchObject({
      id: chat.id,
      state: 'in_scheduling',
      offeredFrom: null,
      startsAt: null,
    });
    // Off the list, so the time stays free for them (or anyone) to pick; the unapproved one still waits.
    expect((await entriesOf(recruiter.id)).map((e) => e.talentId)).toEqual([asking.id]);
  });

  it('gives exactly one offer per freed time when sweeps of several processes and a booking race', {
    timeout: 120_000,
  }, async () => {
    const { event, eventDayId, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const starts = [slot('08:00'), slot('08:30'), slot('09:00'), slot('09:30')];
    const recruiter = await newRecruiter(starts);
    const holders = [];
    for (const startsAt of starts) {
      const holder = await newTalent();
      const chat = await buildChat(t.ctx.db, {
        eventId: event.id,
        talentId: holder.id,
        recruiterId: recruiter.id,
        state: 'confirmed',
        booked: { eventDayId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) },
      });
      holders.push(chat);
    }
    const waiting = [];
    for (let i = 0; i < 8; i++) {
      const talent = await newTalent();
      await talent.client.put(waitlistPath(event.id, recruiter.id));
      waiting.push(talent);
      t.clock.advance(1000);
    }
    const racer = await newTalent();
    // Every time frees at once, as a process that died before its sweeps would leave it.
    await t.ctx.db
      .update(chats)
      .set({ state: 'cancelled' })
      .where(
        inArray(
          chats.id,
          holders.map((c) => c.id),
        ),
      );

    const database = t.database as TestDatabase;
    const others =
      database.kind === 'postgres' ? [await database.anotherProcess(), await database.anotherProcess()] : [];
    try {
      const contexts = [t.ctx, ...others.map((other) => ({ ...t.ctx, db: other.db }))];
      const [booking, ...sweeps] = await Promise.all([
        book(racer.client, event.id, recruiter.id, slot('09:30')),
        ...contexts.flatMap((ctx) => [1, 2, 3].map(() => offerFreedTime(ctx, event.id, recruiter.id))),
      ]);
      const holding = await t.ctx.db.query.chats.findMany({
        where: (c, { and, eq, inArray }) =>
          and(eq(c.recruiterId, recruiter.id), inArray(c.state, ['offered', 'confirmed'])),
      });
      const bookedByRacer = booking.statusCode === 201;
      expect(booking.statusCode === 201 || booking.statusCode === 409).toBe(true);
      // Every freed time went once: to the racer or to one talent waiting; the sweeps' offers add up to that.
      expect(holding).toHaveLength(starts.length);
      expect(new Set(holding.map((c) => c.startsAt!.getTime())).size).toBe(starts.length);
      expect(holding.filter((c) => c.state === 'confirmed')).toHaveLength(bookedByRacer ? 1 : 0);
      expect(sweeps.reduce((sum, n) => sum + n, 0)).toBe(starts.length - (bookedByRacer ? 1 : 0));
      // In order: the first ones waiting got the offers.
      const offeredTo = holding.filter((c) => c.state === 'offered').map((c) => c.talentId);
      expect(new Set(offeredTo)).toEqual(
        new Set(waiting.slice(0, offeredTo.length).map((talent) => talent.id)),
      );
      // Again: nothing left to offer, nothing changes.
      expect(await offerFreedTime(t.ctx, event.id, recruiter.id)).toBe(0);
    } finally {
      for (const other of others) await other.close();
    }
  });
});

describe('the rest of a slot under way', () => {
  afterEach(() => t.clock.set(START));

  /** A direct-booking event whose 08:00 (UTC) chat is booked, a talent waiting, and the notice rule of 2 hours. */
  async function bookedAndWaiting(mode: 'virtual' | 'in_person') {
    const { event, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct', mode);
    await t.ctx.db
      .update(events)
      .set({ minNoticeHours: 2, noShowAfterMinutes: 5 })
      .where(eq(events.id, event.id));
    const recruiter = await newRecruiter([slot('08:00')]);
    const [holder, waiting] = [await newTalent(), await newTalent()];
    expect((await book(holder.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(201);
    expect((await waiting.client.put(waitlistPath(event.id, recruiter.id))).statusCode).toBe(204);
    const held = (await openChatOf(holder.id, recruiter.id))!;
    return { recruiter, waiting, held, asRecruiter: await loginAs(t.app, recruiter.email) };
  }

  it("offers a no-show's rest of the slot on a virtual day at once, to be taken on the spot", async () => {
    const { recruiter, waiting, held, asRecruiter } = await bookedAndWaiting('virtual');
    t.clock.set('2030-03-04T08:07:30Z');
    expect((await asRecruiter.post(`/api/chats/${held.id}/no-show`)).statusCode).toBe(200);

    const offered = (await openChatOf(waiting.id, recruiter.id))!;
    expect(offered).toMatchObject({
      state: 'offered',
      startsAt: new Date('2030-03-04T08:07:00Z'),
      endsAt: slot('08:30'),
      // The event day's hold of 5 minutes.
      offerExpiresAt: new Date('2030-03-04T08:12:30Z'),
    });
    expect((await mailsTo(waiting.email))[0]!.subject).toMatch(
      /^A slot with .* is free: Mon 4 Mar, 09:07–09:30/,
    );

    // Two hours' notice does not apply: this time is now or never.
    t.clock.set('2030-03-04T08:09:00Z');
    const accepted = await waiting.client.post(`/api/chats/${offered.id}/accept-offer`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'confirmed',
      startsAt: '2030-03-04T08:07:00.000Z',
      endsAt: '2030-03-04T08:30:00.000Z',
    });
  });

  it('holds the rest only while the shortest chat still fits, then lets it go', async () => {
    const { recruiter, waiting, held, asRecruiter } = await bookedAndWaiting('virtual');
    t.clock.set('2030-03-04T08:22:00Z');
    await asRecruiter.post(`/api/chats/${held.id}/no-show`);
    const offered = (await openChatOf(waiting.id, recruiter.id))!;
    expect(offered.offerExpiresAt).toEqual(new Date('2030-03-04T08:25:00Z'));

    t.clock.set('2030-03-04T08:25:00Z');
    const late = await waiting.client.post(`/api/chats/${offered.id}/accept-offer`);
    expect(late.json().error.code).toBe('chats.offer_lapsed');
    await runWaitlists({ ctx: t.ctx });
    // Nobody is offered less than the shortest chat.
    expect(await openChatOf(waiting.id, recruiter.id)).toBeUndefined();
  });

  it('leaves an in-person slot under way to the booth, offering nothing from the waitlist', async () => {
    const { recruiter, waiting, held, asRecruiter } = await bookedAndWaiting('in_person');
    t.clock.set('2030-03-04T08:07:30Z');
    expect((await asRecruiter.post(`/api/chats/${held.id}/no-show`)).statusCode).toBe(200);
    expect(await openChatOf(waiting.id, recruiter.id)).toBeUndefined();
  });

  it('offers only the rest of a slot under way, never a time inside one a talent asks to book', async () => {
    const { event, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter([slot('08:00')]);
    const talent = await newTalent();
    t.clock.set('2030-03-04T08:07:30Z');
    const inside = await book(talent.client, event.id, recruiter.id, new Date('2030-03-04T08:08:00Z'));
    expect(inside.statusCode).toBe(409);
    expect((await book(talent.client, event.id, recruiter.id, slot('08:00'))).statusCode).toBe(409);
  });
});
