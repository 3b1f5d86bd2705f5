import { beforeAll, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import {
  buildChat,
  buildUser,
  registerCompany,
  registerTalent,
  buildBookableRecruiter,
} from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
/** A talent and a recruiter of Acme whose chat is confirmed at 09:00 Berlin (08:00 UTC). */
const confirmedChat = (talent?: { id: string; email: string; name: string }) =>
  stage.confirmedChat({ talent });

const { scene, talentAtEvent, mailsTo } = stage;
/** Slot starts as the API takes them. */
const slot = (hhmm: string) => stage.slot(hhmm).toISOString();

let event: typeof scene.event;
let companyId: string;
beforeAll(() => {
  ({ event, companyId } = scene);
});

async function anotherTalentsFreeSlots(recruiterId: string) {
  const other = await talentAtEvent();
  const chat = await buildChat(t.ctx.db, {
    eventId: event.id,
    talentId: other.id,
    recruiterId,
    state: 'in_scheduling',
  });
  const asOther = await loginAs(t.app, other.email);
  const slots = (await asOther.get(`/api/chats/${chat.id}/slots`)).json();
  return { labels: slots.days[0].slots.map((s: { label: string }) => s.label) as string[], chat, asOther };
}

/** What makes two calendar files the same entry: each side's copy is titled for its reader. */
const sameEntry = (content: string) =>
  content.split('\r\n').filter((line) => /^(UID|SEQUENCE|METHOD|STATUS|DTSTART|DTEND):/.test(line));

describe('cancelling a 1-1 chat', () => {
  it('frees the slot and sends the recruiter a calendar cancellation with a higher SEQUENCE', async () => {
    const { talent, recruiter, chat, asTalent } = await confirmedChat();
    const cancelled = await asTalent.post(`/api/chats/${chat.id}/cancel`, { message: 'I got sick, sorry.' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', tab: 'declined' });

    const mail = (await mailsTo(recruiter.email))[0]!;
    expect(mail.subject).toBe(`Cancelled: 1-1 chat with ${talent.name}`);
    expect(mail.text).toContain(`${talent.name} changed your 1-1 chat with ${talent.name} at`);
    expect(mail.text).toContain('I got sick, sorry.');
    expect(mail.text).toContain('09:00–09:30 (Europe/Berlin)');
    expect(mail.calendar?.method).toBe('CANCEL');
    expect(mail.calendar?.content).toContain(`UID:${chat.id}@parley`);
    expect(mail.calendar?.content).toContain('SEQUENCE:2');
    expect(mail.calendar?.content).toContain('STATUS:CANCELLED');
    expect(mail.calendar?.content).toContain('DTSTART:20300304T080000Z');

    // The talent who cancelled holds the same entry: it leaves their calendar too.
    const own = (await mailsTo(talent.email))[0]!;
    expect(own.subject).toBe(`Cancelled: 1-1 chat with ${recruiter.name} (Acme Robotics)`);
    expect(own.text).toContain('This confirms your change');
    expect(own.text).toContain('Your message: I got sick, sorry.');
    expect(sameEntry(own.calendar!.content)).toEqual(sameEntry(mail.calendar!.content));

    expect((await anotherTalentsFreeSlots(recruiter.id)).labels).toEqual(['09:00', '09:30', '10:00']);
  });

  it('can never be revived through an old link or a stale page', async () => {
    const { recruiter, chat, asTalent, asRecruiter } = await confirmedChat();
    expect((await asRecruiter.post(`/api/chats/${chat.id}/cancel`)).json().state).toBe('cancelled');
    const attempts = [
      asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:00') }),
      asRecruiter.post(`/api/chats/${chat.id}/approve`),
      asTalent.post(`/api/chats/${chat.id}/reschedule`),
      asRecruiter.post(`/api/chats/${chat.id}/reschedule`),
      asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: slot('08:30') }),
      asTalent.post(`/api/chats/${chat.id}/cancel`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('chats.wrong_state');
    }
    expect((await asTalent.get(`/api/chats/${chat.id}`)).json()).toMatchObject({ state: 'cancelled' });

    // Another talent can take the freed time.
    const other = await anotherTalentsFreeSlots(recruiter.id);
    expect(other.labels).toContain('09:00');
    const booked = await other.asOther.post(`/api/chats/${other.chat.id}/confirm`, {
      startsAt: slot('08:00'),
    });
    expect(booked.json().state).toBe('confirmed');
  });

  it('lets a talent cancel a pending request or an approved chat, telling the recruiter without a calendar file', async () => {
    for (const state of ['requested', 'in_scheduling'] as const) {
      const recruiter = await buildBookableRecruiter(t.ctx.db, {
        eventId: event.id,
        eventDayId: event.days[0]!.id,
        companyId,
        durationMinutes: 30,
        openSlotStarts: [new Date(slot('08:00'))],
      });
      const talent = await buildUser(t.ctx.db, { role: 'talent' });
      await registerTalent(t.ctx.db, event.id, talent.id);
      const chat = await buildChat(t.ctx.db, {
        eventId: event.id,
        talentId: talent.id,
        recruiterId: recruiter.id,
        state,
      });
      const asTalent = await loginAs(t.app, talent.email);
      expect((await asTalent.post(`/api/chats/${chat.id}/cancel`)).json().state).toBe('cancelled');
      const mail = (await mailsTo(recruiter.email))[0]!;
      expect(mail.subject).toMatch(/^Cancelled: /);
      expect(mail.calendar).toBeNull();
    }
  });

  it('tells the talent, the team and the event that the slot is free again', async () => {
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
      const { chat, asRecruiter } = await confirmedChat(talent);
      await asRecruiter.post(`/api/chats/${chat.id}/cancel`);
      // The confirmation and the cancellation each reach every list, and each changes what others may book.
      const count = (topic: string, type: string) =>
        received.filter((m) => m.topic === topic && m.type === type).length;
      const counts = () => [
        count(topics[0]!, 'chats.changed'),
        count(topics[1]!, 'chats.changed'),
        count(topics[2]!, 'availability.changed'),
      ];
      // Across processes (PostgreSQL NOTIFY) messages arrive a little later, among others (notifications): wait.
      await expect.poll(counts, { timeout: 2000 }).toEqual([2, 2, 2]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(counts()).toEqual([2, 2, 2]);
    } finally {
      for (const stop of stops) stop();
    }
  });
});

describe('rescheduling a 1-1 chat', () => {
  it('sends the chat back to In Scheduling, frees the slot and lets the talent pick again', async () => {
    const { recruiter, talent, chat, asTalent, asRecruiter } = await confirmedChat();
    expect((await asTalent.get(`/api/chats/${chat.id}`)).json().rescheduledAt).toBeNull();
    const rescheduled = await asRecruiter.post(`/api/chats/${chat.id}/reschedule`, {
      message: 'Something came up at 9.',
    });
    expect(rescheduled.json()).toMatchObject({
      state: 'in_scheduling',
      tab: 'in_scheduling',
      startsAt: null,
      endsAt: null,
      day: null,
      // What tells it apart from a newly approved request in the talent's In Scheduling list.
      rescheduledAt: t.clock.now.toISOString(),
    });
    const mail = (await mailsTo(talent.email))[0]!;
    expect(mail.subject).toBe(`Rescheduled: 1-1 chat with ${recruiter.name} (Acme Robotics)`);
    expect(mail.text).toContain('Something came up at 9.');
    // Written for the talent, who is the one to act.
    expect(mail.text).toContain('Please pick a new time under In Scheduling');
    expect(mail.text).not.toMatch(/the talent picks|of .* with /);
    expect(mail.calendar?.method).toBe('CANCEL');
    expect(mail.calendar?.content).toContain('SEQUENCE:2');
    // The recruiter who acted gets their own copy, so the old time leaves their calendar too.
    const own = (await mailsTo(recruiter.email))[0]!;
    expect(own.text).toContain('This confirms your change');
    expect(own.text).toContain('Your message: Something came up at 9.');
    expect(own.text).toContain(`${talent.name} picks a new time; you will hear when they do.`);
    expect(sameEntry(own.calendar!.content)).toEqual(sameEntry(mail.calendar!.content));

    const slots = (await asTalent.get(`/api/chats/${chat.id}/slots`)).json();
    expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual(['09:00', '09:30', '10:00']);
    const rebooked = await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:30') });
    expect(rebooked.json().rescheduledAt).toBe(t.clock.now.toISOString());
    const again = (await mailsTo(talent.email))[0]!;
    expect(again.calendar?.method).toBe('REQUEST');
    expect(again.calendar?.content).toContain('SEQUENCE:3');
    expect(again.calendar?.content).toContain('DTSTART:20300304T083000Z');
  });

  it('lets the talent ask to reschedule, telling the recruiter', async () => {
    const { recruiter, chat, asTalent } = await confirmedChat();
    expect((await asTalent.post(`/api/chats/${chat.id}/reschedule`)).json().state).toBe('in_scheduling');
    expect((await mailsTo(recruiter.email))[0]!.calendar?.method).toBe('CANCEL');
  });

  it('is only for confirmed chats', async () => {
    const { chat, asTalent } = await confirmedChat();
    await asTalent.post(`/api/chats/${chat.id}/reschedule`);
    const twice = await asTalent.post(`/api/chats/${chat.id}/reschedule`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('chats.wrong_state');
  });
});

describe('moving a 1-1 chat to another slot', () => {
  it('books the new slot, frees the old one and sends both the talent and the recruiter the new time when a colleague moved it', async () => {
    const { recruiter, talent, chat } = await confirmedChat();
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const asColleague = await loginAs(t.app, colleague.email);
    const moved = await asColleague.post(`/api/chats/${chat.id}/move`, { startsAt: slot('09:00') });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      state: 'confirmed',
      startsAt: '2030-03-04T09:00:00.000Z',
      endsAt: '2030-03-04T09:30:00.000Z',
      // Moved straight to a new time, it never went back to scheduling.
      rescheduledAt: null,
    });
    for (const email of [talent.email, recruiter.email]) {
      const mail = (await mailsTo(email))[0]!;
      expect(mail.subject).toMatch(/^Moved: /);
      expect(mail.text).toContain('10:00–10:30 (Europe/Berlin)');
      expect(mail.calendar?.method).toBe('REQUEST');
      expect(mail.calendar?.content).toContain(`UID:${chat.id}@parley`);
      expect(mail.calendar?.content).toContain('SEQUENCE:2');
      expect(mail.calendar?.content).toContain('DTSTART:20300304T090000Z');
    }
    expect((await anotherTalentsFreeSlots(recruiter.id)).labels).toEqual(['09:00', '09:30']);
  });

  it('refuses a slot someone else holds or the recruiter did not open', async () => {
    const { recruiter, chat, asRecruiter } = await confirmedChat();
    const other = await anotherTalentsFreeSlots(recruiter.id);
    await other.asOther.post(`/api/chats/${other.chat.id}/confirm`, { startsAt: slot('08:30') });
    const taken = await asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: slot('08:30') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('chats.slot_taken');
    const closed = await asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: slot('10:00') });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('chats.not_a_free_slot');
    expect((await asRecruiter.get(`/api/chats/${chat.id}`)).json().startsAt).toBe('2030-03-04T08:00:00.000Z');
  });

  it('is the recruiter side’s move only', async () => {
    const { chat, asTalent } = await confirmedChat();
    const response = await asTalent.post(`/api/chats/${chat.id}/move`, { startsAt: slot('09:00') });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('chats.not_your_turn');
  });
});

describe('who may change a chat', () => {
  it('answers 404 to another company’s recruiter and to another talent', async () => {
    const { chat } = await confirmedChat();
    const outsider = await buildUser(t.ctx.db, { role: 'recruiter' });
    await registerCompany(t.ctx.db, event.id, outsider.companyId!);
    const otherTalent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, otherTalent.id);
    for (const email of [outsider.email, otherTalent.email]) {
      const client = await loginAs(t.app, email);
      for (const [action, body] of [
        ['cancel', {}],
        ['reschedule', {}],
        ['move', { startsAt: slot('09:00') }],
      ] as const) {
        const response = await client.post(`/api/chats/${chat.id}/${action}`, body);
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('chats.not_found');
      }
    }
  });

  it('explains a bad move time and an overlong message', async () => {
    const { chat, asRecruiter } = await confirmedChat();
    expect((await asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: 'soon' })).statusCode).toBe(400);
    const long = await asRecruiter.post(`/api/chats/${chat.id}/cancel`, { message: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(400);
  });
});
