import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { BookingRules } from '../../../shared/booking/fair-use.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildEvent } from '../../test/factories.js';
import { sessionClient, withTestApp } from '../../test/test-app.js';
import { events } from '../events/events.table.js';

// Friday 1 March 2030, 13:00 in Berlin; the event's days are Monday 4 and Tuesday 5 March.
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);

/** A slot start on the event's first (`day` 0) or second day, given as UTC `HH:MM` (Berlin is UTC+1). */
const at = (hhmm: string, day = 0) => new Date(`2030-03-0${4 + day}T${hhmm}:00Z`);
const allSlots = (day: number) =>
  ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30'].map((s) => at(s, day));

/** An event of two days (09:00–12:00 Berlin, 30-minute chats) with the given fair-use rules. */
async function eventWith(rules: Partial<BookingRules>, bookingMode: 'approval' | 'direct' = 'approval') {
  const event = await buildEvent(t.ctx.db, {
    bookingMode,
    days: [
      { date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] },
      { date: '2030-03-05', opens: 9 * 60, closes: 12 * 60, durations: [30] },
    ],
  });
  await t.ctx.db.update(events).set(rules).where(eq(events.id, event.id));
  const recruiter = async (day = 0) =>
    stage.bookableRecruiter({
      eventId: event.id,
      eventDayId: event.days[day]!.id,
      openSlotStarts: allSlots(day),
    });
  const talent = async () => {
    const person = await stage.talentAtEvent(event.id);
    return { ...person, client: await sessionClient(t.app, t.ctx, person.id) };
  };
  /** A chat waiting for the talent's pick. */
  const inScheduling = (talentId: string, recruiterId: string) =>
    buildChat(t.ctx.db, { eventId: event.id, talentId, recruiterId, state: 'in_scheduling' });
  /** A chat booked through the API, as the talent would. */
  const booked = async (person: Awaited<ReturnType<typeof talent>>, recruiterId: string, startsAt: Date) => {
    const chat = await inScheduling(person.id, recruiterId);
    const response = await confirm(person, chat.id, startsAt);
    expect(response.statusCode, response.body).toBe(200);
    return chat;
  };
  return { event, recruiter, talent, inScheduling, booked };
}

type Client = { client: Awaited<ReturnType<typeof sessionClient>> };
const confirm = (person: Client, chatId: string, startsAt: Date) =>
  person.client.post(`/api/chats/${chatId}/confirm`, { startsAt: startsAt.toISOString() });

const errorOf = (response: {
  statusCode: number;
  json: () => { error: { code: string; message: string } };
}) => ({
  status: response.statusCode,
  ...response.json().error,
});

