import { describe, expect, it } from 'vitest';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildUser,
  registerTalent,
} from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });

/** Berlin is UTC+1 in March: the day opens 09:00 local, 08:00 UTC. */
const slotAt = (index: number) => new Date(Date.UTC(2030, 2, 4, 8, index * 20));

async function scene(input: { talents: number; slots: number; date: string }) {
  const event = await buildEvent(t.ctx.db, {
    days: [{ date: input.date, opens: 9 * 60, closes: 17 * 60, durations: [20] }],
  });
  const dayStart = new Date(`${input.date}T08:00:00Z`);
  const starts = Array.from(
    { length: input.slots },
    (_, i) => new Date(dayStart.getTime() + i * 20 * 60_000),
  );
  const recruiter = await buildBookableRecruiter(t.ctx.db, {
    eventId: event.id,
    eventDayId: event.days[0]!.id,
    durationMinutes: 20,
    openSlotStarts: starts,
  });
  const contenders = [];
  for (let i = 0; i < input.talents; i++) {
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    contenders.push({ talent, chat, client: await sessionClient(t.app, t.ctx, talent.id) });
  }
  return { event, recruiter, starts, contenders };
}

const confirmedOf = async (recruiterId: string) =>
  t.ctx.db.query.chats.findMany({
    where: (c, { and, eq }) => and(eq(c.recruiterId, recruiterId), eq(c.state, 'confirmed')),
  });

// Hundreds of requests on two shared cores: generous time, the assertions are about outcomes, not speed.
describe('booking under contention', { timeout: 120_000 }, () => {
  it('lets exactly one of 200 simultaneous confirmations of one slot win; the others get 409', async () => {
    const { recruiter, starts, contenders } = await scene({ talents: 200, slots: 1, date: '2030-03-04' });
    expect(starts[0]).toEqual(slotAt(0));
    const responses = await Promise.all(
      contenders.map(({ client, chat }) =>
        client.post(`/api/chats/${chat.id}/confirm`, { startsAt: starts[0]!.toISOString() }),
      ),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(199);
    for (const response of responses.filter((r) => r.statusCode === 409)) {
      expect(response.json().error).toMatchObject({
        code: 'chats.slot_taken',
        message: 'Someone else just booked this time slot. Please pick another one.',
      });
    }
    expect(await confirmedOf(recruiter.id)).toHaveLength(1);
  });

  it('fills 10 slots with 10 of 50 racing talents, with no overlaps', async () => {
    const { recruiter, starts, contenders } = await scene({ talents: 50, slots: 10, date: '2030-03-05' });
    // Each talent keeps trying the free slots in a random order until one holds or none is left.
    const outcomes = await Promise.all(
      contenders.map(async ({ client, chat }) => {
        const order = [...starts].sort(() => Math.random() - 0.5);
        for (const start of order) {
          const response = await client.post(`/api/chats/${chat.id}/confirm`, {
            startsAt: start.toISOString(),
          });
          if (response.statusCode === 200) return 'booked';
          expect(response.statusCode).toBe(409);
        }
        return 'none left';
      }),
    );
    expect(outcomes.filter((o) => o === 'booked')).toHaveLength(10);
    const confirmed = await confirmedOf(recruiter.id);
    expect(confirmed).toHaveLength(10);
    const times = confirmed.map((c) => c.startsAt!.getTime()).sort((a, b) => a - b);
    expect(new Set(times).size).toBe(10);
    expect(times).toEqual(starts.map((s) => s.getTime()));
  });

  it('books a burst of 24 talents onto 24 distinct slots at once: every one succeeds, none twice', async () => {
    const { recruiter, starts, contenders } = await scene({ talents: 24, slots: 24, date: '2030-03-06' });
    const responses = await Promise.all(
      contenders.map(({ client, chat }, i) =>
        client.post(`/api/chats/${chat.id}/confirm`, { startsAt: starts[i]!.toISOString() }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(contenders.map(() => 200));
    const confirmed = await confirmedOf(recruiter.id);
    expect(confirmed.map((c) => c.startsAt!.getTime()).sort((a, b) => a - b)).toEqual(
      starts.map((s) => s.getTime()),
    );
  });
});
