import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildBookableRecruiter,
  buildChat,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { chats } from './chats.table.js';
import { settleSlotRace } from './chats.usecases.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, slot, talentAtEvent, mailsTo, ...stage } = withChatScene(t);
const bookableRecruiter = (openSlotStarts?: Date[], customQuestion?: string) =>
  stage.bookableRecruiter({ openSlotStarts, customQuestion });

let event: typeof scene.event;
let companyId: string;
beforeAll(() => {
  ({ event, companyId } = scene);
});

describe('a talent-initiated 1-1 chat', () => {
  it('goes from request to approval to a confirmed slot, emailing each step', async () => {
    const recruiter = await bookableRecruiter(undefined, 'Which robot did you build last?');
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);

    const listed = (await asTalent.get(`/api/events/${event.id}/recruiters`)).json();
    const card = listed.recruiters.find((r: { id: string }) => r.id === recruiter.id);
    expect(card).toMatchObject({
      company: { name: 'Acme Robotics' },
      details: { customQuestion: 'Which robot did you build last?' },
    });
    expect(card.days[0]).toMatchObject({ free: 3, mode: 'virtual', durationMinutes: 30 });

    const requested = await asTalent.post(`/api/events/${event.id}/chats`, {
      recruiterId: recruiter.id,
      answer: 'A line follower',
      message: 'Hello!',
    });
    expect(requested.statusCode).toBe(201);
    const chat = requested.json();
    expect(chat).toMatchObject({ state: 'requested', tab: 'requests', talentAnswer: 'A line follower' });
    expect((await mailsTo(recruiter.email))[0]!.subject).toBe(`New 1-1 chat request from ${talent.name}`);

    const recruiterList = (await asRecruiter.get(`/api/events/${event.id}/chats`)).json().chats;
    expect(recruiterList.map((c: { id: string }) => c.id)).toContain(chat.id);

    const approved = await asRecruiter.post(`/api/chats/${chat.id}/approve`);
    expect(approved.json()).toMatchObject({ state: 'in_scheduling', tab: 'in_scheduling' });
    expect((await mailsTo(talent.email))[0]!.subject).toBe(
      `${recruiter.name} approved your 1-1 chat request`,
    );

    const slots = (await asTalent.get(`/api/chats/${chat.id}/slots`)).json();
    expect(slots.timeZone).toBe('Europe/Berlin');
    expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual(['09:00', '09:30', '10:00']);

    const confirmed = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: '2030-03-04T09:30:00+01:00',
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      state: 'confirmed',
      tab: 'confirmed',
      startsAt: '2030-03-04T08:30:00.000Z',
      endsAt: '2030-03-04T09:00:00.000Z',
      location: null,
    });

    for (const email of [talent.email, recruiter.email]) {
      const mail = (await mailsTo(email))[0]!;
      expect(mail.subject).toMatch(/^Confirmed: 1-1 chat with .*09:30–10:00 \(Europe\/Berlin\)$/);
      expect(mail.calendar?.method).toBe('REQUEST');
      expect(mail.calendar?.content).toContain(`UID:${chat.id}@parley`);
      expect(mail.calendar?.content).toContain('DTSTART:20300304T083000Z');
      expect(mail.calendar?.content).toContain('SEQUENCE:1');
    }

    // The slot is now booked for everyone: grey in the grid, gone from the free count.
    const grid = (
      await asRecruiter.get(`/api/events/${event.id}/recruiters/${recruiter.id}/availability`)
    ).json();
    expect(grid.days[0].slots[1]).toMatchObject({
      label: '09:30',
      status: 'booked',
      bookedWith: { talentName: talent.name },
    });
    const after = (await asTalent.get(`/api/events/${event.id}/recruiters`)).json();
    expect(after.recruiters.find((r: { id: string }) => r.id === recruiter.id).days[0].free).toBe(2);
  });

  it('tells the talent, the recruiter team and the event live about each change', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const received: { topic: string; type: string }[] = [];
    const topics = [
      `user:${talent.id}`,
      `company:${companyId}:event:${event.id}`,
      `event:${event.id}`,
    ] as const;
    const stops = topics.map((topic) =>
      t.ctx.live.subscribe(topic, (message) => received.push({ topic, type: message.type })),
    );
    try {
      const asTalent = await loginAs(t.app, talent.email);
      const chat = (
        await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })
      ).json();
      await (await loginAs(t.app, recruiter.email)).post(`/api/chats/${chat.id}/approve`);
      await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:00').toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received.filter((m) => m.topic === topics[0] && m.type === 'chats.changed')).toHaveLength(3);
      expect(received.filter((m) => m.topic === topics[1] && m.type === 'chats.changed')).toHaveLength(3);
      // Only the booking changes what others may book.
      expect(received.filter((m) => m.topic === topics[2])).toEqual([
        { topic: topics[2], type: 'availability.changed' },
      ]);
    } finally {
      for (const stop of stops) stop();
    }
  });

  it('shows a confirmed chat under Completed once its end has passed', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const asTalent = await loginAs(t.app, talent.email);
    await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:00').toISOString() });
    t.clock.set('2030-03-04T08:31:00Z');
    try {
      const mine = (await asTalent.get(`/api/events/${event.id}/chats`)).json().chats;
      expect(mine.find((c: { id: string }) => c.id === chat.id)).toMatchObject({
        state: 'confirmed',
        tab: 'completed',
      });
    } finally {
      t.clock.set('2030-03-01T12:00:00Z');
    }
  });

  it('declines with a message and a suggested colleague the talent can request next', async () => {
    const recruiter = await bookableRecruiter();
    const colleague = await bookableRecruiter();
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const chat = (await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })).json();
    const declined = await asRecruiter.post(`/api/chats/${chat.id}/decline`, {
      message: 'My colleague knows robotics better.',
      suggestedRecruiterId: colleague.id,
    });
    expect(declined.json()).toMatchObject({
      state: 'declined',
      tab: 'declined',
      declineMessage: 'My colleague knows robotics better.',
      suggestedRecruiter: { id: colleague.id, name: colleague.name },
    });
    const mail = (await mailsTo(talent.email))[0]!;
    expect(mail.text).toContain('My colleague knows robotics better.');
    expect(mail.text).toContain(colleague.name);
    const next = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: colleague.id });
    expect(next.statusCode).toBe(201);
  });

  it('refuses to suggest someone outside the company or without confirmed availability', async () => {
    const recruiter = await bookableRecruiter();
    const outsider = await buildUser(t.ctx.db, { role: 'recruiter' });
    const unconfirmed = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const chat = (await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })).json();
    for (const suggestedRecruiterId of [outsider.id, unconfirmed.id, recruiter.id]) {
      const response = await asRecruiter.post(`/api/chats/${chat.id}/decline`, {
        message: 'No',
        suggestedRecruiterId,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('chats.invalid_suggestion');
    }
  });

  it('lets a colleague approve for the recruiter, but no other company', async () => {
    const recruiter = await bookableRecruiter();
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const otherCompany = await buildUser(t.ctx.db, { role: 'recruiter' });
    await registerCompany(t.ctx.db, event.id, otherCompany.companyId!);
    const talent = await talentAtEvent();
    const chat = (
      await (
        await loginAs(t.app, talent.email)
      ).post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })
    ).json();
    const asOther = await loginAs(t.app, otherCompany.email);
    expect((await asOther.post(`/api/chats/${chat.id}/approve`)).statusCode).toBe(404);
    expect((await asOther.get(`/api/chats/${chat.id}`)).statusCode).toBe(404);
    const otherList = (await asOther.get(`/api/events/${event.id}/chats?recruiterId=team`)).json().chats;
    expect(otherList.map((c: { id: string }) => c.id)).not.toContain(chat.id);
    const asColleague = await loginAs(t.app, colleague.email);
    expect((await asColleague.post(`/api/chats/${chat.id}/approve`)).json().state).toBe('in_scheduling');
    const teamList = (await asColleague.get(`/api/events/${event.id}/chats?recruiterId=team`)).json().chats;
    expect(teamList.map((c: { id: string }) => c.id)).toContain(chat.id);
  });

  it('allows one open chat per talent and recruiter', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    expect(
      (await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })).statusCode,
    ).toBe(201);
    const again = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('chats.already_open');
  });

  it('refuses requests to recruiters who have not confirmed, and to anyone when talents may not request', async () => {
    const unconfirmed = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const response = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: unconfirmed.id });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('chats.recruiter_unavailable');

    const closed = await buildEvent(t.ctx.db, { requestPolicy: 'recruiters' });
    await registerTalent(t.ctx.db, closed.id, talent.id);
    const refused = await asTalent.post(`/api/events/${closed.id}/chats`, { recruiterId: unconfirmed.id });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('chats.requests_closed');
  });

  it('keeps each side to its own moves', async () => {
    const recruiter = await bookableRecruiter();
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const chat = (await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter.id })).json();
    expect((await asTalent.post(`/api/chats/${chat.id}/approve`)).statusCode).toBe(403);
    expect((await asRecruiter.post(`/api/chats/${chat.id}/withdraw`)).statusCode).toBe(403);
    expect((await asRecruiter.get(`/api/chats/${chat.id}/slots`)).statusCode).toBe(404);
    const tooEarly = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
      startsAt: slot('08:00').toISOString(),
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.code).toBe('chats.wrong_state');
    expect((await asTalent.post(`/api/chats/${chat.id}/withdraw`)).json().state).toBe('cancelled');
    expect((await mailsTo(recruiter.email))[0]!.subject).toBe(
      `${talent.name} withdrew their 1-1 chat request`,
    );
    expect((await asRecruiter.post(`/api/chats/${chat.id}/approve`)).statusCode).toBe(409);
  });

  it('refuses a time that is not a free slot of the recruiter', async () => {
    const recruiter = await bookableRecruiter([slot('08:00')]);
    const talent = await talentAtEvent();
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const asTalent = await loginAs(t.app, talent.email);
    for (const startsAt of [slot('08:30').toISOString(), slot('08:10').toISOString()]) {
      const response = await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('chats.not_a_free_slot');
    }
    const bad = await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: 'tomorrow' });
    expect(bad.statusCode).toBe(400);
  });

  it('does not let a talent book two chats at the same time', async () => {
    const first = await bookableRecruiter([slot('08:00')]);
    const second = await bookableRecruiter([slot('08:00')]);
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const a = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: first.id,
      state: 'in_scheduling',
    });
    const b = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: second.id,
      state: 'in_scheduling',
    });
    expect(
      (await asTalent.post(`/api/chats/${a.id}/confirm`, { startsAt: slot('08:00').toISOString() }))
        .statusCode,
    ).toBe(200);
    // The picker no longer offers the time, and booking it anyway is refused.
    expect((await asTalent.get(`/api/chats/${b.id}/slots`)).json().days[0].slots).toEqual([]);
    const clash = await asTalent.post(`/api/chats/${b.id}/confirm`, {
      startsAt: slot('08:00').toISOString(),
    });
    expect(clash.statusCode).toBe(409);
  });
});

