import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildBookableRecruiter, buildChat, buildCompany, buildEvent } from '../../test/factories.js';
import { loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { events } from '../events/events.table.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { slot, mailsTo } = stage;

/**
 * An event of its own (so counts and mails are the test's alone) on the scene's date, with a company of
 * `recruiters` bookable recruiters (slots 08:00, 08:30, 09:00 UTC by default) and a registered talent.
 */
async function companyScene(
  input: {
    bookingMode?: 'approval' | 'direct';
    rules?: Partial<typeof events.$inferInsert>;
    slots?: Date[][];
  } = {},
) {
  const event = await buildEvent(t.ctx.db, {
    bookingMode: input.bookingMode ?? 'approval',
    days: [{ date: '2030-03-04', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
  });
  if (input.rules) await t.ctx.db.update(events).set(input.rules).where(eq(events.id, event.id));
  const company = await buildCompany(t.ctx.db, { name: 'Acme Queue' });
  const recruiters = [];
  for (const openSlotStarts of input.slots ?? [undefined, undefined, undefined]) {
    recruiters.push(
      await stage.bookableRecruiter({
        eventId: event.id,
        eventDayId: event.days[0]!.id,
        companyId: company.id,
        openSlotStarts,
      }),
    );
  }
  const talent = await stage.talentAtEvent(event.id);
  const asTalent = await loginAs(t.app, talent.email);
  const requestPath = `/api/events/${event.id}/companies/${company.id}/requests`;
  return { event, company, recruiters, talent, asTalent, requestPath };
}

const errorOf = (answer: { statusCode: number; json: () => { error: { code: string } } }) => ({
  status: answer.statusCode,
  code: answer.json().error.code,
});

describe('company requests (approval)', () => {
  it('reaches every recruiter of the company; the first to accept gets an approved chat carrying the message', async () => {
    const { event, company, recruiters, talent, asTalent, requestPath } = await companyScene();
    const received: string[] = [];
    const stop = t.ctx.live.subscribe(`company:${company.id}:event:${event.id}`, (m) =>
      received.push(m.type),
    );
    try {
      const sent = await asTalent.post(requestPath, { message: 'I build line followers.' });
      expect(sent.statusCode).toBe(201);
      const request = sent.json();
      expect(request).toMatchObject({
        state: 'waiting',
        message: 'I build line followers.',
        company: { id: company.id, name: 'Acme Queue' },
        talent: { id: talent.id },
      });

      for (const recruiter of recruiters) {
        const asRecruiter = await loginAs(t.app, recruiter.email);
        const list = (await asRecruiter.get(`/api/events/${event.id}/company-requests`)).json();
        expect(list.waiting).toBe(1);
        expect(list.requests.map((r: { id: string }) => r.id)).toEqual([request.id]);
        const bell = (await asRecruiter.get('/api/me/notifications')).json();
        expect(bell.notifications[0]).toMatchObject({ kind: 'company_requested', eventId: event.id });
        const mails = await mailsTo(recruiter.email);
        expect(mails.map((m) => m.subject)).toEqual([`New company request from ${talent.name}`]);
        expect(mails[0]!.text).toContain('I build line followers.');
      }

      // The second recruiter accepts for the third, a colleague.
      const [, second, third] = recruiters;
      const asSecond = await loginAs(t.app, second!.email);
      const accepted = await asSecond.post(`/api/company-requests/${request.id}/accept`, {
        recruiterId: third!.id,
      });
      expect(accepted.statusCode).toBe(200);
      const chat = accepted.json();
      expect(chat).toMatchObject({
        state: 'in_scheduling',
        recruiter: { id: third!.id },
        talent: { id: talent.id },
        initiatedBy: 'talent',
        requestMessage: 'I build line followers.',
      });
      expect(chat.history.map((h: { kind: string; side: string }) => [h.kind, h.side])).toEqual([
        ['requested', 'talent'],
        ['approved', 'recruiter'],
      ]);
      expect(chat.history[1].actor.id).toBe(second!.id);

      // Too late for the first; the talent sees who took it and picks a slot of that recruiter.
      const asFirst = await loginAs(t.app, recruiters[0]!.email);
      expect(errorOf(await asFirst.post(`/api/company-requests/${request.id}/accept`, {}))).toEqual({
        status: 409,
        code: 'companyQueue.already_taken',
      });
      const mine = (await asTalent.get(`/api/events/${event.id}/company-requests`)).json();
      expect(mine.requests[0]).toMatchObject({
        state: 'accepted',
        chatId: chat.id,
        recruiter: { id: third!.id },
        decidedBy: { id: second!.id },
      });
      expect(mine.waiting).toBe(0);
      const approvedMails = await mailsTo(talent.email);
      expect(approvedMails.map((m) => m.subject)).toContain(`${third!.name} approved your 1-1 chat request`);
      const confirmed = await asTalent.post(`/api/chats/${chat.id}/confirm`, {
        startsAt: slot('08:30').toISOString(),
      });
      expect(confirmed.json()).toMatchObject({ state: 'confirmed', recruiter: { id: third!.id } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toContain('companyRequests.changed');
    } finally {
      stop();
    }
  });

  it('is one per talent and company while it waits; declined with a reason by any recruiter, the talent hears why', async () => {
    const { event, recruiters, talent, asTalent, requestPath } = await companyScene();
    const request = (await asTalent.post(requestPath, {})).json();
    expect(errorOf(await asTalent.post(requestPath, {}))).toEqual({
      status: 409,
      code: 'companyQueue.already_waiting',
    });
    const asRecruiter = await loginAs(t.app, recruiters[1]!.email);
    const path = `/api/company-requests/${request.id}/decline`;
    const noReason = await asRecruiter.post(path, { message: '' });
    expect(errorOf(noReason)).toEqual({ status: 422, code: 'companyQueue.decline_reason_required' });
    expect(noReason.json().error.fields).toHaveProperty('message');
    const declined = await asRecruiter.post(path, { message: 'We only hire seniors this year.' });
    expect(declined.json()).toMatchObject({
      state: 'declined',
      declineMessage: 'We only hire seniors this year.',
      decidedBy: { id: recruiters[1]!.id },
    });
    const bell = (await asTalent.get('/api/me/notifications')).json();
    expect(bell.notifications[0]).toMatchObject({ kind: 'company_request_declined', eventId: event.id });
    const [mail] = await mailsTo(talent.email);
    expect(mail!.text).toContain('We only hire seniors this year.');
    // Answered: neither an accept nor a withdrawal changes it now.
    const asOther = await loginAs(t.app, recruiters[0]!.email);
    expect(errorOf(await asOther.post(`/api/company-requests/${request.id}/accept`, {})).status).toBe(409);
    expect(errorOf(await asTalent.post(`/api/company-requests/${request.id}/withdraw`, {}))).toEqual({
      status: 409,
      code: 'companyQueue.not_waiting',
    });
  });

  it('is withdrawn by the talent while it waits, and counts as an open request until then', async () => {
    const { event, recruiters, asTalent, requestPath } = await companyScene({
      rules: { maxOpenRequestsPerTalent: 1 },
    });
    const request = (await asTalent.post(requestPath, { message: 'Hello' })).json();
    // The waiting company request is the talent's one open request: a request to a recruiter is refused.
    const other = await buildBookableRecruiter(t.ctx.db, {
      eventId: event.id,
      eventDayId: event.days[0]!.id,
      durationMinutes: 30,
      openSlotStarts: [slot('08:00')],
    });
    const direct = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: other.id });
    expect(errorOf(direct)).toEqual({ status: 409, code: 'chats.limit_open_requests' });

    const withdrawn = await asTalent.post(`/api/company-requests/${request.id}/withdraw`, {});
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
    // Every recruiter the request went to is told, under the bell and by email.
    for (const recruiter of recruiters) {
      expect((await mailsTo(recruiter.email))[0]!.subject).toMatch(/withdrew their company request$/);
    }
    const asRecruiter = await loginAs(t.app, recruiters[0]!.email);
    const bell = (await asRecruiter.get('/api/me/notifications')).json().notifications;
    expect(bell).toContainEqual(
      expect.objectContaining({ kind: 'company_request_withdrawn', eventId: event.id }),
    );
    expect(errorOf(await asRecruiter.post(`/api/company-requests/${request.id}/accept`, {})).status).toBe(
      409,
    );
    const list = (await asRecruiter.get(`/api/events/${event.id}/company-requests`)).json();
    expect(list).toMatchObject({ waiting: 0, requests: [{ id: request.id, state: 'withdrawn' }] });
    // Withdrawn, it no longer counts: a new one may be sent.
    expect((await asTalent.post(requestPath, {})).statusCode).toBe(201);
  });

  it('keeps another company, another talent and a non-registered talent out', async () => {
    const { event, asTalent, requestPath } = await companyScene();
    const request = (await asTalent.post(requestPath, {})).json();
    const otherCompany = await buildCompany(t.ctx.db);
    const stranger = await buildBookableRecruiter(t.ctx.db, {
      eventId: event.id,
      eventDayId: event.days[0]!.id,
      companyId: otherCompany.id,
      durationMinutes: 30,
      openSlotStarts: [],
    });
    const asStranger = await loginAs(t.app, stranger.email);
    const strangersList = (await asStranger.get(`/api/events/${event.id}/company-requests`)).json();
    expect(strangersList).toEqual({ requests: [], waiting: 0 });
    for (const action of ['accept', 'decline', 'withdraw']) {
      const answer = await asStranger.post(`/api/company-requests/${request.id}/${action}`, {
        message: 'No',
      });
      expect(errorOf(answer)).toEqual({ status: 404, code: 'companyQueue.not_found' });
    }
    const otherTalent = await stage.talentAtEvent(event.id);
    const asOtherTalent = await sessionClient(t.app, t.ctx, otherTalent.id);
    expect((await asOtherTalent.post(`/api/company-requests/${request.id}/withdraw`, {})).statusCode).toBe(
      404,
    );
    const outsider = await stage.talentAtEvent(stage.scene.event.id);
    const asOutsider = await sessionClient(t.app, t.ctx, outsider.id);
    expect((await asOutsider.post(requestPath, {})).statusCode).toBe(404);
    // A company not at the event.
    const absent = await asTalent.post(`/api/events/${event.id}/companies/${otherCompany.id}x/requests`, {});
    expect(absent.statusCode).toBe(400);
    const notAttending = await buildCompany(t.ctx.db);
    const refused = await asTalent.post(`/api/events/${event.id}/companies/${notAttending.id}/requests`, {});
    expect(errorOf(refused)).toEqual({ status: 409, code: 'companyQueue.company_unavailable' });
  });

  // Concurrent accepts are settled by the database's row lock: on PostgreSQL the transactions really overlap.
  it('lets exactly one of several simultaneous accepts win; the others hear it was taken', async () => {
    const { event, recruiters, talent, asTalent, requestPath } = await companyScene();
    const more = [];
    for (let i = 0; i < 5; i++) {
      more.push(
        await buildBookableRecruiter(t.ctx.db, {
          eventId: event.id,
          eventDayId: event.days[0]!.id,
          companyId: recruiters[0]!.companyId!,
          durationMinutes: 30,
          openSlotStarts: [slot('10:00')],
        }),
      );
    }
    const request = (await asTalent.post(requestPath, { message: 'Anyone?' })).json();
    const clients = await Promise.all([...recruiters, ...more].map((r) => sessionClient(t.app, t.ctx, r.id)));
    const answers = await Promise.all(
      clients.map((client) => client.post(`/api/company-requests/${request.id}/accept`, {})),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(clients.length - 1);
    for (const answer of answers.filter((a) => a.statusCode === 409))
      expect(answer.json().error.code).toBe('companyQueue.already_taken');
    const chats = await t.ctx.db.query.chats.findMany({ where: (c, { eq }) => eq(c.talentId, talent.id) });
    expect(chats).toHaveLength(1);
    expect(chats[0]!.state).toBe('in_scheduling');
  });
});

describe('company requests and blocks', () => {
  it('never reach a recruiter blocked either way with the talent; the colleagues are told and may accept', async () => {
    const { event, recruiters, talent, asTalent, requestPath } = await companyScene();
    const [blocker, blockedByTalent, colleague] = recruiters;
    const asBlocker = await loginAs(t.app, blocker!.email);
    expect((await asBlocker.put(`/api/events/${event.id}/blocks/${talent.id}`)).statusCode).toBe(204);
    expect((await asTalent.put(`/api/events/${event.id}/blocks/${blockedByTalent!.id}`)).statusCode).toBe(
      204,
    );

    const sent = await asTalent.post(requestPath, { message: 'Hello' });
    expect(sent.statusCode).toBe(201);
    expect(await mailsTo(blocker!.email)).toEqual([]);
    expect(await mailsTo(blockedByTalent!.email)).toEqual([]);
    expect((await mailsTo(colleague!.email)).map((m) => m.subject)).toEqual([
      `New company request from ${talent.name}`,
    ]);
    // The company's list still shows it to everyone; a blocked recruiter cannot take it, a colleague can.
    const request = sent.json();
    const refused = await asBlocker.post(`/api/company-requests/${request.id}/accept`, {});
    expect(errorOf(refused)).toEqual({ status: 409, code: 'safety.blocked_by_you' });
    const asColleague = await loginAs(t.app, colleague!.email);
    const accepted = await asColleague.post(`/api/company-requests/${request.id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
  });

  it('find the company unavailable when every recruiter is blocked either way', async () => {
    const { event, recruiters, talent, asTalent, requestPath } = await companyScene({
      slots: [[slot('08:00')]],
    });
    const asOnly = await loginAs(t.app, recruiters[0]!.email);
    await asOnly.put(`/api/events/${event.id}/blocks/${talent.id}`);
    expect(errorOf(await asTalent.post(requestPath, {}))).toEqual({
      status: 409,
      code: 'companyQueue.company_unavailable',
    });
  });

  it("books a colleague's slot, never the blocked recruiter's, at a direct-booking company", async () => {
    const { event, company, recruiters, talent, asTalent } = await companyScene({
      bookingMode: 'direct',
      slots: [[slot('08:00')], [slot('09:00')]],
    });
    await (await loginAs(t.app, recruiters[0]!.email)).put(`/api/events/${event.id}/blocks/${talent.id}`);
    const base = `/api/events/${event.id}/companies/${company.id}`;
    expect((await asTalent.get(`${base}/next-slot`)).json()).toMatchObject({
      startsAt: slot('09:00').toISOString(),
      recruiter: { id: recruiters[1]!.id },
    });
    const booked = await asTalent.post(`${base}/book`, {});
    expect(booked.json()).toMatchObject({ recruiter: { id: recruiters[1]!.id } });
  });
});

describe('company booking (direct)', () => {
  it("books the company's earliest free slot, after showing which one it will be", async () => {
    const { event, company, recruiters, talent, asTalent } = await companyScene({
      bookingMode: 'direct',
      slots: [[slot('09:00'), slot('10:00')], [slot('08:30')], [slot('08:30'), slot('09:30')]],
    });
    const base = `/api/events/${event.id}/companies/${company.id}`;
    const next = (await asTalent.get(`${base}/next-slot`)).json();
    // Two recruiters share the earliest time: the list is by name, and the first of them is shown.
    expect(next.startsAt).toBe(slot('08:30').toISOString());
    expect([recruiters[1]!.id, recruiters[2]!.id]).toContain(next.recruiter.id);
    expect(next.timeZone).toBe('Europe/Berlin');
    const booked = await asTalent.post(`${base}/book`, {});
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({
      state: 'confirmed',
      startsAt: slot('08:30').toISOString(),
      recruiter: { id: next.recruiter.id },
      talent: { id: talent.id },
    });
    // A request is the wrong way to this company, and says so.
    const request = await asTalent.post(`${base}/requests`, {});
    expect(errorOf(request)).toEqual({ status: 409, code: 'companyQueue.book_instead' });
  });

  it('skips a slot a fair-use rule refuses and books the next one', async () => {
    const { event, company, recruiters, asTalent } = await companyScene({
      bookingMode: 'direct',
      rules: { maxChatsPerRecruiterPerDay: 1 },
      slots: [[slot('08:00'), slot('08:30')], [slot('09:30')]],
    });
    // The first recruiter's day is full by the event's rule: their 08:30 is refused, the colleague's 09:30 is next.
    const other = await stage.talentAtEvent(event.id);
    await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: other.id,
      recruiterId: recruiters[0]!.id,
      state: 'confirmed',
      booked: { eventDayId: event.days[0]!.id, startsAt: slot('08:00'), endsAt: slot('08:30') },
    });
    const base = `/api/events/${event.id}/companies/${company.id}`;
    const booked = await asTalent.post(`${base}/book`, {});
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({
      startsAt: slot('09:30').toISOString(),
      recruiter: { id: recruiters[1]!.id },
    });
    // Nothing else is free for this talent now.
    expect(errorOf(await asTalent.get(`${base}/next-slot`))).toEqual({
      status: 409,
      code: 'companyQueue.no_free_slot',
    });
  });

  it('at an approval event, sends the talent to a request instead', async () => {
    const { event, company, asTalent } = await companyScene();
    const answer = await asTalent.post(`/api/events/${event.id}/companies/${company.id}/book`, {});
    expect(errorOf(answer)).toEqual({ status: 409, code: 'companyQueue.request_instead' });
  });
});
