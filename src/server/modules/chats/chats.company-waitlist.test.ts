import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildBookableRecruiter, buildChat, buildCompany, buildEvent } from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { type Client, loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { chats } from './chats.table.js';
import { offerFreedTime, runWaitlists } from './chats.waitlist.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { slot, mailsTo } = stage;

/**
 * An event on the scene's date (Berlin, 09:00–12:00 local, 30-minute chats) in the given booking mode, with a
 * company of its own: its recruiters come with the times they opened, each booked by a talent of its own.
 */
async function companyEvent(bookingMode: 'approval' | 'direct' = 'direct') {
  const event = await buildEvent(t.ctx.db, {
    bookingMode,
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const eventDayId = event.days[0]!.id;
  const company = await buildCompany(t.ctx.db, { name: `Acme ${event.id.slice(0, 4)}` });
  const talent = async () => {
    const person = await stage.talentAtEvent(event.id);
    return { ...person, client: await sessionClient(t.app, t.ctx, person.id) };
  };
  /** A recruiter of the company whose every opened time is booked: the chats holding them, in time order. */
  const bookedRecruiter = async (starts: Date[]) => {
    const recruiter = await buildBookableRecruiter(t.ctx.db, {
      eventId: event.id,
      eventDayId,
      companyId: company.id,
      durationMinutes: 30,
      openSlotStarts: starts,
    });
    const held = [];
    for (const startsAt of starts) {
      const holder = await talent();
      held.push(
        await buildChat(t.ctx.db, {
          eventId: event.id,
          talentId: holder.id,
          recruiterId: recruiter.id,
          state: 'confirmed',
          booked: { eventDayId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) },
        }),
      );
    }
    return { ...recruiter, held };
  };
  return { event, eventDayId, company, talent, bookedRecruiter };
}

const companyPath = (eventId: string, companyId: string) =>
  `/api/events/${eventId}/companies/${companyId}/waitlist`;
const recruiterPath = (eventId: string, recruiterId: string) =>
  `/api/events/${eventId}/recruiters/${recruiterId}/waitlist`;

const waitlistsOf = async (client: Client, eventId: string) =>
  (await client.get(`/api/events/${eventId}/waitlists`)).json();

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

const companyEntriesOf = async (companyId: string) =>
  (
    await t.ctx.db.query.companyWaitlistEntries.findMany({
      where: (w, { eq }) => eq(w.companyId, companyId),
      orderBy: (w, { asc }) => [asc(w.joinedAt), asc(w.talentId)],
    })
  ).map((entry) => entry.talentId);

const recruiterEntriesOf = async (recruiterId: string) =>
  (
    await t.ctx.db.query.waitlistEntries.findMany({
      where: (w, { eq }) => eq(w.recruiterId, recruiterId),
      orderBy: (w, { asc }) => [asc(w.joinedAt), asc(w.talentId)],
    })
  ).map((entry) => entry.talentId);

/** Frees held times at once, as a process that died before its sweeps would leave them. */
const freeAtOnce = (chatIds: string[]) =>
  t.ctx.db.update(chats).set({ state: 'cancelled' }).where(inArray(chats.id, chatIds));

describe('company waitlists', () => {
  it('lets registered talents join and leave a company taking part, telling them their place and the team the count', async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    const recruiter = await bookedRecruiter([slot('08:00')]);
    const [first, second] = [await talent(), await talent()];

    expect((await first.client.put(companyPath(event.id, company.id))).statusCode).toBe(204);
    t.clock.advance(1000);
    expect((await second.client.put(companyPath(event.id, company.id))).statusCode).toBe(204);
    // Joining again keeps the place.
    t.clock.advance(1000);
    expect((await first.client.put(companyPath(event.id, company.id))).statusCode).toBe(204);
    expect((await waitlistsOf(first.client, event.id)).companyEntries).toEqual([
      expect.objectContaining({ companyId: company.id, companyName: company.name, position: 1 }),
    ]);
    expect((await waitlistsOf(second.client, event.id)).companyEntries[0].position).toBe(2);

    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect(await waitlistsOf(asRecruiter, event.id)).toMatchObject({ companyWaiting: 2, companyEntries: [] });
    // Only talents wait, and only for a company taking part in the event.
    expect((await asRecruiter.put(companyPath(event.id, company.id))).statusCode).toBe(403);
    const elsewhere = await buildCompany(t.ctx.db);
    const refused = await first.client.put(companyPath(event.id, elsewhere.id));
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error).toMatchObject({
      code: 'chats.company_not_at_event',
      message: 'This company does not take part in this event.',
    });

    // Leaving is idempotent.
    for (let i = 0; i < 2; i++) {
      expect((await first.client.delete(companyPath(event.id, company.id))).statusCode).toBe(204);
    }
    expect((await waitlistsOf(first.client, event.id)).companyEntries).toEqual([]);
    expect((await waitlistsOf(second.client, event.id)).companyEntries[0].position).toBe(1);
    expect((await waitlistsOf(asRecruiter, event.id)).companyWaiting).toBe(1);
  });

  it("offers a time any colleague frees to the company's waitlist; accepting it ends the talent's place", async () => {
    const { event, eventDayId, company, talent, bookedRecruiter } = await companyEvent();
    const first = await bookedRecruiter([slot('08:00')]);
    const colleague = await bookedRecruiter([slot('09:00')]);
    const waiting = await talent();
    await waiting.client.put(companyPath(event.id, company.id));
    await t.ctx.background.settled();
    expect(await openChatOf(waiting.id, colleague.id)).toBeUndefined();

    const asColleague = await loginAs(t.app, colleague.email);
    const cancelled = await asColleague.post(`/api/chats/${colleague.held[0]!.id}/cancel`, {
      message: 'Away',
    });
    expect(cancelled.statusCode).toBe(200);
    await t.ctx.background.settled();

    const offered = (await openChatOf(waiting.id, colleague.id))!;
    expect(offered).toMatchObject({
      state: 'offered',
      startsAt: slot('09:00'),
      eventDayId,
      offeredFrom: null,
    });
    expect((await mailsTo(waiting.email))[0]!.subject).toMatch(
      new RegExp(`^A slot with ${colleague.name} is free`),
    );
    expect(await openChatOf(waiting.id, first.id)).toBeUndefined();

    const accepted = await waiting.client.post(`/api/chats/${offered.id}/accept-offer`);
    expect(accepted.json()).toMatchObject({ state: 'confirmed', startsAt: slot('09:00').toISOString() });
    expect(await companyEntriesOf(company.id)).toEqual([]);
  });

  it("merges a recruiter's own waitlist with the company's by the time of joining", async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    const starts = [slot('08:00'), slot('08:30'), slot('09:00')];
    const recruiter = await bookedRecruiter(starts);
    const [own1, company2, own3, company4] = [await talent(), await talent(), await talent(), await talent()];
    const both = await talent();
    await own1.client.put(recruiterPath(event.id, recruiter.id));
    t.clock.advance(1000);
    await company2.client.put(companyPath(event.id, company.id));
    t.clock.advance(1000);
    await own3.client.put(recruiterPath(event.id, recruiter.id));
    t.clock.advance(1000);
    // On both lists, the later place is no second one.
    await own1.client.put(companyPath(event.id, company.id));
    await company4.client.put(companyPath(event.id, company.id));
    t.clock.advance(1000);
    await both.client.put(recruiterPath(event.id, recruiter.id));
    await t.ctx.background.settled();

    await freeAtOnce(recruiter.held.map((chat) => chat.id));
    expect(await offerFreedTime(t.ctx, event.id, recruiter.id)).toBe(3);
    const offeredAt = async (talentId: string) => (await openChatOf(talentId, recruiter.id))?.startsAt;
    expect(await offeredAt(own1.id)).toEqual(slot('08:00'));
    expect(await offeredAt(company2.id)).toEqual(slot('08:30'));
    expect(await offeredAt(own3.id)).toEqual(slot('09:00'));
    expect(await offeredAt(company4.id)).toBeUndefined();
  });

  it('drops the company place of a talent booked with any recruiter of the company, and offers the next one', async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    const recruiter = await bookedRecruiter([slot('08:00')]);
    const colleague = await bookedRecruiter([slot('09:00')]);
    const [served, next] = [await talent(), await talent()];
    await served.client.put(companyPath(event.id, company.id));
    t.clock.advance(1000);
    await next.client.put(companyPath(event.id, company.id));
    // Meanwhile the first one waiting got a booked chat with a colleague (set straight in the database).
    await t.ctx.db
      .update(chats)
      .set({ talentId: served.id })
      .where(inArray(chats.id, [colleague.held[0]!.id]));

    const asRecruiter = await loginAs(t.app, recruiter.email);
    await asRecruiter.post(`/api/chats/${recruiter.held[0]!.id}/cancel`, { message: 'Away' });
    await t.ctx.background.settled();

    expect(await openChatOf(served.id, recruiter.id)).toBeUndefined();
    expect(await openChatOf(next.id, recruiter.id)).toMatchObject({
      state: 'offered',
      startsAt: slot('08:00'),
    });
    expect(await companyEntriesOf(company.id)).toEqual([next.id]);
  });

  it("takes a talent who declines an offer, or lets it lapse, off both the recruiter's and the company's lists", async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    const recruiter = await bookedRecruiter([slot('08:00')]);
    const [decliner, lapser, last] = [await talent(), await talent(), await talent()];
    await decliner.client.put(recruiterPath(event.id, recruiter.id));
    await decliner.client.put(companyPath(event.id, company.id));
    t.clock.advance(1000);
    await lapser.client.put(companyPath(event.id, company.id));
    await lapser.client.put(recruiterPath(event.id, recruiter.id));
    t.clock.advance(1000);
    await last.client.put(companyPath(event.id, company.id));

    const asRecruiter = await loginAs(t.app, recruiter.email);
    await asRecruiter.post(`/api/chats/${recruiter.held[0]!.id}/cancel`, { message: 'Away' });
    await t.ctx.background.settled();
    const firstOffer = (await openChatOf(decliner.id, recruiter.id))!;
    expect(firstOffer.state).toBe('offered');
    await decliner.client.post(`/api/chats/${firstOffer.id}/decline-offer`);
    expect(await recruiterEntriesOf(recruiter.id)).toEqual([lapser.id]);
    expect(await companyEntriesOf(company.id)).toEqual([lapser.id, last.id]);

    const secondOffer = (await openChatOf(lapser.id, recruiter.id))!;
    expect(secondOffer).toMatchObject({ state: 'offered', startsAt: slot('08:00') });
    t.clock.advance(16 * 60_000);
    await runWaitlists({ ctx: t.ctx });
    expect(await recruiterEntriesOf(recruiter.id)).toEqual([]);
    // The lapsed time went on to the last one waiting, who keeps their place until they settle the offer.
    expect(await companyEntriesOf(company.id)).toEqual([last.id]);
    expect(await openChatOf(last.id, recruiter.id)).toMatchObject({
      state: 'offered',
      startsAt: slot('08:00'),
    });
  });

  it('is swept by the clock for every recruiter of the company, catching a time freed by a process that died', async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    await bookedRecruiter([slot('08:00')]);
    const colleague = await bookedRecruiter([slot('08:30')]);
    const waiting = await talent();
    await waiting.client.put(companyPath(event.id, company.id));
    await freeAtOnce([colleague.held[0]!.id]);

    expect(await runWaitlists({ ctx: t.ctx })).toBeGreaterThanOrEqual(1);
    expect(await openChatOf(waiting.id, colleague.id)).toMatchObject({
      state: 'offered',
      startsAt: slot('08:30'),
    });
  });

  it('gives exactly one offer per freed time, and one at a time per talent, when colleagues sweep in several processes', {
    timeout: 120_000,
  }, async () => {
    const { event, company, talent, bookedRecruiter } = await companyEvent();
    const [early, late] = [
      [slot('08:00'), slot('08:30')],
      [slot('09:00'), slot('09:30')],
    ];
    const recruiter = await bookedRecruiter([...early, ...late]);
    const colleague = await bookedRecruiter(late);
    const waiting = [];
    for (let i = 0; i < 8; i++) {
      const person = await talent();
      await person.client.put(companyPath(event.id, company.id));
      waiting.push(person);
      t.clock.advance(1000);
    }
    const freed = [...recruiter.held, ...colleague.held];
    await freeAtOnce(freed.map((chat) => chat.id));

    const database = t.database as TestDatabase;
    const others =
      database.kind === 'postgres' ? [await database.anotherProcess(), await database.anotherProcess()] : [];
    try {
      const contexts = [t.ctx, ...others.map((other) => ({ ...t.ctx, db: other.db }))];
      const sweeps = await Promise.all(
        contexts.flatMap((ctx) =>
          [recruiter.id, colleague.id, recruiter.id, colleague.id].map((id) =>
            offerFreedTime(ctx, event.id, id),
          ),
        ),
      );
      const holding = await t.ctx.db.query.chats.findMany({
        where: (c, { and, inArray }) =>
          and(
            inArray(c.recruiterId, [recruiter.id, colleague.id]),
            inArray(c.state, ['offered', 'confirmed']),
          ),
      });
      // Every freed time went once, each to a different talent: the first ones waiting.
      expect(holding).toHaveLength(freed.length);
      expect(new Set(holding.map((c) => `${c.recruiterId} ${c.startsAt!.getTime()}`)).size).toBe(
        freed.length,
      );
      expect(sweeps.reduce((sum, n) => sum + n, 0)).toBe(freed.length);
      expect(new Set(holding.map((c) => c.talentId))).toEqual(
        new Set(waiting.slice(0, freed.length).map((person) => person.id)),
      );
      // Again: nothing left to offer, nothing changes.
      expect(await offerFreedTime(t.ctx, event.id, recruiter.id)).toBe(0);
      expect(await offerFreedTime(t.ctx, event.id, colleague.id)).toBe(0);
    } finally {
      for (const other of others) await other.close();
    }
  });
});