describe('a talent already booked with another recruiter', () => {
  /** 2030-03-06 offers 20- and 30-minute chats; the talent has a chat waiting for a slot with a recruiter of each. */
  async function talentWithTwoRecruiters() {
    const mixed = await buildEvent(t.ctx.db, {
      days: [{ date: '2030-03-06', opens: 9 * 60, closes: 12 * 60, durations: [20, 30] }],
    });
    const eventDayId = mixed.days[0]!.id;
    const recruiterOf = (durationMinutes: number, starts: string[]) =>
      buildBookableRecruiter(t.ctx.db, {
        eventId: mixed.id,
        eventDayId,
        durationMinutes,
        openSlotStarts: starts.map(at),
      });
    const short = await recruiterOf(20, ['08:00', '08:20']);
    const long = await recruiterOf(30, ['08:00', '08:30', '09:00']);
    const talent = await talentAtEvent(mixed.id);
    const chatWith = (recruiterId: string) =>
      buildChat(t.ctx.db, { eventId: mixed.id, talentId: talent.id, recruiterId, state: 'in_scheduling' });
    return {
      eventDayId,
      client: await sessionClient(t.app, t.ctx, talent.id),
      withShort: await chatWith(short.id),
      withLong: await chatWith(long.id),
    };
  }
  const at = (hhmm: string) => new Date(`2030-03-06T${hhmm}:00Z`);
  const busy = {
    code: 'chats.talent_busy',
    message: 'You already have another 1-1 chat at this time. Please pick another slot.',
  };

  it('hears they already have a chat then when a longer slot overlaps it', async () => {
    const { client, withShort, withLong } = await talentWithTwoRecruiters();
    const booked = await client.post(`/api/chats/${withShort.id}/confirm`, {
      startsAt: at('08:20').toISOString(),
    });
    expect(booked.statusCode).toBe(200);

    // 08:00–08:30 starts before the booked 08:20–08:40 and ends inside it.
    const overlapping = await client.post(`/api/chats/${withLong.id}/confirm`, {
      startsAt: at('08:00').toISOString(),
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error).toEqual(busy);
    const offered = (await client.get(`/api/chats/${withLong.id}/slots`)).json().days[0].slots;
    expect(offered.map((s: { startsAt: string }) => s.startsAt)).toEqual([at('09:00').toISOString()]);
  });

  it('hears they are busy when they confirm two overlapping slots at once', async () => {
    const talents = [];
    for (let i = 0; i < 6; i++) talents.push(await talentWithTwoRecruiters());
    const pairs = await Promise.all(
      talents.map(({ client, withShort, withLong }) =>
        Promise.all([
          client.post(`/api/chats/${withShort.id}/confirm`, { startsAt: at('08:20').toISOString() }),
          client.post(`/api/chats/${withLong.id}/confirm`, { startsAt: at('08:00').toISOString() }),
        ]),
      ),
    );
    for (const pair of pairs) {
      expect(pair.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(pair.find((r) => r.statusCode === 409)!.json().error).toEqual(busy);
    }
  });

  it('hears they are busy, not that the slot is taken, when the database refuses an overlap of theirs', async () => {
    const { eventDayId, withShort, withLong } = await talentWithTwoRecruiters();
    const book = (chatId: string, start: string, minutes: number) =>
      t.ctx.db
        .update(chats)
        .set({
          state: 'confirmed',
          eventDayId,
          startsAt: at(start),
          endsAt: new Date(at(start).getTime() + minutes * 60_000),
        })
        .where(eq(chats.id, chatId));
    await book(withShort.id, '08:20', 20);
    const refusal = await book(withLong.id, '08:00', 30).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(() => settleSlotRace(refusal)).toThrow(busy.message);
  });
});
