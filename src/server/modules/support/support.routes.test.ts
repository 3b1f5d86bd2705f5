import { beforeAll, describe, expect, it } from 'vitest';
import { type LiveServerMessage, liveTopics } from '../../../shared/schemas/live.schemas.js';
import type {
  SupportConversation,
  SupportConversationSummary,
} from '../../../shared/schemas/support.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildEvent, buildUser } from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { supportMessages } from './support.table.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const { scene, slot, talentAtEvent, bookableRecruiter } = withChatScene(t);

let agent: Client;
let agentId: string;
beforeAll(async () => {
  const user = await buildUser(t.ctx.db, { role: 'support', name: 'Sky Support' });
  agentId = user.id;
  agent = await loginAs(t.app, user.email);
});

const minutes = (n: number) => n * 60_000;

async function loggedInTalent() {
  const user = await talentAtEvent();
  return { user, client: await loginAs(t.app, user.email) };
}

async function write(client: Client, body: Record<string, unknown>) {
  const response = await client.post('/api/support/messages', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SupportConversation;
}

async function listed(query = ''): Promise<SupportConversationSummary[]> {
  const response = await agent.get(`/api/support/conversations${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().conversations;
}

/** A chat of the talent with a recruiter of Acme Robotics, booked at 09:00 Berlin on the scene's day. */
async function confirmedChat(talent: { user: { id: string }; client: Client }) {
  const recruiter = await bookableRecruiter();
  const chat = await buildChat(t.ctx.db, {
    eventId: scene.event.id,
    talentId: talent.user.id,
    recruiterId: recruiter.id,
    state: 'in_scheduling',
  });
  const booked = await talent.client.post(`/api/chats/${chat.id}/confirm`, {
    startsAt: slot('08:00').toISOString(),
  });
  expect(booked.statusCode, booked.body).toBe(200);
  return { chat, recruiter };
}

describe('who may use support', () => {
  it('asks an anonymous visitor to log in', async () => {
    const response = await anonymous(t.app).get('/api/support/conversation');
    expect(response.statusCode).toBe(401);
  });

  it('lets talents and recruiters write, but not organizers or agents', async () => {
    const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
    for (const client of [await loginAs(t.app, organizer.email), agent]) {
      const response = await client.post('/api/support/messages', { body: 'Hello?' });
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'support.askers_only',
        message: 'Only talents and recruiters write to technical support.',
      });
    }
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter' });
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asRecruiter.post('/api/support/messages', { body: 'My camera is black' })).statusCode).toBe(
      201,
    );
  });

  it("keeps the agents' list and other people's conversations from talents", async () => {
    const someone = await loggedInTalent();
    const conversation = await write(someone.client, { body: 'I cannot hear anyone' });
    const other = await loggedInTalent();
    for (const url of ['/api/support/conversations', `/api/support/conversations/${conversation.id}`]) {
      const response = await other.client.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('support.agents_only');
    }
    const replied = await other.client.post(`/api/support/conversations/${conversation.id}/replies`, {
      body: 'Sneaky',
    });
    expect(replied.statusCode).toBe(403);
    // Their own conversation is theirs alone: the other talent has none yet.
    expect((await other.client.get('/api/support/conversation')).json()).toEqual({ conversation: null });

    const seen = await agent.get(`/api/support/conversations/${conversation.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().messages.map((m: { body: string }) => m.body)).toEqual(['I cannot hear anyone']);
  });
});

