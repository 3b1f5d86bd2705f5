import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { withTestApp } from '../../test/test-app.js';
import { startClock } from '../../infra/clock.js';
import { clockJobs } from '../../jobs.js';
import { completeEndedChats } from './chats.clock.js';

const BEFORE = new Date('2030-03-01T12:00:00Z');
const t = withTestApp({ now: BEFORE });
const stage = withChatScene(t);
const { scene, slot, mailsTo } = stage;
/** A chat of a new talent and a new recruiter of Acme, booked at `hhmm` UTC for 30 minutes. */
const confirmedChat = (hhmm: string) => stage.confirmedChat({ startsAt: slot(hhmm) });

afterEach(() => t.clock.set(BEFORE));

describe('completing chats whose end has passed', () => {
  it('completes a confirmed chat once it has ended, telling both lists, and frees the pair for a new chat', async () => {
    const { recruiter, talent, chat, asTalent, asRecruiter } = await confirmedChat('08:00');
    const received: string[] = [];
    const topics = [`user:${talent.id}`, `company:${scene.companyId}:event:${scene.event.id}`] as const;
    // The confirmation's own messages may still be on their way (NOTIFY): count only what follows a barrier.
    const barrier = randomUUID();
    const barriersSeen = new Set<string>();
    const stops = topics.map((topic) =>
      t.ctx.live.subscribe(topic, (message) => {
        if (message.type !== 'chats.changed') return;
        if (message.chatId === barrier) barriersSeen.add(topic);
        else if (message.chatId === chat.id && barriersSeen.has(topic)) received.push(topic);
      }),
    );
    await t.ctx.live.publish(topics, { type: 'chats.changed', eventId: scene.event.id, chatId: barrier });
    await expect.poll(() => barriersSeen.size, { timeout: 5000 }).toBe(topics.length);
    try {
      t.clock.set('2030-03-04T08:29:59Z');
      await completeEndedChats({ ctx: t.ctx });
      expect((await asTalent.get(`/api/chats/${chat.id}`)).json().state).toBe('confirmed');
      const tooEarly = await asTalent.post(`/api/events/${scene.event.id}/chats`, {
        recruiterId: recruiter.id,
      });
      expect(tooEarly.json().error.code).toBe('chats.already_open');

      t.clock.set('2030-03-04T08:30:00Z');
      await completeEndedChats({ ctx: t.ctx });
      expect((await asTalent.get(`/api/chats/${chat.id}`)).json()).toMatchObject({
        state: 'completed',
        tab: 'completed',
      });
      await expect.poll(() => received.slice().sort(), { timeout: 2000 }).toEqual(topics.slice().sort());

      // The recruiter's calendar still shows who had the slot.
      const grid = (
        await asRecruiter.get(`/api/events/${scene.event.id}/recruiters/${recruiter.id}/availability`)
      ).json();
      const booked = grid.days[0].slots.find(
        (s: { startsAt: string }) => s.startsAt === slot('08:00').toISOString(),
      );
      expect(booked).toMatchObject({
        status: 'booked',
        bookedWith: { chatId: chat.id, talentName: talent.name },
      });

      const again = await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id });
      expect(again.statusCode).toBe(201);
      // Completed is the end of the road: the old chat cannot be moved on.
      const revived = await asTalent.post(`/api/chats/${chat.id}/cancel`);
      expect(revived.json().error.code).toBe('chats.wrong_state');
    } finally {
      for (const stop of stops) stop();
    }
  });

  it('completes each ended chat once when several processes sweep at the same moment, and no other', async () => {
    const ended = [await confirmedChat('08:00'), await confirmedChat('08:30')];
    const underWay = await confirmedChat('09:00');
    t.clock.set('2030-03-04T09:15:00Z');
    const counts = await Promise.all([1, 2, 3].map(() => completeEndedChats({ ctx: t.ctx })));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ended.length);
    for (const { chat, asTalent } of ended)
      expect((await asTalent.get(`/api/chats/${chat.id}`)).json().state).toBe('completed');
    expect((await underWay.asTalent.get(`/api/chats/${underWay.chat.id}`)).json().state).toBe('confirmed');
  });
});

describe('the chat clock', () => {
  it('runs a round at start, then on its interval, and stops after the round under way', async () => {
    const { talent, chat, asTalent } = await confirmedChat('09:00');
    const errors: unknown[] = [];
    t.clock.set('2030-03-04T08:15:00Z');
    const first = startClock({
      ctx: t.ctx,
      jobs: clockJobs,
      onError: (error) => errors.push(error),
      intervalMs: 60_000,
    });
    await first.stop();
    const reminders = await mailsTo(talent.email);
    expect(reminders[0]?.subject).toMatch(/^Reminder: 1-1 chat with /);

    const second = startClock({
      ctx: t.ctx,
      jobs: clockJobs,
      onError: (error) => errors.push(error),
      intervalMs: 20,
    });
    try {
      t.clock.set('2030-03-04T09:30:00Z');
      await expect
        .poll(async () => (await asTalent.get(`/api/chats/${chat.id}`)).json().state, { timeout: 3000 })
        .toBe('completed');
    } finally {
      await second.stop();
    }
    expect(errors).toEqual([]);
  });
});
