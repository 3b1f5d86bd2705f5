import { beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildEvent, buildUser, registerCompany, TEST_PASSWORD } from '../../test/factories.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { listenForLive, liveSockets, otherProcesses } from '../../test/live-socket.js';
import { loginAs, withTestApp } from '../../test/test-app.js';

const HEARTBEAT_MS = 200;
const t = withTestApp({ liveHeartbeatMs: HEARTBEAT_MS });
let url = '';

beforeAll(async () => {
  url = await listenForLive(t.app);
});
const anotherProcess = otherProcesses(t);
const { connect } = liveSockets();

const beats = (count: number) => new Promise((resolve) => setTimeout(resolve, count * HEARTBEAT_MS));

describe('the live heartbeat', () => {
  it('keeps the socket of a session that holds, checking it from the session cache', async () => {
    const user = await buildUser(t.ctx.db);
    const live = await connect(url, await loginAs(t.app, user.email));
    const reads = vi.spyOn(t.ctx.db, 'select');
    try {
      await beats(3);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
    live.send({ type: 'ping' });
    expect(await live.next()).toEqual({ type: 'pong' });
  });

  it('ends a socket whose session another process revoked, without a message from the client', async () => {
    const user = await buildUser(t.ctx.db);
    const live = await connect(url, await loginAs(t.app, user.email));
    const other = await anotherProcess(url);
    const elsewhere = await loginAs(other.app, user.email);
    const changed = await elsewhere.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another-horse-battery',
    });
    expect(changed.statusCode).toBe(200);
    expect(await live.next()).toEqual({ type: 'session.ended' });
    expect((await live.closed).code).toBe(4401);
  });
});

describe('live fan-out', () => {
  it('delivers every message once to every subscribed socket, also one following two of its topics, and none to others', async () => {
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter' });
    const other = await buildUser(t.ctx.db);
    const event = await buildEvent(t.ctx.db);
    await registerCompany(t.ctx.db, event.id, recruiter.companyId!);
    const client = await loginAs(t.app, recruiter.email);
    const sockets = await Promise.all(Array.from({ length: 12 }, () => connect(url, client)));
    // Watching sockets follow the event's topic and their company's at the event: the messages use both.
    const [watching, notWatching] = [sockets.slice(0, 8), sockets.slice(8)];
    for (const live of watching) live.send({ type: 'watch', eventId: event.id });
    for (const live of watching) expect(await live.next()).toEqual({ type: 'watching', eventId: event.id });
    const others = await Promise.all(
      Array.from({ length: 4 }, async () => connect(url, await loginAs(t.app, other.email))),
    );

    const messages = Array.from({ length: 5 }, () => ({
      type: 'availability.changed' as const,
      eventId: event.id,
      recruiterId: randomUUID(),
    }));
    for (const message of messages) {
      await t.ctx.live.publish(
        [liveTopics.event(event.id), liveTopics.companyAtEvent(recruiter.companyId!, event.id)],
        message,
      );
    }
    const sentinel = { type: 'chats.changed' as const, eventId: event.id, chatId: randomUUID() };
    await t.ctx.live.publish([liveTopics.user(recruiter.id), liveTopics.user(other.id)], sentinel);

    for (const live of watching) {
      for (const message of messages) expect(await live.next()).toEqual(message);
      // The sentinel comes right after: no second copy of a message came in between.
      expect(await live.next()).toEqual(sentinel);
    }
    for (const live of [...notWatching, ...others]) expect(await live.next()).toEqual(sentinel);
  });
});
