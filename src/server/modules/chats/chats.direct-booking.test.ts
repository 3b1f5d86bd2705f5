import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildEvent, buildUser, registerTalent } from '../../test/factories.js';
import { loginAs, sessionClient, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { slot, mailsTo } = stage;

type Window = { bookingsOpenAt?: Date | null; bookingsCloseAt?: Date | null };

/** An event on the scene's date (Berlin, 09:00–12:00, 30-minute chats) in the given booking mode and window. */
async function eventIn(bookingMode: 'approval' | 'direct', window: Window = {}) {
  const event = await buildEvent(t.ctx.db, {
    bookingMode,
    ...window,
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  const eventDayId = event.days[0]!.id;
  return {
    event,
    recruiter: (input: { customQuestion?: string; openSlotStarts?: Date[] } = {}) =>
      stage.bookableRecruiter({ ...input, eventId: event.id, eventDayId }),
    talent: () => stage.talentAtEvent(event.id),
  };
}

const bookPath = (eventId: string, recruiterId: string) =>
  `/api/events/${eventId}/recruiters/${recruiterId}/book`;

// The window's ends around the tests' now (Friday 1 March 2030, 13:00 in Berlin).
const notYetOpen = { bookingsOpenAt: new Date('2030-03-02T08:00:00Z') };
const closed = { bookingsCloseAt: new Date('2030-03-01T11:00:00Z') };
const opensSentence = 'Bookings open on Saturday 2 March at 09:00 (Europe/Berlin).';
const closedSentence = 'Bookings closed on Friday 1 March at 12:00 (Europe/Berlin).';

describe('direct booking', () => {
  it('books a free slot in one step: confirmed, in both histories, mailed with the invitation to both', async () => {
    const { event, recruiter: newRecruiter, talent: newTalent } = await eventIn('direct');
    const recruiter = await newRecruiter({ customQuestion: 'Which robot did you build last?' });
    const talent = await newTalent();
    const asTalent = await loginAs(t.app, talent.email);
    const received: { topic: string; type: string }[] = [];
    const topics = [`user:${talent.id}`, `event:${event.id}`] as const;
    const stops = topics.map((topic) =>
      t.ctx.live.subscribe(topic, (message) => received.push({ topic, type: message.type })),
    );
    try {
      const slots = (await asTalent.get(`/api/events/${event.id}/recruiters/${recruiter.id}/slots`)).json();
      expect(slots.timeZone).toBe('Europe/Berlin');
      expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual(['09:00', '09:30', '10:00']);

      const booked = await asTalent.post(bookPath(event.id, recruiter.id), {
        startsAt: '2030-03-04T09:30:00+01:00',
        answer: 'A line follower',
      });
      expect(booked.statusCode).toBe(201);
      const chat = booked.json();
      expect(chat).toMatchObject({
        state: 'confirmed',
        tab: 'confirmed',
        startsAt: '2030-03-04T08:30:00.000Z',
        endsAt: '2030-03-04T09:00:00.000Z',
        talentAnswer: 'A line follower',
        initiatedBy: 'talent',
      });
      expect(chat.history.map((h: { kind: string; side: string }) => [h.kind, h.side])).toEqual([
        ['requested', 'talent'],
        ['booked', 'talent'],
      ]);
      expect(chat.history[1].toStartsAt).toBe('2030-03-04T08:30:00.000Z');

      for (const email of [talent.email, recruiter.email]) {
        const [mail, ...others] = await mailsTo(email);
        expect(others).toEqual([]);
        expect(mail!.subject).toMatch(/^Confirmed: 1-1 chat with .*09:30–10:00 \(Europe\/Berlin\)$/);
        expect(mail!.calendar?.method).toBe('REQUEST');
        expect(mail!.calendar?.content).toContain(`UID:${chat.id}@parley`);
        expect(mail!.calendar?.content).toContain('SEQUENCE:1');
      }
      const asRecruiter = await loginAs(t.app, recruiter.email);
      const bell = (await asRecruiter.get('/api/me/notifications')).json();
      expect(bell.notifications[0]).toMatchObject({ chatId: chat.id });
      const team = (await asRecruiter.get(`/api/events/${event.id}/chats?status=confirmed`)).json();
      expect(team.chats.map((c: { id: string }) => c.id)).toContain(chat.id);

      // The slot is gone for everyone.
      const after = (await asTalent.get(`/api/events/${event.id}/recruiters/${recruiter.id}/slots`)).json();
      expect(after.days[0].slots.map((s: { label: string }) => s.label)).toEqual(['09:00', '10:00']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toContainEqual({ topic: topics[0], type: 'chats.changed' });
      expect(received).toContainEqual({ topic: topics[1], type: 'availability.changed' });
    } finally {
      for (const stop of stops) stop();
    }
  });

  it('keeps no answer when the recruiter asks no question', async () => {
    const scene = await eventIn('direct');
    const recruiter = await scene.recruiter();
    const asTalent = await loginAs(t.app, (await scene.talent()).email);
    const booked = await asTalent.post(bookPath(scene.event.id, recruiter.id), {
      startsAt: slot('08:00').toISOString(),
      answer: 'Unasked',
    });
    expect(booked.json()).toMatchObject({ state: 'confirmed', talentAnswer: null });
  });

  it('refuses what a request or a confirmation would refuse, each with its own sentence', async () => {
    const scene = await eventIn('direct');
    const recruiter = await scene.recruiter();
    const talent = await scene.talent();
    const asTalent = await loginAs(t.app, talent.email);
    const book = (recruiterId: string, body: object) =>
      asTalent.post(bookPath(scene.event.id, recruiterId), body);
    const errorOf = async (response: Promise<{ statusCode: number; json: () => { error: object } }>) => {
      const answer = await response;
      return { status: answer.statusCode, ...answer.json().error };
    };

    expect(await errorOf(book(recruiter.id, { startsAt: 'tomorrow' }))).toMatchObject({
      status: 400,
      code: 'request.invalid',
      fields: { startsAt: expect.any(String) },
    });
    expect(
      await errorOf(book(recruiter.id, { startsAt: slot('08:00').toISOString(), answer: 'x'.repeat(2001) })),
    ).toMatchObject({ status: 400, fields: { answer: expect.any(String) } });
    expect(await errorOf(book(recruiter.id, { startsAt: slot('08:15').toISOString() }))).toMatchObject({
      status: 409,
      code: 'chats.not_a_free_slot',
    });
    // A slot the recruiter did not open.
    expect(await errorOf(book(recruiter.id, { startsAt: slot('10:30').toISOString() }))).toMatchObject({
      status: 409,
      code: 'chats.not_a_free_slot',
    });
    const unconfirmed = await buildUser(t.ctx.db, { role: 'recruiter', companyId: stage.scene.companyId });
    expect(await errorOf(book(unconfirmed.id, { startsAt: slot('08:00').toISOString() }))).toMatchObject({
      status: 409,
      code: 'chats.recruiter_unavailable',
    });

    expect((await book(recruiter.id, { startsAt: slot('08:00').toISOString() })).statusCode).toBe(201);
    expect(await errorOf(book(recruiter.id, { startsAt: slot('08:30').toISOString() }))).toMatchObject({
      status: 409,
      code: 'chats.already_open',
    });
    const another = await scene.recruiter();
    expect(await errorOf(book(another.id, { startsAt: slot('08:00').toISOString() }))).toMatchObject({
      status: 409,
      code: 'chats.talent_busy',
    });

    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect(
      await errorOf(
        asRecruiter.post(bookPath(scene.event.id, another.id), { startsAt: slot('08:30').toISOString() }),
      ),
    ).toMatchObject({ status: 403, code: 'chats.talents_only' });
    const outsider = await loginAs(t.app, (await buildUser(t.ctx.db, { role: 'talent' })).email);
    const foreign = await outsider.post(bookPath(scene.event.id, another.id), {
      startsAt: slot('08:30').toISOString(),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('is refused where talents may not ask, and at an event that books on approval', async () => {
    const invitationsOnly = await buildEvent(t.ctx.db, {
      bookingMode: 'direct',
      requestPolicy: 'recruiters',
      days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    const recruiter = await stage.bookableRecruiter({
      eventId: invitationsOnly.id,
      eventDayId: invitationsOnly.days[0]!.id,
    });
    const talent = await stage.talentAtEvent(invitationsOnly.id);
    const asTalent = await loginAs(t.app, talent.email);
    const refused = await asTalent.post(bookPath(invitationsOnly.id, recruiter.id), {
      startsAt: slot('08:00').toISOString(),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('chats.requests_closed');

    const approval = await eventIn('approval');
    const other = await approval.recruiter();
    const asOther = await loginAs(t.app, (await approval.talent()).email);
    const off = await asOther.post(bookPath(approval.event.id, other.id), {
      startsAt: slot('08:00').toISOString(),
    });
    expect(off.statusCode).toBe(409);
    expect(off.json().error).toMatchObject({
      code: 'chats.direct_booking_off',
      message: `${other.name} books 1-1 chats on approval: send them a request, then pick a time once they approve.`,
    });
  });

  it('turns talents from requests to booking, while recruiters still invite', async () => {
    const scene = await eventIn('direct');
    const recruiter = await scene.recruiter();
    const talent = await scene.talent();
    const asTalent = await loginAs(t.app, talent.email);
    const request = await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id });
    expect(request.statusCode).toBe(409);
    expect(request.json().error).toMatchObject({
      code: 'chats.book_directly',
      message: `${recruiter.name} takes direct bookings: use Book 1-1 Chat to book one of their free time slots instead of a request.`,
    });
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const invited = await asRecruiter.post(`/api/events/${scene.event.id}/invitations`, {
      talentId: talent.id,
      recruiterId: recruiter.id,
    });
    expect(invited.statusCode).toBe(201);
    // The invited talent picks a time as usual.
    const picked = await asTalent.post(`/api/chats/${invited.json().id}/confirm`, {
      startsAt: slot('09:00').toISOString(),
    });
    expect(picked.json().state).toBe('confirmed');
  });

  it('lets exactly one of two talents booking the same slot at once have it', {
    timeout: 60_000,
  }, async () => {
    const scene = await eventIn('direct');
    const recruiter = await scene.recruiter({ openSlotStarts: [slot('08:00')] });
    const contenders = [];
    for (let i = 0; i < 12; i++) {
      const talent = await buildUser(t.ctx.db, { role: 'talent' });
      await registerTalent(t.ctx.db, scene.event.id, talent.id);
      contenders.push(await sessionClient(t.app, t.ctx, talent.id));
    }
    const answers = await Promise.all(
      contenders.map((client) =>
        client.post(bookPath(scene.event.id, recruiter.id), { startsAt: slot('08:00').toISOString() }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    const losers = answers.filter((a) => a.statusCode !== 201);
    expect(losers.map((a) => a.statusCode)).toEqual(losers.map(() => 409));
    for (const loser of losers) {
      expect(loser.json().error).toMatchObject({
        code: 'chats.slot_taken',
        message: 'Someone else just booked this time slot. Please pick another one.',
      });
    }
    const held = await t.ctx.db.query.chats.findMany({
      where: (c, { and, eq }) => and(eq(c.recruiterId, recruiter.id), eq(c.state, 'confirmed')),
    });
    expect(held).toHaveLength(1);
  });
});

describe('the booking window', () => {
  const refusal = (code: string, message: string) => ({ status: 422, code, message });
  const errorOf = async (response: Promise<{ statusCode: number; json: () => { error: object } }>) => {
    const answer = await response;
    return { status: answer.statusCode, ...answer.json().error };
  };

  for (const [name, window, code, message] of [
    ['before it opens', notYetOpen, 'chats.bookings_not_open', opensSentence],
    ['after it closed', closed, 'chats.bookings_closed', closedSentence],
  ] as const) {
    it(`refuses every talent's booking action ${name}, and none of the recruiters'`, async () => {
      const direct = await eventIn('direct', window);
      const recruiter = await direct.recruiter();
      const talent = await direct.talent();
      const asTalent = await loginAs(t.app, talent.email);
      expect(
        await errorOf(
          asTalent.post(bookPath(direct.event.id, recruiter.id), { startsAt: slot('08:00').toISOString() }),
        ),
      ).toEqual(refusal(code, message));

      const approval = await eventIn('approval', window);
      const approver = await approval.recruiter();
      const asApprovalTalent = await loginAs(t.app, (await approval.talent()).email);
      expect(
        await errorOf(
          asApprovalTalent.post(`/api/events/${approval.event.id}/chats`, { recruiterId: approver.id }),
        ),
      ).toEqual(refusal(code, message));

      // The recruiter's side acts freely: an invitation, an approval, a move.
      const asRecruiter = await loginAs(t.app, recruiter.email);
      const invited = await asRecruiter.post(`/api/events/${direct.event.id}/invitations`, {
        talentId: talent.id,
        recruiterId: recruiter.id,
      });
      expect(invited.statusCode).toBe(201);
      // …but the talent picking a time is a booking.
      expect(
        await errorOf(
          asTalent.post(`/api/chats/${invited.json().id}/confirm`, { startsAt: slot('08:30').toISOString() }),
        ),
      ).toEqual(refusal(code, message));

      const requested = await buildChat(t.ctx.db, {
        eventId: approval.event.id,
        talentId: (await approval.talent()).id,
        recruiterId: approver.id,
        state: 'requested',
      });
      const asApprover = await loginAs(t.app, approver.email);
      expect((await asApprover.post(`/api/chats/${requested.id}/approve`)).statusCode).toBe(200);
      const booked = await buildChat(t.ctx.db, {
        eventId: approval.event.id,
        talentId: (await approval.talent()).id,
        recruiterId: approver.id,
        state: 'confirmed',
        booked: { eventDayId: approval.event.days[0]!.id, startsAt: slot('08:00'), endsAt: slot('08:30') },
      });
      const moved = await asApprover.post(`/api/chats/${booked.id}/move`, {
        startsAt: slot('09:00').toISOString(),
      });
      expect(moved.json()).toMatchObject({ state: 'confirmed', startsAt: slot('09:00').toISOString() });
    });
  }

  it('says when in the language of the page that asked', async () => {
    for (const [window, message] of [
      [notYetOpen, 'Buchungen öffnen am Samstag, 2. März um 09:00 (Europe/Berlin).'],
      [closed, 'Buchungen sind seit Freitag, 1. März um 12:00 (Europe/Berlin) geschlossen.'],
    ] as const) {
      const direct = await eventIn('direct', window);
      const recruiter = await direct.recruiter();
      const asTalent = (await loginAs(t.app, (await direct.talent()).email)).inLanguage('de');
      const answer = await asTalent.post(bookPath(direct.event.id, recruiter.id), {
        startsAt: slot('08:00').toISOString(),
      });
      expect(answer.json().error.message).toBe(message);
    }
  });

  it('lets talents book while it is open', async () => {
    const open = await eventIn('direct', {
      bookingsOpenAt: new Date('2030-03-01T12:00:00Z'),
      bookingsCloseAt: new Date('2030-03-01T12:00:00.001Z'),
    });
    const recruiter = await open.recruiter();
    const asTalent = await loginAs(t.app, (await open.talent()).email);
    const booked = await asTalent.post(bookPath(open.event.id, recruiter.id), {
      startsAt: slot('08:00').toISOString(),
    });
    expect(booked.statusCode).toBe(201);
  });
});
