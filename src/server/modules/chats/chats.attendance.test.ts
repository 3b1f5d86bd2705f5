import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { events } from '../events/events.table.js';
import { markDueNoShows } from './chats.attendance.js';
import { type FreedTime, onTimeFreed } from './chats.time-freed.js';

// The scene's booked chats run 08:00–08:30 UTC on 2030-03-04.
const BEFORE = new Date('2030-03-04T07:00:00Z');
const t = withTestApp({ now: BEFORE });
const stage = withChatScene(t);
const { scene, slot, mailsTo } = stage;

afterEach(() => t.clock.set(BEFORE));

/** A booked chat at an event of its own (so its settings are the test's), both sides signed in. */
async function bookedChat(settings: Partial<typeof events.$inferInsert> = {}) {
  const { talent, recruiter, chat } = await stage.bookedChat({ inPerson: true });
  if (Object.keys(settings).length > 0)
    await t.ctx.db.update(events).set(settings).where(eq(events.id, chat.eventId));
  return {
    talent,
    recruiter,
    chat,
    asTalent: await loginAs(t.app, talent.email),
    asRecruiter: await loginAs(t.app, recruiter.email),
  };
}

describe("I'm here", () => {
  it('opens 10 minutes before the start, counts once per side and closes at the end', async () => {
    const { chat, asTalent, asRecruiter } = await bookedChat();
    t.clock.set('2030-03-04T07:49:59Z');
    const early = await asTalent.post(`/api/chats/${chat.id}/check-in`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('chats.check_in_not_open');

    t.clock.set('2030-03-04T07:50:00Z');
    const first = await asTalent.post(`/api/chats/${chat.id}/check-in`);
    expect(first.statusCode).toBe(200);
    expect(first.json().attendance.talent).toMatchObject({ at: '2030-03-04T07:50:00.000Z' });
    expect(first.json().attendance.recruiter).toBeNull();

    t.clock.set('2030-03-04T07:55:00Z');
    const again = await asTalent.post(`/api/chats/${chat.id}/check-in`);
    expect(again.statusCode).toBe(200);
    // The first check-in stands.
    expect(again.json().attendance.talent.at).toBe('2030-03-04T07:50:00.000Z');

    const seen = (await asRecruiter.get(`/api/chats/${chat.id}`)).json();
    expect(seen.attendance.talent.at).toBe('2030-03-04T07:50:00.000Z');

    t.clock.set('2030-03-04T08:30:00Z');
    const late = await asRecruiter.post(`/api/chats/${chat.id}/check-in`);
    expect(late.json().error.code).toBe('chats.check_in_closed');
  });

  it("counts a colleague's check-in for the recruiter's side, and lets nobody else in", async () => {
    const { chat, recruiter } = await bookedChat();
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: scene.companyId });
    const asColleague = await loginAs(t.app, colleague.email);
    const stranger = await buildUser(t.ctx.db, { role: 'recruiter' });
    t.clock.set('2030-03-04T08:00:00Z');
    const byColleague = await asColleague.post(`/api/chats/${chat.id}/check-in`);
    expect(byColleague.json().attendance.recruiter.by).toEqual({ id: colleague.id, name: colleague.name });
    expect(byColleague.json().recruiter.id).toBe(recruiter.id);
    const byStranger = await (await loginAs(t.app, stranger.email)).post(`/api/chats/${chat.id}/check-in`);
    expect(byStranger.statusCode).toBe(404);
  });
});

describe('running late', () => {
  it('lets the talent say 5 or 10 minutes, which the recruiter reads, and nobody else', async () => {
    const { chat, asTalent, asRecruiter } = await bookedChat();
    t.clock.set('2030-03-04T07:58:00Z');
    const said = await asTalent.post(`/api/chats/${chat.id}/running-late`, { minutes: 5 });
    expect(said.statusCode).toBe(200);
    expect((await asRecruiter.get(`/api/chats/${chat.id}`)).json().attendance.runningLateMinutes).toBe(5);
    const bell = (await asRecruiter.get('/api/me/notifications')).json();
    expect(bell.notifications[0]).toMatchObject({
      kind: 'chat_running_late',
      chatId: chat.id,
      params: { minutes: 5 },
    });
    const odd = await asTalent.post(`/api/chats/${chat.id}/running-late`, { minutes: 7 });
    expect(odd.statusCode).toBe(400);
    const byRecruiter = await asRecruiter.post(`/api/chats/${chat.id}/running-late`, { minutes: 10 });
    expect(byRecruiter.json().error.code).toBe('chats.not_your_turn');
  });
});

