import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
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