describe('a conversation with support', () => {
  it('opens with the first message and continues with the next, waiting since the first', async () => {
    const talent = await loggedInTalent();
    const first = await write(talent.client, { body: 'My microphone does not work' });
    expect(first).toMatchObject({
      status: 'open',
      asker: { id: talent.user.id, name: talent.user.name, role: 'talent', company: null },
      event: null,
      chat: null,
      waitingSince: t.clock.now.toISOString(),
      closedAt: null,
    });
    const firstAt = t.clock.now.toISOString();

    t.clock.advance(minutes(2));
    const second = await write(talent.client, { body: 'Still nothing' });
    expect(second.id).toBe(first.id);
    expect(second.waitingSince).toBe(firstAt);
    expect(second.messages.map((m) => [m.fromSupport, m.body])).toEqual([
      [false, 'My microphone does not work'],
      [false, 'Still nothing'],
    ]);

    const mine = (await talent.client.get('/api/support/conversation')).json().conversation;
    expect(mine).toMatchObject({ id: first.id, messages: [{}, {}] });
  });

  it('shows agents who asks, from which event and chat, waiting the longest first', async () => {
    const longWaiting = await loggedInTalent();
    const { chat, recruiter } = await confirmedChat(longWaiting);
    t.clock.advance(minutes(1));
    const olderAt = t.clock.now.toISOString();
    await write(longWaiting.client, { body: 'Video freezes', chatId: chat.id });

    t.clock.advance(minutes(5));
    const asRecruiter = await loginAs(t.app, recruiter.email);
    await write(asRecruiter, { body: 'The talent cannot see me', eventId: scene.event.id });

    const open = await listed('?status=open');
    const ours = open.filter((c) => [longWaiting.user.id, recruiter.id].includes(c.asker.id));
    expect(ours.map((c) => c.asker.id)).toEqual([longWaiting.user.id, recruiter.id]);
    expect(ours[0]).toMatchObject({
      waitingSince: olderAt,
      event: { id: scene.event.id, name: scene.event.name, timeZone: 'Europe/Berlin' },
      chat: {
        id: chat.id,
        talent: { id: longWaiting.user.id },
        recruiter: { id: recruiter.id, name: recruiter.name },
        company: 'Acme Robotics',
        startsAt: slot('08:00').toISOString(),
        endsAt: slot('08:30').toISOString(),
      },
      lastMessage: { body: 'Video freezes', fromSupport: false },
    });
    expect(ours[1]).toMatchObject({
      asker: { role: 'recruiter', company: 'Acme Robotics' },
      event: { id: scene.event.id },
      chat: null,
    });
    // The longest waiting first, and everyone waiting before anyone already answered ('~' sorts after digits).
    const waiting = open.map((c) => c.waitingSince ?? '~');
    expect(waiting).toEqual([...waiting].sort());
  });

  it('filters by event', async () => {
    const elsewhere = await buildEvent(t.ctx.db);
    const talent = await loggedInTalent();
    await write(talent.client, { body: 'At the fair', eventId: scene.event.id });
    const atFair = await listed(`?eventId=${scene.event.id}`);
    expect(atFair.map((c) => c.asker.id)).toContain(talent.user.id);
    expect(atFair.every((c) => c.event?.id === scene.event.id)).toBe(true);
    expect(await listed(`?eventId=${elsewhere.id}`)).toEqual([]);
  });

  it('stops the waiting with a reply, and starts it again with the next message', async () => {
    const talent = await loggedInTalent();
    const asked = await write(talent.client, { body: 'Which browser should I use?' });
    t.clock.advance(minutes(3));
    const replied = await agent.post(`/api/support/conversations/${asked.id}/replies`, {
      body: 'Chrome or Firefox work best.',
    });
    expect(replied.statusCode, replied.body).toBe(201);
    expect(replied.json()).toMatchObject({ waitingSince: null, status: 'open' });

    const seen = (await talent.client.get('/api/support/conversation')).json().conversation;
    expect(seen.messages.map((m: { fromSupport: boolean; author: { id: string } }) => m.fromSupport)).toEqual(
      [false, true],
    );
    expect(seen.messages[1].author).toEqual({ id: agentId, name: 'Sky Support' });

    t.clock.advance(minutes(1));
    const again = await write(talent.client, { body: 'Thanks, and the camera?' });
    expect(again.waitingSince).toBe(t.clock.now.toISOString());
  });

  it('closes, refuses replies to the closed one, and opens a new one when the person writes again', async () => {
    const talent = await loggedInTalent();
    const asked = await write(talent.client, { body: 'Screen sharing?' });
    t.clock.advance(minutes(1));
    const closed = await agent.post(`/api/support/conversations/${asked.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closedAt: t.clock.now.toISOString(),
      closedBy: { id: agentId, name: 'Sky Support' },
      waitingSince: null,
    });

    for (const response of [
      await agent.post(`/api/support/conversations/${asked.id}/replies`, { body: 'One more thing' }),
      await agent.post(`/api/support/conversations/${asked.id}/close`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('support.closed');
    }
    // Until they write again, the person sees the closed conversation.
    expect((await talent.client.get('/api/support/conversation')).json().conversation).toMatchObject({
      id: asked.id,
      status: 'closed',
    });
    const closedList = await listed('?status=closed');
    expect(closedList.map((c) => c.id)).toContain(asked.id);
    expect((await listed('?status=open')).map((c) => c.id)).not.toContain(asked.id);

    t.clock.advance(minutes(1));
    const reopened = await write(talent.client, { body: 'Me again' });
    expect(reopened.id).not.toBe(asked.id);
    expect(reopened).toMatchObject({ status: 'open', messages: [{ body: 'Me again' }] });
    expect((await talent.client.get('/api/support/conversation')).json().conversation.id).toBe(reopened.id);
  });

  it('answers an unknown conversation with 404', async () => {
    const response = await agent.get('/api/support/conversations/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('support.not_found');
  });
});

describe('the event and chat a message is written from', () => {
  it('refuses an event or chat the person does not take part in, and a chat of another event', async () => {
    const talent = await loggedInTalent();
    const other = await loggedInTalent();
    const { chat } = await confirmedChat(other);
    const notRegistered = await buildEvent(t.ctx.db);

    const cases = [
      [{ eventId: notRegistered.id }, 404, 'support.event_not_found'],
      [{ chatId: chat.id }, 404, 'support.chat_not_found'],
    ] as const;
    for (const [context, status, code] of cases) {
      const response = await talent.client.post('/api/support/messages', { body: 'Help', ...context });
      expect(response.statusCode).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    const mismatch = await other.client.post('/api/support/messages', {
      body: 'Help',
      chatId: chat.id,
      eventId: notRegistered.id,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error).toEqual({
      code: 'support.chat_of_other_event',
      message: 'This 1-1 chat belongs to another event.',
    });
    // Nothing was written by the refused messages.
    expect((await talent.client.get('/api/support/conversation')).json().conversation).toBeNull();
  });

  it("lets a recruiter's colleague name the team's chat, and moves the context to where the person is now", async () => {
    const talent = await loggedInTalent();
    const { chat, recruiter } = await confirmedChat(talent);
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: recruiter.companyId! });
    const asColleague = await loginAs(t.app, colleague.email);
    const first = await write(asColleague, { body: 'Joining as a colleague', chatId: chat.id });
    expect(first).toMatchObject({ event: { id: scene.event.id }, chat: { id: chat.id } });

    // A message without context keeps the last one; one from the event alone replaces the chat.
    expect((await write(asColleague, { body: 'Still here' })).chat?.id).toBe(chat.id);
    const moved = await write(asColleague, { body: 'Now on the event page', eventId: scene.event.id });
    expect(moved).toMatchObject({ event: { id: scene.event.id }, chat: null });
  });
});

describe('validation', () => {
  it('explains what is wrong with a message', async () => {
    const talent = await loggedInTalent();
    const cases = [
      [{ body: '   ' }, 'body', 'Write a message first.'],
      [{}, 'body', 'Write a message first.'],
      [{ body: 'x'.repeat(2001) }, 'body', 'Keep the message under 2000 characters.'],
      [{ body: 'Hi', eventId: 'nope' }, 'eventId', 'Not a valid event id.'],
      [{ body: 'Hi', chatId: 'nope' }, 'chatId', 'Not a valid chat id.'],
    ] as const;
    for (const [body, field, message] of cases) {
      const response = await talent.client.post('/api/support/messages', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('request.invalid');
      expect(response.json().error.fields[field]).toBe(message);
    }
    const reply = await agent.post('/api/support/conversations/nope/replies', { body: '' });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.fields).toMatchObject({ conversationId: 'Not a valid conversation id.' });
    const filter = await agent.get('/api/support/conversations?status=pending');
    expect(filter.statusCode).toBe(400);
    expect(filter.json().error.fields).toHaveProperty('status');
  });
});

describe('live updates', () => {
  it('tells the person and every agent after each change', async () => {
    const talent = await loggedInTalent();
    const received: { topic: string; message: LiveServerMessage }[] = [];
    const watched = [liveTopics.user(talent.user.id), liveTopics.supportAgents()];
    const stops = watched.map((topic) =>
      t.ctx.live.subscribe(topic, (message) => received.push({ topic, message })),
    );
    try {
      const conversation = await write(talent.client, { body: 'Is anyone there?' });
      await agent.post(`/api/support/conversations/${conversation.id}/replies`, { body: 'Yes!' });
      await agent.post(`/api/support/conversations/${conversation.id}/close`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const expected = { type: 'support.changed', conversationId: conversation.id };
      const changed = { type: 'notifications.changed' };
      const heard = (topic: string) => received.filter((r) => r.topic === topic).map((r) => r.message);
      expect(heard(liveTopics.supportAgents())).toEqual([expected, expected, expected]);
      // The reply is also news under the person's bell.
      expect(heard(liveTopics.user(talent.user.id))).toEqual([expected, expected, changed, expected]);
    } finally {
      for (const stop of stops) stop();
    }
  });
});

describe('long conversations', () => {
  type Page = { messages: { id: string; body: string }[]; nextBefore: string | null };

  async function walkBack(client: Client, conversationId: string) {
    const url = `/api/support/conversations/${conversationId}/messages`;
    const pages: Page[] = [];
    let before: string | null = null;
    do {
      const response = await client.get(before ? `${url}?before=${before}` : url);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as Page;
      pages.push(page);
      before = page.nextBefore;
    } while (before);
    return pages;
  }

  it('come a page at a time, and the cursor walks back through every message once, for agent and asker', async () => {
    const talent = await loggedInTalent();
    const conversation = await write(talent.client, { body: 'message 0' });
    // Two messages share each instant: the order must not depend on times alone.
    const start = t.clock.now.getTime();
    await t.ctx.db.insert(supportMessages).values(
      Array.from({ length: 599 }, (_, i) => ({
        conversationId: conversation.id,
        authorId: i % 3 ? talent.user.id : agentId,
        fromSupport: i % 3 === 0,
        body: `message ${i + 1}`,
        createdAt: new Date(start + Math.floor((i + 2) / 2) * 1000),
      })),
    );

    const newest = (await agent.get(`/api/support/conversations/${conversation.id}`)).json();
    expect(newest.messages).toHaveLength(50);
    expect(newest.nextBefore).toBe(newest.messages[0].id);
    expect((await talent.client.get('/api/support/conversation')).json().conversation.messages).toHaveLength(
      50,
    );

    for (const client of [agent, talent.client]) {
      const pages = await walkBack(client, conversation.id);
      expect(pages).toHaveLength(12);
      for (const page of pages) expect(page.messages.length).toBeLessThanOrEqual(50);
      const all = pages.reverse().flatMap((page) => page.messages);
      expect(new Set(all.map((m) => m.id)).size).toBe(600);
      expect(all.map((m) => m.body)).toEqual(
        expect.arrayContaining(Array.from({ length: 600 }, (_, i) => `message ${i}`)),
      );
      expect(all[0]!.body).toBe('message 0');
    }

    const stranger = await loggedInTalent();
    const refused = await stranger.client.get(`/api/support/conversations/${conversation.id}/messages`);
    expect(refused.statusCode).toBe(404);
    const other = await write(stranger.client, { body: 'Hello' });
    const wrongCursor = await agent.get(
      `/api/support/conversations/${conversation.id}/messages?before=${other.messages[0]!.id}`,
    );
    expect(wrongCursor.statusCode).toBe(400);
    expect(wrongCursor.json().error.fields).toEqual({ before: 'This message is not in this conversation.' });
  });

  it('limits how fast one person writes, counted in the database, without limiting the others', async () => {
    const talent = await loggedInTalent();
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        talent.client.post('/api/support/messages', { body: `help ${i}` }),
      ),
    );
    const refused = burst.filter((response) => response.statusCode === 429);
    expect(burst.filter((response) => response.statusCode === 201)).toHaveLength(10);
    expect(refused).toHaveLength(20);
    expect(refused[0]!.headers['retry-after']).toBe('10');
    expect(refused[0]!.json().error).toEqual({
      code: 'support.too_fast',
      message: 'You are sending messages too fast; wait a few seconds.',
    });
    const conversation = (await talent.client.get('/api/support/conversation')).json().conversation;
    expect(conversation.messages).toHaveLength(10);

    // The agent in the same conversation is not held back by the person's burst, and has a limit of their own.
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        agent.post(`/api/support/conversations/${conversation.id}/replies`, { body: `answer ${i}` }),
      ),
    );
    expect(replies.filter((response) => response.statusCode === 201)).toHaveLength(10);
    expect(replies.filter((response) => response.statusCode === 429)).toHaveLength(20);
  });
});
