import { beforeEach, describe, expect, it } from 'vitest';
import type { BoothQueueResponse, BoothsResponse } from '../../../shared/schemas/booths.schemas.js';
import { talentProfiles } from '../talents/talents.table.js';
import { callFirstWaiting } from './booths.repository.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildCompany,
  buildEvent,
  buildTalents,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';

// Berlin is UTC+1 in March: the in-person day runs 09:00–17:00 local, 08:00–16:00 UTC; it is 10:00 there.
const NOW = new Date('2030-03-04T09:00:00Z');
const t = withTestApp({ now: NOW });
const at = (hhmm: string) => new Date(`2030-03-04T${hhmm}:00Z`);

async function scene(options: { mode?: 'virtual' | 'in_person'; recruiters?: number } = {}) {
  const q = t.ctx.db;
  const event = await buildEvent(q, {
    days: [
      {
        date: '2030-03-04',
        mode: options.mode ?? 'in_person',
        opens: 9 * 60,
        closes: 17 * 60,
        durations: [15, 30],
      },
      { date: '2030-03-05', mode: 'in_person', opens: 9 * 60, closes: 17 * 60, durations: [30] },
    ],
  });
  const day = event.days[0]!;
  const company = await buildCompany(q, { name: 'Acme', ownerId: event.organizerId });
  const recruiters = [];
  for (let i = 0; i < (options.recruiters ?? 2); i++) {
    recruiters.push(
      await buildBookableRecruiter(q, {
        eventId: event.id,
        eventDayId: day.id,
        companyId: company.id,
        durationMinutes: 30,
        openSlotStarts: [at('10:00'), at('10:30')],
      }),
    );
  }
  const talents = await buildTalents(q, event.id, 4);
  await q.update(talentProfiles).set({ headline: 'Robotics student' });
  const asTalent = await Promise.all(talents.map((talent) => sessionClient(t.app, t.ctx, talent.id)));
  const asRecruiter = await Promise.all(recruiters.map((r) => sessionClient(t.app, t.ctx, r.id)));
  const booths = `/api/events/${event.id}/booths`;
  const queue = `/api/events/${event.id}/booth-queue`;
  return {
    event,
    day,
    company,
    recruiters,
    talents,
    asTalent,
    asRecruiter,
    join: (client: Client) => client.post(`${booths}/${company.id}/queue`),
    leave: (client: Client) => client.delete(`${booths}/${company.id}/queue`),
    booths: async (client: Client) => (await client.get(booths)).json() as BoothsResponse,
    queue: async (client: Client) => (await client.get(queue)).json() as BoothQueueResponse,
    callNext: (client: Client) => client.post(`${queue}/call`),
    startChat: (client: Client, entryId: string) => client.post(`${queue}/${entryId}/chat`),
    notHere: (client: Client, entryId: string) => client.post(`${queue}/${entryId}/not-here`),
  };
}

const codeOf = (response: { json(): unknown }) => (response.json() as { error: { code: string } }).error.code;

beforeEach(() => t.clock.set(NOW));