describe('no-shows', () => {
  it('refuses a mark before the start plus the event minutes, by the talent, and after a check-in', async () => {
    const { chat, asTalent, asRecruiter } = await bookedChat({ noShowAfterMinutes: 10 });
    t.clock.set('2030-03-04T08:09:59Z');
    const early = await asRecruiter.post(`/api/chats/${chat.id}/no-show`);
    expect(early.json().error.code).toBe('chats.no_show_too_early');
    t.clock.set('2030-03-04T08:10:00Z');
    const byTalent = await asTalent.post(`/api/chats/${chat.id}/no-show`);
    expect(byTalent.statusCode).toBe(403);

    const other = await bookedChat();
    t.clock.set('2030-03-04T08:01:00Z');
    await other.asTalent.post(`/api/chats/${other.chat.id}/check-in`);
    t.clock.set('2030-03-04T08:06:00Z');
    const checkedIn = await other.asRecruiter.post(`/api/chats/${other.chat.id}/no-show`);
    expect(checkedIn.json().error.code).toBe('chats.no_show_checked_in');
  });

  it('lets a colleague mark it: the chat ends as a no-show, its time is freed and the talent is told', async () => {
    const { chat, talent, recruiter } = await bookedChat();
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: scene.companyId });
    const asColleague = await loginAs(t.app, colleague.email);
    const freed: FreedTime[] = [];
    const stop = onTimeFreed(t.ctx, async (_ctx, time) => {
      freed.push(time);
    });
    try {
      t.clock.set('2030-03-04T08:05:00Z');
      const marked = await asColleague.post(`/api/chats/${chat.id}/no-show`);
      expect(marked.statusCode).toBe(200);
      expect(marked.json()).toMatchObject({ state: 'no_show', tab: 'completed' });
      expect(marked.json().history.at(-1)).toMatchObject({ kind: 'no_show', side: 'recruiter' });
      expect(freed).toEqual([
        expect.objectContaining({ chatId: chat.id, recruiterId: recruiter.id, startsAt: slot('08:00') }),
      ]);
      const mails = await mailsTo(talent.email);
      expect(mails.map((mail) => mail.subject)).toContain(`Missed 1-1 chat with ${recruiter.name}`);
      const again = await asColleague.post(`/api/chats/${chat.id}/no-show`);
      expect(again.json().error.code).toBe('chats.wrong_state');
    } finally {
      stop();
    }
  });

  it('is marked by the clock where the organizer lets it, and only there', async () => {
    const auto = await bookedChat({ autoMarkNoShows: true });
    const manual = await bookedChat();
    const came = await bookedChat({ autoMarkNoShows: true });
    t.clock.set('2030-03-04T08:00:00Z');
    await came.asTalent.post(`/api/chats/${came.chat.id}/check-in`);
    t.clock.set('2030-03-04T08:04:59Z');
    await markDueNoShows({ ctx: t.ctx });
    expect((await auto.asTalent.get(`/api/chats/${auto.chat.id}`)).json().state).toBe('confirmed');
    t.clock.set('2030-03-04T08:05:00Z');
    await markDueNoShows({ ctx: t.ctx });
    const marked = (await auto.asTalent.get(`/api/chats/${auto.chat.id}`)).json();
    expect(marked.state).toBe('no_show');
    expect(marked.history.at(-1)).toMatchObject({ kind: 'no_show', actor: null });
    expect((await manual.asTalent.get(`/api/chats/${manual.chat.id}`)).json().state).toBe('confirmed');
    expect((await came.asTalent.get(`/api/chats/${came.chat.id}`)).json().state).toBe('confirmed');
  });

  it("stops a talent at the event's no-show limit from requesting and booking, and shows the organizer who", async () => {
    const { chat, talent, asTalent, asRecruiter } = await bookedChat({ noShowLimit: 1 });
    t.clock.set('2030-03-04T08:05:00Z');
    expect((await asRecruiter.post(`/api/chats/${chat.id}/no-show`)).statusCode).toBe(200);
    const another = await stage.bookableRecruiter({
      eventId: chat.eventId,
      eventDayId: (await asTalent.get(`/api/chats/${chat.id}`)).json().day.id,
      openSlotStarts: [slot('10:00')],
    });
    const request = await asTalent.post(`/api/events/${chat.eventId}/chats`, { recruiterId: another.id });
    expect(request.statusCode).toBe(409);
    expect(request.json().error).toMatchObject({
      code: 'chats.no_show_limit',
      message: expect.stringContaining('no-shows'),
    });

    const [event] = await t.ctx.db.select().from(events).where(eq(events.id, chat.eventId));
    const [organizer] = await t.ctx.db.select().from(users).where(eq(users.id, event!.organizerId));
    const asOrganizer = await loginAs(t.app, organizer!.email);
    const list = (await asOrganizer.get(`/api/events/${chat.eventId}/no-shows`)).json();
    expect(list.noShows).toEqual([
      expect.objectContaining({ chatId: chat.id, talent: { id: talent.id, name: talent.name } }),
    ]);
    expect((await asTalent.get(`/api/events/${chat.eventId}/no-shows`)).statusCode).toBe(403);
  });
});
