import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildCompany, buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { openStay } from './rooms.repository.js';
import { roomMessages } from './rooms.table.js';

const t = withTestApp({ now: new Date('2030-03-04T07:00:00Z') });
const stage = withChatScene(t);

/** A chat confirmed for 08:00–08:30 UTC, with its talent, recruiter and a colleague of the recruiter. */
async function bookedChat() {
  const { talent, recruiter, chat } = await stage.bookedChat();
  const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: stage.scene.companyId });
  return {
    chat,
    talent: await loginAs(t.app, talent.email),
    recruiter: await loginAs(t.app, recruiter.email),
    colleague: await loginAs(t.app, colleague.email),
    ids: { talent: talent.id, recruiter: recruiter.id, colleague: colleague.id },
  };
}

describe('GET /api/chats/:chatId/room', () => {
  it('tells the talent and the whole recruiting team when the room opens, and nobody else', async () => {
    t.clock.set('2030-03-04T07:00:00Z');
    const { chat, talent, recruiter, colleague } = await bookedChat();
    for (const client of [talent, recruiter, colleague]) {
      const response = await client.get(`/api/chats/${chat.id}/room`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'waiting',
        opensAt: '2030-03-04T07:50:00.000Z',
        closesAt: '2030-03-04T08:30:00.000Z',
        iceServers: [],
        present: [],
        chat: { id: chat.id, state: 'confirmed' },
      });
    }
    const otherCompany = await buildCompany(t.ctx.db, { name: 'Globex' });
    const outsiders = [
      await buildUser(t.ctx.db, { role: 'recruiter', companyId: otherCompany.id }),
      await buildUser(t.ctx.db, { role: 'talent' }),
      await buildUser(t.ctx.db, { role: 'organizer' }),
    ];
    for (const outsider of outsiders) {
      const response = await (await loginAs(t.app, outsider.email)).get(`/api/chats/${chat.id}/room`);
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toEqual({
        code: 'rooms.forbidden',
        message: 'Only the talent and the recruiters of the company can enter this 1-1 chat.',
      });
    }
  });

  it('opens ten minutes before the start, ends with the chat, and shows who is in it', async () => {
    const { chat, talent, ids } = await bookedChat();
    t.clock.set('2030-03-04T07:50:00Z');
    await openStay(t.ctx.db, { chatId: chat.id, userId: ids.recruiter, at: t.clock.now });
    const open = (await talent.get(`/api/chats/${chat.id}/room`)).json();
    expect(open.status).toBe('open');
    expect(open.present).toEqual([{ userId: ids.recruiter, name: expect.any(String) }]);
    t.clock.set('2030-03-04T08:30:00Z');
    expect((await talent.get(`/api/chats/${chat.id}/room`)).json().status).toBe('ended');
  });

  it('has no room for a chat without a confirmed time', async () => {
    const { talent, chat } = await stage.chatInState('in_scheduling');
    const response = await (await loginAs(t.app, talent.email)).get(`/api/chats/${chat.id}/room`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('rooms.not_booked');
  });
});

describe('an in-person chat', () => {
  it('has no room: neither its details with ICE servers nor its chat open, even while it is under way', async () => {
    t.clock.set('2030-03-04T08:05:00Z');
    const { chat, ...people } = await stage.bookedChat({ inPerson: true });
    const talent = await loginAs(t.app, people.talent.email);
    const recruiter = await loginAs(t.app, people.recruiter.email);
    for (const client of [talent, recruiter]) {
      const room = await client.get(`/api/chats/${chat.id}/room`);
      expect(room.statusCode).toBe(409);
      expect(room.json().error).toEqual({
        code: 'rooms.in_person',
        message:
          'This 1-1 chat is in person, so it has no video room: meet at the company’s booth at the chat’s time.',
      });
      expect(room.json()).not.toHaveProperty('iceServers');
      const message = await client.post(`/api/chats/${chat.id}/room/messages`, { body: 'Hello?' });
      expect(message.json().error.code).toBe('rooms.in_person');
    }
    // The chat itself says where to meet.
    expect((await talent.get(`/api/chats/${chat.id}`)).json()).toMatchObject({
      day: { mode: 'in_person' },
      location: 'Acme Robotics, Booth 7',
    });
  });
});