describe('the walk-in queue at a booth', () => {
  it('lets talents join from their phone and tells each their place and estimated wait', async () => {
    const s = await scene();
    const [first, second, third] = s.asTalent;
    expect((await s.join(first!)).statusCode).toBe(200);
    t.clock.advance(1000);
    await s.join(second!);
    t.clock.advance(1000);
    const joined = (await s.join(third!)).json() as BoothsResponse;
    expect(joined.open).toBe(true);
    expect(joined.closesAt).toBe(at('16:00').toISOString());
    const [booth] = joined.booths;
    expect(booth).toMatchObject({ companyId: s.company.id, companyName: 'Acme', waiting: 3 });
    // Two recruiters work today and both are free now: the first two are next, the third waits one chat of 15.
    expect(booth!.entry).toMatchObject({ state: 'waiting', position: 3, waitMinutes: 15 });
    expect((await s.booths(first!)).booths[0]!.entry).toMatchObject({ position: 1, waitMinutes: 0 });
  });

  it('keeps one place per talent and booth; leaving gives it up and one may join again', async () => {
    const s = await scene();
    const [talent] = s.asTalent;
    await s.join(talent!);
    const again = await s.join(talent!);
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('booths.already_queued');
    const left = await s.leave(talent!);
    expect(left.statusCode).toBe(200);
    expect((left.json() as BoothsResponse).booths[0]!.entry).toBeNull();
    expect((await s.leave(talent!)).statusCode).toBe(200);
    expect((await s.join(talent!)).statusCode).toBe(200);
  });

  it("starts each day's queues afresh: yesterday's line does not carry over", async () => {
    const s = await scene();
    await s.join(s.asTalent[0]!);
    t.clock.set(new Date('2030-03-05T09:00:00Z'));
    expect((await s.booths(s.asTalent[0]!)).booths[0]).toMatchObject({ waiting: 0, entry: null });
    expect(await s.queue(s.asRecruiter[0]!)).toMatchObject({ open: true, waiting: [] });
    expect((await s.join(s.asTalent[0]!)).statusCode).toBe(200);
    expect((await s.booths(s.asTalent[0]!)).booths[0]!.entry).toMatchObject({ position: 1 });
  });

  it("shows the recruiters who waits, in order, with their headline, and whether they're free now", async () => {
    const s = await scene();
    await s.join(s.asTalent[0]!);
    t.clock.advance(60_000);
    await s.join(s.asTalent[1]!);
    const queue = await s.queue(s.asRecruiter[0]!);
    expect(queue).toMatchObject({ open: true, companyName: 'Acme', called: [] });
    expect(queue.waiting.map((e) => e.talent.id)).toEqual([s.talents[0]!.id, s.talents[1]!.id]);
    expect(queue.waiting[0]!.talent.headline).toBe('Robotics student');
    // The default duration (the shortest allowed) caps the gap; the recruiter's first chat is at 10:00 UTC.
    expect(queue.gap).toEqual({ free: true, until: at('09:16').toISOString(), nextChatAt: null });
  });

  it('calls the first waiting talent, who is told in the app, and a walk-in chat serves them', async () => {
    const s = await scene();
    const [recruiter] = s.recruiters;
    const [asRecruiter] = s.asRecruiter;
    await s.join(s.asTalent[0]!);
    t.clock.advance(1000);
    await s.join(s.asTalent[1]!);
    const called = await s.callNext(asRecruiter!);
    expect(called.statusCode).toBe(200);
    const queue = called.json() as BoothQueueResponse;
    expect(queue.called).toMatchObject([
      { talent: { id: s.talents[0]!.id }, calledBy: { id: recruiter!.id, name: recruiter!.name } },
    ]);
    expect(queue.waiting.map((e) => e.talent.id)).toEqual([s.talents[1]!.id]);
    // The called talent sees it's their turn; the next one moves up.
    expect((await s.booths(s.asTalent[0]!)).booths[0]!.entry).toMatchObject({
      state: 'called',
      position: null,
    });
    expect((await s.booths(s.asTalent[1]!)).booths[0]!.entry).toMatchObject({
      state: 'waiting',
      position: 1,
    });
    const bell = (await s.asTalent[0]!.get('/api/me/notifications')).json() as {
      notifications: { kind: string; params: { companyName?: string } }[];
    };
    expect(bell.notifications[0]).toMatchObject({ kind: 'booth_called', params: { companyName: 'Acme' } });

    t.clock.advance(60_000);
    const started = await s.startChat(asRecruiter!, queue.called[0]!.id);
    expect(started.statusCode).toBe(200);
    const now = t.clock.now;
    expect(started.json()).toMatchObject({
      state: 'confirmed',
      startsAt: now.toISOString(),
      endsAt: new Date(now.getTime() + 15 * 60_000).toISOString(),
      talent: { id: s.talents[0]!.id },
    });
    expect((await s.queue(asRecruiter!)).called).toEqual([]);
    expect((await s.booths(s.asTalent[0]!)).booths[0]!.entry).toBeNull();
    // Served once: a colleague's second press is told so.
    const twice = await s.startChat(s.asRecruiter[1]!, queue.called[0]!.id);
    expect(twice.statusCode).toBe(409);
    expect(codeOf(twice)).toBe('booths.not_called');
    // The recruiter is no longer free: the walk-in holds their time.
    expect((await s.queue(asRecruiter!)).gap).toMatchObject({ free: false });
  });

  it('ends the walk-in chat at the next booked chat, and refuses one when that is under 5 minutes away', async () => {
    const s = await scene();
    const [recruiter] = s.recruiters;
    const busyTalent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, s.event.id, busyTalent.id);
    await buildChat(t.ctx.db, {
      eventId: s.event.id,
      talentId: busyTalent.id,
      recruiterId: recruiter!.id,
      state: 'confirmed',
      booked: { eventDayId: s.day.id, startsAt: at('09:10'), endsAt: at('09:40') },
    });
    await s.join(s.asTalent[0]!);
    await s.join(s.asTalent[1]!);
    const entry = ((await s.callNext(s.asRecruiter[0]!)).json() as BoothQueueResponse).called[0]!;
    expect((await s.queue(s.asRecruiter[0]!)).gap).toEqual({
      free: true,
      until: at('09:10').toISOString(),
      nextChatAt: at('09:10').toISOString(),
    });
    t.clock.set(at('09:06'));
    const late = await s.startChat(s.asRecruiter[0]!, entry.id);
    expect(late.statusCode).toBe(409);
    expect(codeOf(late)).toBe('chats.walk_in_no_gap');
    t.clock.set(at('09:02'));
    expect((await s.startChat(s.asRecruiter[0]!, entry.id)).json()).toMatchObject({
      startsAt: at('09:02').toISOString(),
      endsAt: at('09:10').toISOString(),
    });
  });

  it("refuses a walk-in chat that would overlap the talent's booked chat", async () => {
    const s = await scene();
    const other = await buildBookableRecruiter(t.ctx.db, {
      eventId: s.event.id,
      eventDayId: s.day.id,
      durationMinutes: 30,
      openSlotStarts: [],
    });
    await buildChat(t.ctx.db, {
      eventId: s.event.id,
      talentId: s.talents[0]!.id,
      recruiterId: other.id,
      state: 'confirmed',
      booked: { eventDayId: s.day.id, startsAt: at('09:10'), endsAt: at('09:40') },
    });
    await s.join(s.asTalent[0]!);
    const entry = ((await s.callNext(s.asRecruiter[0]!)).json() as BoothQueueResponse).called[0]!;
    const refused = await s.startChat(s.asRecruiter[0]!, entry.id);
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('chats.walk_in_talent_busy');
    // Nothing changed: the talent is still called.
    expect((await s.queue(s.asRecruiter[0]!)).called.map((e) => e.id)).toEqual([entry.id]);
  });

  it('marks a called talent who did not come as not here, and says when nobody waits', async () => {
    const s = await scene();
    await s.join(s.asTalent[0]!);
    const entry = ((await s.callNext(s.asRecruiter[0]!)).json() as BoothQueueResponse).called[0]!;
    t.clock.advance(60_000);
    const skipped = await s.notHere(s.asRecruiter[1]!, entry.id);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.json()).toMatchObject({ called: [], waiting: [] });
    expect((await s.booths(s.asTalent[0]!)).booths[0]!.entry).toBeNull();
    const bell = (await s.asTalent[0]!.get('/api/me/notifications')).json() as {
      notifications: { kind: string; params: { companyName?: string } }[];
    };
    expect(bell.notifications[0]).toMatchObject({ kind: 'booth_missed', params: { companyName: 'Acme' } });
    const empty = await s.callNext(s.asRecruiter[0]!);
    expect(empty.statusCode).toBe(409);
    expect(codeOf(empty)).toBe('booths.queue_empty');
    expect(codeOf(await s.notHere(s.asRecruiter[0]!, entry.id))).toBe('booths.not_called');
  });

  it('passes over a talent blocked either way with the caller, whom a colleague still calls', async () => {
    const s = await scene();
    const [first, second] = s.talents;
    await s.join(s.asTalent[0]!);
    t.clock.advance(1000);
    await s.join(s.asTalent[1]!);
    const block = await s.asRecruiter[0]!.put(`/api/events/${s.event.id}/blocks/${first!.id}`);
    expect(block.statusCode).toBe(204);
    const byBlocker = (await s.callNext(s.asRecruiter[0]!)).json() as BoothQueueResponse;
    expect(byBlocker.called.map((e) => e.talent.id)).toEqual([second!.id]);
    // The other way round: a talent who blocked a recruiter is not called by them either.
    const third = s.talents[2]!;
    await s.join(s.asTalent[2]!);
    await s.asTalent[2]!.put(`/api/events/${s.event.id}/blocks/${s.recruiters[0]!.id}`);
    const nobody = await s.callNext(s.asRecruiter[0]!);
    expect(nobody.statusCode).toBe(409);
    expect(codeOf(nobody)).toBe('booths.queue_empty');
    const byColleague = (await s.callNext(s.asRecruiter[1]!)).json() as BoothQueueResponse;
    expect(byColleague.called.map((e) => e.talent.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(byColleague.waiting.map((e) => e.talent.id)).toEqual([third.id]);
    // The blocker cannot serve the talent a colleague called either.
    const calledByColleague = byColleague.called.find((e) => e.talent.id === first!.id)!;
    const served = await s.startChat(s.asRecruiter[0]!, calledByColleague.id);
    expect(served.statusCode).toBe(409);
    expect(codeOf(served)).toBe('safety.blocked_by_you');
  });

  it('gives two recruiters calling at once two different talents', async () => {
    const s = await scene({ recruiters: 6 });
    const talents = await buildTalents(t.ctx.db, s.event.id, 6);
    for (const talent of talents) {
      await s.join(await sessionClient(t.app, t.ctx, talent.id));
      t.clock.advance(1000);
    }
    const responses = await Promise.all(s.asRecruiter.map((client) => s.callNext(client)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const called = (await s.queue(s.asRecruiter[0]!)).called;
    expect(new Set(called.map((e) => e.talent.id))).toEqual(new Set(talents.map((talent) => talent.id)));
    expect(new Set(called.map((e) => e.calledBy?.id)).size).toBe(6);
    expect(codeOf(await s.callNext(s.asRecruiter[0]!))).toBe('booths.queue_empty');
  });
  it('passes over the talent a colleague is calling right now instead of waiting for them', async () => {
    const s = await scene();
    await s.join(s.asTalent[0]!);
    t.clock.advance(1000);
    await s.join(s.asTalent[1]!);
    const call = (recruiterId: string) => ({
      eventDayId: s.day.id,
      companyId: s.company.id,
      recruiterId,
      now: NOW,
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstCalled: string | undefined;
    const first = t.ctx.db.transaction(async (tx) => {
      firstCalled = (await callFirstWaiting(tx, call(s.recruiters[0]!.id)))?.talentId;
      await held;
    });
    while (!firstCalled) await new Promise((resolve) => setTimeout(resolve, 10));
    const secondCall = t.ctx.db.transaction((tx) => callFirstWaiting(tx, call(s.recruiters[1]!.id)));
    const answeredWhileHeld = await Promise.race([
      secondCall.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    release();
    await first;
    const second = await secondCall;
    expect(firstCalled).toBe(s.talents[0]!.id);
    expect(second?.talentId).toBe(s.talents[1]!.id);
    // PGlite runs one transaction at a time: there the second call follows the first, and still calls the next.
    if (process.env.DATABASE_URL) expect(answeredWhileHeld).toBe(true);
  });
});

describe('when queues are closed, and who may use them', () => {
  it('refuses to queue on a virtual day', async () => {
    const s = await scene({ mode: 'virtual' });
    expect((await s.booths(s.asTalent[0]!)).open).toBe(false);
    const refused = await s.join(s.asTalent[0]!);
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('booths.not_in_person');
    expect(codeOf(await s.callNext(s.asRecruiter[0]!))).toBe('booths.not_in_person');
  });

  it('refuses to queue before the in-person day opens and after it closes', async () => {
    const s = await scene();
    for (const instant of [at('07:59'), at('16:00')]) {
      t.clock.set(instant);
      const refused = await s.join(s.asTalent[0]!);
      expect(refused.statusCode).toBe(409);
      expect(codeOf(refused)).toBe('booths.not_under_way');
      expect((await s.queue(s.asRecruiter[0]!)).gap).toBeNull();
    }
  });

  it('keeps queues to the talents of the event and each to its own company', async () => {
    const s = await scene();
    const stranger = await sessionClient(t.app, t.ctx, (await buildUser(t.ctx.db, { role: 'talent' })).id);
    expect((await s.join(stranger)).statusCode).toBe(404);
    // A recruiter does not queue, and a talent does not see a booth's line.
    expect(codeOf(await s.join(s.asRecruiter[0]!))).toBe('booths.talents_only');
    expect(codeOf(await s.asTalent[0]!.get(`/api/events/${s.event.id}/booth-queue`))).toBe(
      'booths.recruiters_only',
    );
    // Another company at the same event neither sees nor acts on Acme's queue.
    await s.join(s.asTalent[0]!);
    const entry = ((await s.callNext(s.asRecruiter[0]!)).json() as BoothQueueResponse).called[0]!;
    const bolt = await buildCompany(t.ctx.db, { name: 'Bolt' });
    await registerCompany(t.ctx.db, s.event.id, bolt.id, 'Booth 2');
    const boltRecruiter = await sessionClient(
      t.app,
      t.ctx,
      (await buildUser(t.ctx.db, { role: 'recruiter', companyId: bolt.id })).id,
    );
    expect(await s.queue(boltRecruiter)).toMatchObject({ companyName: 'Bolt', called: [], waiting: [] });
    for (const response of [
      await s.startChat(boltRecruiter, entry.id),
      await s.notHere(boltRecruiter, entry.id),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(codeOf(response)).toBe('booths.entry_not_found');
    }
    // A company without recruiters has no booth.
    const empty = await buildCompany(t.ctx.db, { name: 'Empty' });
    await registerCompany(t.ctx.db, s.event.id, empty.id);
    const noBooth = await s.asTalent[1]!.post(`/api/events/${s.event.id}/booths/${empty.id}/queue`);
    expect(codeOf(noBooth)).toBe('booths.booth_not_found');
  });
});
