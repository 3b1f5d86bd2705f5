import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildEvent } from '../../test/factories.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { slot } = stage;

/** A direct-booking event on the scene's date with two recruiters of Acme, and a talent signed in. */
async function directEvent(recruitersMayRequireApproval: boolean) {
  const event = await buildEvent(t.ctx.db, {
    bookingMode: 'direct',
    recruitersMayRequireApproval,
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const eventDayId = event.days[0]!.id;
  const recruiter = await stage.bookableRecruiter({ eventId: event.id, eventDayId });
  const colleague = await stage.bookableRecruiter({ eventId: event.id, eventDayId });
  const asTalent = await loginAs(t.app, (await stage.talentAtEvent(event.id)).email);
  const detailsPath = (recruiterId: string) => `/api/events/${event.id}/recruiters/${recruiterId}/details`;
  return {
    event,
    recruiter,
    colleague,
    asTalent,
    setDetails: (as: Client, recruiterId: string, body: object) => as.put(detailsPath(recruiterId), body),
    book: (recruiterId: string, hhmm: string) =>
      asTalent.post(`/api/events/${event.id}/recruiters/${recruiterId}/book`, {
        startsAt: slot(hhmm).toISOString(),
      }),
    request: (recruiterId: string) => asTalent.post(`/api/events/${event.id}/chats`, { recruiterId }),
    modesListed: async () => {
      const list = (await asTalent.get(`/api/events/${event.id}/recruiters`)).json();
      return Object.fromEntries(
        list.recruiters.map((r: { id: string; bookingMode: string }) => [r.id, r.bookingMode]),
      );
    },
  };
}

describe('a recruiter who requires approval at a direct-booking event', () => {
  it('is set by a colleague; talents then request that recruiter and still book the others', async () => {
    const scene = await directEvent(true);
    const { recruiter, colleague } = scene;
    const asColleague = await loginAs(t.app, colleague.email);
    const set = await scene.setDetails(asColleague, recruiter.id, { requiresApproval: true });
    expect(set.statusCode).toBe(200);
    expect(set.json().details.requiresApproval).toBe(true);
    expect(await scene.modesListed()).toEqual({ [recruiter.id]: 'approval', [colleague.id]: 'direct' });

    const booked = await scene.book(recruiter.id, '08:00');
    expect(booked.statusCode).toBe(409);
    expect(booked.json().error).toMatchObject({
      code: 'chats.direct_booking_off',
      message: `${recruiter.name} books 1-1 chats on approval: send them a request, then pick a time once they approve.`,
    });
    const requested = await scene.request(recruiter.id);
    expect(requested.statusCode).toBe(201);
    expect(requested.json().state).toBe('requested');

    const asked = await scene.request(colleague.id);
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error).toMatchObject({
      code: 'chats.book_directly',
      message: `${colleague.name} takes direct bookings: use Book 1-1 Chat to book one of their free time slots instead of a request.`,
    });
    const direct = await scene.book(colleague.id, '08:00');
    expect(direct.statusCode).toBe(201);
    expect(direct.json().state).toBe('confirmed');
  });

  it('keeps the choice when details come without it, and books directly again once switched off', async () => {
    const scene = await directEvent(true);
    const { recruiter } = scene;
    const asRecruiter = await loginAs(t.app, recruiter.email);
    await scene.setDetails(asRecruiter, recruiter.id, { requiresApproval: true });
    const other = await scene.setDetails(asRecruiter, recruiter.id, { topics: ['Robotics'] });
    expect(other.json().details).toMatchObject({ topics: ['Robotics'], requiresApproval: true });
    expect((await scene.request(recruiter.id)).statusCode).toBe(201);

    const off = await scene.setDetails(asRecruiter, recruiter.id, { requiresApproval: false });
    expect(off.json().details.requiresApproval).toBe(false);
    expect((await scene.modesListed())[recruiter.id]).toBe('direct');
    const withdrawn = await scene.request(recruiter.id);
    expect(withdrawn.json().error.code).toBe('chats.book_directly');
  });

  it('is refused where the event does not let recruiters require approval, and an earlier choice lapses', async () => {
    const scene = await directEvent(false);
    const { recruiter } = scene;
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const refused = await scene.setDetails(asRecruiter, recruiter.id, {
      topics: ['Robotics'],
      requiresApproval: true,
    });
    expect(refused.statusCode).toBe(400);
    const message =
      'The organizer of this event does not let recruiters require approval: talents book free time slots directly.';
    expect(refused.json().error).toMatchObject({
      code: 'availability.approval_not_allowed',
      message,
      fields: { requiresApproval: message },
    });
    const unchanged = (
      await asRecruiter.get(`/api/events/${scene.event.id}/recruiters/${recruiter.id}/availability`)
    ).json();
    expect(unchanged.details).toMatchObject({ topics: [], requiresApproval: false });

    // Chosen before the organizer turned recruiters' approval off: kept, but talents book directly.
    await t.ctx.db.execute(
      sql`update recruiter_details set requires_approval = true where recruiter_id = ${recruiter.id}`,
    );
    const kept = await scene.setDetails(asRecruiter, recruiter.id, { topics: ['Robotics'] });
    expect(kept.json().details).toMatchObject({ topics: ['Robotics'], requiresApproval: true });
    expect((await scene.modesListed())[recruiter.id]).toBe('direct');
    expect((await scene.book(recruiter.id, '08:30')).statusCode).toBe(201);
  });
});
