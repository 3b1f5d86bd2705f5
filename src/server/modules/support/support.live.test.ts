import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LiveServerMessage, liveTopics } from '../../../shared/schemas/live.schemas.js';
import { buildUser } from '../../test/factories.js';
import { type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp();
let url = '';
const sockets: WebSocket[] = [];

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/live`;
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});

/** A signed-in tab's socket and the first message it receives. */
async function openTab(client: Client): Promise<{ first: Promise<LiveServerMessage> }> {
  const socket = new WebSocket(url, { headers: { cookie: client.cookie } });
  sockets.push(socket);
  const first = new Promise<LiveServerMessage>((resolve, reject) => {
    socket.once('message', (data) => resolve(LiveServerMessage.parse(JSON.parse(String(data)))));
    setTimeout(() => reject(new Error('no live message arrived')), 5_000);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { first };
}

async function signedIn(role: 'talent' | 'support') {
  const user = await buildUser(t.ctx.db, { role });
  return { user, client: await loginAs(t.app, user.email) };
}

describe('support over /live', () => {
  it("tells every agent's tab of a new message without watching anything, and no other talent", async () => {
    const asker = await signedIn('talent');
    const bystander = await signedIn('talent');
    const agentTab = await openTab((await signedIn('support')).client);
    const askerTab = await openTab(asker.client);
    const bystanderTab = await openTab(bystander.client);

    const written = await asker.client.post('/api/support/messages', { body: 'My camera is black' });
    expect(written.statusCode).toBe(201);
    const changed = { type: 'support.changed', conversationId: written.json().id };
    expect(await agentTab.first).toEqual(changed);
    expect(await askerTab.first).toEqual(changed);

    // Sent after the support message: arriving first proves the bystander was not told of it.
    const nobody = '00000000-0000-4000-8000-000000000000';
    const sentinel = { type: 'chats.changed', eventId: nobody, chatId: nobody } as const;
    await t.ctx.live.publish([liveTopics.user(bystander.user.id)], sentinel);
    expect(await bystanderTab.first).toEqual(sentinel);
  });
});