describe("the talent's limits of chats", () => {
  it('refuses a booking beyond the limit per event, naming it, and lets one of two simultaneous ones through', async () => {
    const scene = await eventWith({ maxChatsPerTalent: 3 });
    const recruiters = await Promise.all([0, 0, 0, 0].map(() => scene.recruiter()));
    const talent = await scene.talent();
    await scene.booked(talent, recruiters[0]!.id, at('08:00'));
    await scene.booked(talent, recruiters[1]!.id, at('09:00'));
    // Holding 2 of 3, the talent confirms two more at once: exactly one may pass.
    const [third, fourth] = await Promise.all([
      scene.inScheduling(talent.id, recruiters[2]!.id),
      scene.inScheduling(talent.id, recruiters[3]!.id),
    ]);
    const responses = await Promise.all([
      confirm(talent, third.id, at('10:00')),
      confirm(talent, fourth.id, at('10:30', 0)),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(errorOf(responses.find((r) => r.statusCode === 409)!)).toEqual({
      status: 409,
      code: 'chats.limit_talent_chats',
      message: "You already have 3 chats at this event, the event's limit.",
    });
    const held = await t.ctx.db.query.chats.findMany({
      where: (c, { and, eq }) => and(eq(c.talentId, talent.id), eq(c.state, 'confirmed')),
    });
    expect(held).toHaveLength(3);
  });

  it('holds under many talents racing at once, each for two chats beyond their limit', async () => {
    const scene = await eventWith({ maxChatsPerTalent: 1 });
    const recruiters = await Promise.all(Array.from({ length: 20 }, () => scene.recruiter()));
    const talents = await Promise.all(Array.from({ length: 10 }, () => scene.talent()));
    const attempts = await Promise.all(
      talents.flatMap((talent, i) =>
        [recruiters[2 * i]!, recruiters[2 * i + 1]!].map(async (recruiter, j) => {
          const chat = await scene.inScheduling(talent.id, recruiter.id);
          return { talent, chat, startsAt: at(j === 0 ? '08:00' : '09:00') };
        }),
      ),
    );
    const responses = await Promise.all(attempts.map((a) => confirm(a.talent, a.chat.id, a.startsAt)));
    for (const talent of talents) {
      const mine = responses.filter((_, i) => attempts[i]!.talent.id === talent.id).map((r) => r.statusCode);
      expect(mine.sort()).toEqual([200, 409]);
    }
  });

  it('counts a day on its own: the limit per day leaves the other day bookable, and the slot list says why', async () => {
    const scene = await eventWith({ maxChatsPerTalentPerDay: 1 });
    const monday = await scene.recruiter(0);
    const other = await scene.recruiter(0);
    const tuesday = await scene.recruiter(1);
    const talent = await scene.talent();
    await scene.booked(talent, monday.id, at('08:00'));
    const second = await scene.inScheduling(talent.id, other.id);
    expect(errorOf(await confirm(talent, second.id, at('10:00')))).toEqual({
      status: 409,
      code: 'chats.limit_talent_day',
      message: "You already have 1 chat on Monday 4 March, the event's limit for one day.",
    });
    const slots = (await talent.client.get(`/api/chats/${second.id}/slots`)).json();
    expect(slots.days[0].slots).toEqual([]);
    expect(slots.ruleNotes).toEqual([
      "You already have 1 chat on Monday 4 March, the event's limit for one day.",
    ]);
    const onTuesday = await scene.inScheduling(talent.id, tuesday.id);
    expect((await confirm(talent, onTuesday.id, at('08:00', 1))).statusCode).toBe(200);
  });

  it('says why in the language of the page that asked: the refusal and the slot list in German', async () => {
    const scene = await eventWith({ maxChatsPerTalentPerDay: 1 });
    const [first, second] = await Promise.all([scene.recruiter(0), scene.recruiter(0)]);
    const talent = await scene.talent();
    await scene.booked(talent, first.id, at('08:00'));
    const chat = await scene.inScheduling(talent.id, second.id);
    const german = { client: talent.client.inLanguage('de-DE,de;q=0.9') };
    const sentence = 'Sie haben am Montag, 4. März bereits 1 Gespräch, das Tageslimit des Events.';
    expect(errorOf(await confirm(german, chat.id, at('10:00')))).toEqual({
      status: 409,
      code: 'chats.limit_talent_day',
      message: sentence,
    });
    expect((await german.client.get(`/api/chats/${chat.id}/slots`)).json().ruleNotes).toEqual([sentence]);
  });
});

describe('open requests', () => {
  const request = (person: Client, eventId: string, recruiterId: string) =>
    person.client.post(`/api/events/${eventId}/chats`, { recruiterId });

  it('refuses a request beyond the limit of open ones, and lets one of two simultaneous ones through', async () => {
    const scene = await eventWith({ maxOpenRequestsPerTalent: 2 });
    const recruiters = await Promise.all([0, 0, 0, 0].map(() => scene.recruiter()));
    const talent = await scene.talent();
    expect((await request(talent, scene.event.id, recruiters[0]!.id)).statusCode).toBe(201);
    const racing = await Promise.all([
      request(talent, scene.event.id, recruiters[1]!.id),
      request(talent, scene.event.id, recruiters[2]!.id),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(errorOf(racing.find((r) => r.statusCode === 409)!)).toEqual({
      status: 409,
      code: 'chats.limit_open_requests',
      message:
        "You already have 2 open requests, the event's limit. Wait for an answer, or withdraw one first.",
    });
    // A withdrawn request no longer counts.
    const [open] = await t.ctx.db.query.chats.findMany({
      where: (c, { and, eq }) => and(eq(c.talentId, talent.id), eq(c.state, 'requested')),
    });
    expect((await talent.client.post(`/api/chats/${open!.id}/withdraw`)).statusCode).toBe(200);
    expect((await request(talent, scene.event.id, recruiters[3]!.id)).statusCode).toBe(201);
  });

  it('closes requests the cut-off before the event starts, saying when', async () => {
    // The event opens Monday 4 March 09:00 Berlin; 80 hours before is Friday 01:00, before now (13:00).
    const closed = await eventWith({ requestCutoffHours: 80 });
    const talent = await closed.talent();
    const response = await request(talent, closed.event.id, (await closed.recruiter()).id);
    expect(errorOf(response)).toEqual({
      status: 422,
      code: 'chats.requests_cut_off',
      message:
        'Requests closed on Friday 1 March at 01:00 (Europe/Berlin), 80 hours before the event starts.',
    });
    const open = await eventWith({ requestCutoffHours: 24 });
    const other = await open.talent();
    expect((await request(other, open.event.id, (await open.recruiter()).id)).statusCode).toBe(201);
  });

  it('refuses a request once the talent holds as many chats as the event allows', async () => {
    const scene = await eventWith({ maxChatsPerTalent: 1 });
    const talent = await scene.talent();
    await scene.booked(talent, (await scene.recruiter()).id, at('08:00'));
    expect(errorOf(await request(talent, scene.event.id, (await scene.recruiter()).id))).toMatchObject({
      status: 409,
      code: 'chats.limit_talent_chats',
    });
  });

  it('refuses an invitation of a talent who holds as many chats as the event allows, and takes one below it', async () => {
    const scene = await eventWith({ maxChatsPerTalent: 1 });
    const [full, free] = [await scene.talent(), await scene.talent()];
    await scene.booked(full, (await scene.recruiter()).id, at('08:00'));
    const inviter = await scene.recruiter();
    const asInviter = await sessionClient(t.app, t.ctx, inviter.id);
    const invite = (talentId: string) =>
      asInviter.post(`/api/events/${scene.event.id}/invitations`, { talentId, recruiterId: inviter.id });
    expect(errorOf(await invite(full.id))).toEqual({
      status: 409,
      code: 'chats.limit_talent_chats',
      message: "This talent already has 1 chat at this event, the event's limit.",
    });
    expect((await invite(free.id)).statusCode).toBe(201);
  });
});

describe("the recruiter's day", () => {
  it('refuses a booking beyond the limit per day, naming the recruiter, and lets one of two racing talents through', async () => {
    const scene = await eventWith({ maxChatsPerRecruiterPerDay: 2 });
    const recruiter = await scene.recruiter();
    await scene.booked(await scene.talent(), recruiter.id, at('08:00'));
    const [a, b] = await Promise.all([scene.talent(), scene.talent()]);
    const [chatA, chatB] = await Promise.all([
      scene.inScheduling(a.id, recruiter.id),
      scene.inScheduling(b.id, recruiter.id),
    ]);
    const responses = await Promise.all([
      confirm(a, chatA.id, at('09:00')),
      confirm(b, chatB.id, at('10:00')),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(errorOf(responses.find((r) => r.statusCode === 409)!)).toEqual({
      status: 409,
      code: 'chats.limit_recruiter_day',
      message: `${recruiter.name} already has 2 chats on Monday 4 March, the event's limit for a recruiter's day.`,
    });
  });

  it('keeps a break after chats in a row for talents, while the recruiter may move a chat into it', async () => {
    const scene = await eventWith({ breakAfterChats: 2, breakMinutes: 30 });
    const recruiter = await scene.recruiter();
    await scene.booked(await scene.talent(), recruiter.id, at('08:00'));
    await scene.booked(await scene.talent(), recruiter.id, at('08:30'));
    const third = await scene.talent();
    const chat = await scene.inScheduling(third.id, recruiter.id);
    expect(errorOf(await confirm(third, chat.id, at('09:00')))).toEqual({
      status: 409,
      code: 'chats.recruiter_break',
      message: `${recruiter.name} takes a break of 30 min after 2 chats in a row, the event's rule. Please pick another time.`,
    });
    // 09:30 starts a new run: the 30 minutes after the 08:30 chat are the break.
    expect((await confirm(third, chat.id, at('09:30'))).statusCode).toBe(200);
    const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
    const moved = await asRecruiter.post(`/api/chats/${chat.id}/move`, {
      startsAt: at('09:00').toISOString(),
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });
});

describe('time rules', () => {
  it("keeps the minimum gap between a talent's chats, for the talent and for a recruiter's move", async () => {
    const scene = await eventWith({ minGapMinutes: 15 });
    const first = await scene.recruiter();
    const second = await scene.recruiter();
    const talent = await scene.talent();
    await scene.booked(talent, first.id, at('08:00'));
    const chat = await scene.inScheduling(talent.id, second.id);
    const slots = (await talent.client.get(`/api/chats/${chat.id}/slots`)).json();
    expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual([
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    expect(slots.ruleNotes).toEqual([]);
    expect(errorOf(await confirm(talent, chat.id, at('08:30')))).toEqual({
      status: 409,
      code: 'chats.gap_too_short',
      message:
        "The event keeps 15 min between a talent's chats, and this time is too close to your chat at 09:00. Please pick another time.",
    });
    expect((await confirm(talent, chat.id, at('09:00'))).statusCode).toBe(200);
    const asRecruiter = await sessionClient(t.app, t.ctx, second.id);
    const moved = await asRecruiter.post(`/api/chats/${chat.id}/move`, {
      startsAt: at('08:30').toISOString(),
    });
    expect(errorOf(moved)).toMatchObject({
      status: 409,
      code: 'chats.gap_too_short',
      message: expect.stringContaining("too close to the talent's chat at 09:00"),
    });
  });

  it('refuses a slot sooner than the minimum notice and leaves it out of the list', async () => {
    // Monday 4 March 09:00 Berlin is 68 hours after now.
    const scene = await eventWith({ minNoticeHours: 72 });
    const recruiter = await scene.recruiter();
    const talent = await scene.talent();
    const chat = await scene.inScheduling(talent.id, recruiter.id);
    const slots = (await talent.client.get(`/api/chats/${chat.id}/slots`)).json();
    expect(slots.days[0].slots.map((s: { label: string }) => s.label)).toEqual([]);
    expect(errorOf(await confirm(talent, chat.id, at('08:00')))).toEqual({
      status: 422,
      code: 'chats.notice_too_short',
      message:
        "Chats are booked at least 72 hours before they start, the event's rule. Please pick a later time.",
    });
    const relaxed = await eventWith({ minNoticeHours: 24 });
    const other = await relaxed.talent();
    await relaxed.booked(other, (await relaxed.recruiter()).id, at('08:00'));
  });

  it("holds a talent's direct booking to the same rules", async () => {
    const scene = await eventWith({ maxChatsPerTalent: 1 }, 'direct');
    const [a, b] = await Promise.all([scene.recruiter(), scene.recruiter()]);
    const talent = await scene.talent();
    const book = (recruiterId: string, startsAt: Date) =>
      talent.client.post(`/api/events/${scene.event.id}/recruiters/${recruiterId}/book`, {
        startsAt: startsAt.toISOString(),
      });
    const responses = await Promise.all([book(a.id, at('08:00')), book(b.id, at('09:00'))]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(errorOf(responses.find((r) => r.statusCode === 409)!).code).toBe('chats.limit_talent_chats');
  });
});

describe("a talent's changes to a booked chat", () => {
  it('refuses a reschedule or cancellation after the cut-off, while the recruiter may still cancel', async () => {
    const scene = await eventWith({ changeCutoffHours: 72 });
    const recruiter = await scene.recruiter();
    const talent = await scene.talent();
    const chat = await scene.booked(talent, recruiter.id, at('08:00'));
    for (const [action, verb] of [
      ['reschedule', 'rescheduled'],
      ['cancel', 'cancelled'],
    ] as const) {
      expect(errorOf(await talent.client.post(`/api/chats/${chat.id}/${action}`))).toEqual({
        status: 422,
        code: 'chats.change_cut_off',
        message: `Chats can no longer be ${verb} less than 72 hours before they start, the event's rule. Write to the recruiter in the chat instead.`,
      });
    }
    const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
    expect((await asRecruiter.post(`/api/chats/${chat.id}/cancel`)).statusCode).toBe(200);
  });

  it("limits the talent's reschedules of one chat; none at all when the limit is 0", async () => {
    const scene = await eventWith({ maxReschedulesPerChat: 1 });
    const recruiter = await scene.recruiter();
    const talent = await scene.talent();
    const chat = await scene.booked(talent, recruiter.id, at('08:00'));
    expect((await talent.client.post(`/api/chats/${chat.id}/reschedule`)).statusCode).toBe(200);
    expect((await confirm(talent, chat.id, at('09:00'))).statusCode).toBe(200);
    expect(errorOf(await talent.client.post(`/api/chats/${chat.id}/reschedule`))).toEqual({
      status: 409,
      code: 'chats.reschedule_limit',
      message: "You already rescheduled this chat 1 time, the event's limit.",
    });

    const none = await eventWith({ maxReschedulesPerChat: 0 });
    const other = await none.talent();
    const fixed = await none.booked(other, (await none.recruiter()).id, at('08:00'));
    expect(errorOf(await other.client.post(`/api/chats/${fixed.id}/reschedule`))).toMatchObject({
      status: 409,
      message: "Chats at this event cannot be rescheduled, the event's rule. You can cancel it instead.",
    });
  });
});