describe('room text chat', () => {
  it('takes messages while the room is open, keeps them in order, and is read-only before and after', async () => {
    const { chat, talent, recruiter, colleague } = await bookedChat();
    const url = `/api/chats/${chat.id}/room/messages`;
    t.clock.set('2030-03-04T07:49:00Z');
    const early = await talent.post(url, { body: 'Hello?' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('rooms.not_open');

    t.clock.set('2030-03-04T07:55:00Z');
    expect((await talent.post(url, { body: '  Hello, can you hear me?  ' })).statusCode).toBe(201);
    t.clock.advance(1000);
    const reply = await colleague.post(url, { body: 'Yes! I am joining for Alex.' });
    expect(reply.json()).toMatchObject({
      body: 'Yes! I am joining for Alex.',
      author: { role: 'recruiter' },
    });

    const empty = await recruiter.post(url, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('Write a message first.');

    t.clock.set('2030-03-04T08:30:00Z');
    const late = await recruiter.post(url, { body: 'Thanks!' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('rooms.ended');

    const { messages } = (await recruiter.get(url)).json();
    expect(messages.map((m: { body: string }) => m.body)).toEqual([
      'Hello, can you hear me?',
      'Yes! I am joining for Alex.',
    ]);
  });

  it('comes a page at a time, newest first, and the cursor walks back through every message once', async () => {
    const { chat, talent, ids } = await bookedChat();
    const start = new Date('2030-03-04T07:50:00Z').getTime();
    // Three messages share each instant: the order must not depend on times alone.
    const stored = Array.from({ length: 600 }, (_, i) => ({
      chatId: chat.id,
      authorId: i % 2 ? ids.talent : ids.recruiter,
      body: `message ${i}`,
      createdAt: new Date(start + Math.floor(i / 3) * 1000),
    }));
    await t.ctx.db.insert(roomMessages).values(stored);

    const url = `/api/chats/${chat.id}/room/messages`;
    const seen: string[] = [];
    const messageIds: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const response = await talent.get(before ? `${url}?before=${before}` : url);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { messages: { id: string; body: string }[]; nextBefore: string | null };
      expect(page.messages.length).toBeLessThanOrEqual(50);
      seen.unshift(...page.messages.map((m) => m.body));
      messageIds.unshift(...page.messages.map((m) => m.id));
      before = page.nextBefore;
      pages++;
    } while (before);
    expect(pages).toBe(12);
    expect(new Set(messageIds).size).toBe(600);
    // Oldest first, tied instants included, with no gap and no duplicate.
    expect(new Set(seen.slice(0, 3))).toEqual(new Set(['message 0', 'message 1', 'message 2']));
    expect(new Set(seen)).toEqual(new Set(stored.map((m) => m.body)));
    expect(seen.at(-1)).toMatch(/^message 59[789]$/);

    const small = (await talent.get(`${url}?limit=7`)).json();
    expect(small.messages).toHaveLength(7);
    const tooMany = await talent.get(`${url}?limit=101`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields.limit).toBe('Ask for 1 to 100 messages at a time.');
  });

  it('refuses a cursor from another chat, beside the field', async () => {
    const first = await bookedChat();
    const second = await stage.bookedChat();
    t.clock.set('2030-03-04T07:55:00Z');
    const elsewhere = (
      await (
        await loginAs(t.app, second.talent.email)
      ).post(`/api/chats/${second.chat.id}/room/messages`, {
        body: 'Hi',
      })
    ).json();
    const response = await first.talent.get(
      `/api/chats/${first.chat.id}/room/messages?before=${elsewhere.id}`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'rooms.unknown_message',
      message: 'This message is not in the chat of this room.',
      fields: { before: 'This message is not in the chat of this room.' },
    });
  });

  it('limits how fast one person writes, counted in the database, without limiting the others', async () => {
    const { chat, talent, recruiter } = await bookedChat();
    const url = `/api/chats/${chat.id}/room/messages`;
    t.clock.set('2030-03-04T08:00:00Z');
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => talent.post(url, { body: `burst ${i}` })),
    );
    const accepted = burst.filter((response) => response.statusCode === 201);
    const refused = burst.filter((response) => response.statusCode === 429);
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(20);
    expect(refused[0]!.json().error).toEqual({
      code: 'rooms.too_fast',
      message: 'You are sending messages too fast; wait a few seconds.',
    });
    expect(refused[0]!.headers['retry-after']).toBe('10');
    const { messages } = (await talent.get(url)).json();
    expect(messages).toHaveLength(10);

    // The recruiter in the same room is not held back by the talent's burst.
    expect((await recruiter.post(url, { body: 'Slow down, I am here.' })).statusCode).toBe(201);

    // Once the burst's window has passed, the talent writes again.
    t.clock.advance(10_000);
    expect((await talent.post(url, { body: 'Sorry about that.' })).statusCode).toBe(201);
  });

  it('is kept from outsiders', async () => {
    const { chat } = await bookedChat();
    const stranger = await loginAs(t.app, (await buildUser(t.ctx.db, { role: 'talent' })).email);
    t.clock.set('2030-03-04T08:00:00Z');
    expect((await stranger.get(`/api/chats/${chat.id}/room/messages`)).statusCode).toBe(403);
    expect((await stranger.post(`/api/chats/${chat.id}/room/messages`, { body: 'hi' })).statusCode).toBe(403);
    expect((await stranger.get(`/api/chats/${chat.id}/room/attendance`)).statusCode).toBe(403);
  });
});
