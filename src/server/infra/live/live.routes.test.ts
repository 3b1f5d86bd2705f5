import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { listenForLive, liveSockets, otherProcesses } from '../../test/live-socket.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';

const t = withTestApp();
let url = '';

beforeAll(async () => {
  url = await listenForLive(t.app);
});
const anotherProcessThan = otherProcesses(t);
const anotherProcess = () => anotherProcessThan(url);

const { connect: connectTo } = liveSockets();
/** A socket to this file's app, or to another process's `to` URL. */
const connect = (client?: Client, headers: Record<string, string> = {}, to: string = url) =>
  connectTo(to, client, headers);

async function loggedIn(role: 'talent' | 'recruiter' | 'organizer', companyId?: string) {
  const user = await buildUser(t.ctx.db, { role, companyId });
  return { user, client: await loginAs(t.app, user.email) };
}

/** Published to the user after something that must not reach them: it arriving first proves the other did not. */
const sentinel = { type: 'chats.changed', eventId: randomUUID(), chatId: randomUUID() } as const;
/** Something for one user. */
const chatChanged = () => ({ type: 'chats.changed' as const, eventId: randomUUID(), chatId: randomUUID() });

describe('GET /live', () => {
  it('closes the socket of an anonymous visitor with 4401', async () => {
    const live = await connect();
    expect(await live.closed).toEqual({ code: 4401, reason: 'Please log in.' });
  });

  it('refuses a socket opened by a page of another site, and accepts pages of its own', async () => {
    const { client } = await loggedIn('talent');
    await expect(connect(client, { origin: 'https://evil.test' })).rejects.toThrow('HTTP 403');
    await expect(connect(client, { origin: 'null' })).rejects.toThrow('HTTP 403');
    await expect(connect(client, { origin: 'http://parley.test' })).resolves.toBeDefined();
    await expect(
      connect(client, { origin: new URL(url).origin.replace('ws:', 'http:') }),
    ).resolves.toBeDefined();
  });

  it("sends a user what is published to them and nothing of another user's", async () => {
    const { user, client } = await loggedIn('talent');
    const other = await buildUser(t.ctx.db);
    const live = await connect(client);
    const [theirs, ours] = [chatChanged(), chatChanged()];
    await t.ctx.live.publish([liveTopics.user(other.id)], theirs);
    await t.ctx.live.publish([liveTopics.user(user.id)], ours);
    expect(await live.next()).toEqual(ours);
  });

  it('delivers a message published by another app process on the same database', async () => {
    const user = await buildUser(t.ctx.db);
    const other = await anotherProcess();
    const live = await connect(await loginAs(other.app, user.email), {}, other.url);
    const changed = chatChanged();
    await t.ctx.live.publish([liveTopics.user(user.id)], changed);
    expect(await live.next()).toEqual(changed);
  });

  it('refuses a talent watching an event they are not registered for', async () => {
    const { user, client } = await loggedIn('talent');
    const event = await buildEvent(t.ctx.db);
    const live = await connect(client);
    live.send({ type: 'watch', eventId: event.id });
    expect(await live.next()).toMatchObject({ type: 'error', code: 'events.not_found', eventId: event.id });

    await t.ctx.live.publish([liveTopics.event(event.id)], { type: 'event.changed', eventId: event.id });
    await t.ctx.live.publish([liveTopics.user(user.id)], sentinel);
    expect(await live.next()).toEqual(sentinel);
  });

  it("sends a registered talent the event's messages while watching it", async () => {
    const { user, client } = await loggedIn('talent');
    const event = await buildEvent(t.ctx.db);
    await registerTalent(t.ctx.db, event.id, user.id);
    const live = await connect(client);
    live.send({ type: 'watch', eventId: event.id });
    expect(await live.next()).toEqual({ type: 'watching', eventId: event.id });
    await t.ctx.live.publish([liveTopics.event(event.id)], { type: 'event.changed', eventId: event.id });
    expect(await live.next()).toEqual({ type: 'event.changed', eventId: event.id });

    live.send({ type: 'unwatch', eventId: event.id });
    live.send({ type: 'ping' });
    expect(await live.next()).toEqual({ type: 'pong' });
    await t.ctx.live.publish([liveTopics.event(event.id)], { type: 'event.changed', eventId: event.id });
    await t.ctx.live.publish([liveTopics.user(user.id)], sentinel);
    expect(await live.next()).toEqual(sentinel);
  });

  it("sends a recruiter their own company's messages at an event and not another company's", async () => {
    const { user: recruiter, client } = await loggedIn('recruiter');
    const { user: rival } = await loggedIn('recruiter');
    const event = await buildEvent(t.ctx.db);
    await registerCompany(t.ctx.db, event.id, recruiter.companyId!);
    await registerCompany(t.ctx.db, event.id, rival.companyId!);
    const live = await connect(client);
    live.send({ type: 'watch', eventId: event.id });
    expect(await live.next()).toEqual({ type: 'watching', eventId: event.id });

    const changed = (recruiterId: string) => ({
      type: 'availability.changed' as const,
      eventId: event.id,
      recruiterId,
    });
    await t.ctx.live.publish([liveTopics.companyAtEvent(rival.companyId!, event.id)], changed(rival.id));
    await t.ctx.live.publish(
      [liveTopics.companyAtEvent(recruiter.companyId!, event.id)],
      changed(recruiter.id),
    );
    expect(await live.next()).toEqual(changed(recruiter.id));
  });

  it("sends an event's organizer its chats' changes, and another organizer nothing of them", async () => {
    const { user: organizer, client } = await loggedIn('organizer');
    const { user: stranger, client: strangerClient } = await loggedIn('organizer');
    const event = await buildEvent(t.ctx.db, { organizerId: organizer.id });
    const live = await connect(client);
    live.send({ type: 'watch', eventId: event.id });
    expect(await live.next()).toEqual({ type: 'watching', eventId: event.id });
    const changed = { type: 'chats.changed' as const, eventId: event.id, chatId: randomUUID() };
    await t.ctx.live.publish([liveTopics.organizersOfEvent(event.id)], changed);
    expect(await live.next()).toEqual(changed);

    const theirs = await connect(strangerClient);
    theirs.send({ type: 'watch', eventId: event.id });
    expect(await theirs.next()).toMatchObject({ type: 'error', eventId: event.id });
    await t.ctx.live.publish([liveTopics.organizersOfEvent(event.id)], changed);
    await t.ctx.live.publish([liveTopics.user(stranger.id)], sentinel);
    expect(await theirs.next()).toEqual(sentinel);
  });

  it('answers malformed messages with an error and keeps the socket open', async () => {
    const { client } = await loggedIn('organizer');
    const live = await connect(client);
    live.send('not json');
    expect(await live.next()).toMatchObject({ type: 'error', code: 'live.invalid_message' });
    live.send({ type: 'subscribe', topic: 'user:someone-else' });
    expect(await live.next()).toEqual({
      type: 'error',
      code: 'live.invalid_message',
      message: 'That message is not understood.',
    });
    live.send({ type: 'watch', eventId: 'nope' });
    expect(await live.next()).toMatchObject({ type: 'error', message: 'Not a valid event id.' });
    live.send({ type: 'ping' });
    expect(await live.next()).toEqual({ type: 'pong' });
  });

  it('ends the sockets of a session when it logs out', async () => {
    const { client } = await loggedIn('talent');
    const live = await connect(client);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await live.next()).toEqual({ type: 'session.ended' });
    expect((await live.closed).code).toBe(4401);
  });

  it('ends a socket whose session was revoked elsewhere at its next watch', async () => {
    const { user, client } = await loggedIn('talent');
    const event = await buildEvent(t.ctx.db);
    await registerTalent(t.ctx.db, event.id, user.id);
    const live = await connect(client);
    const elsewhere = await loginAs(t.app, user.email);
    const changed = await elsewhere.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another-horse-battery',
    });
    expect(changed.statusCode).toBe(200);
    live.send({ type: 'watch', eventId: event.id });
    expect(await live.next()).toEqual({ type: 'session.ended' });
    expect((await live.closed).code).toBe(4401);
  });
});
