import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LiveServerMessage } from '../../../shared/schemas/live.schemas.js';
import { withTestApp } from '../../test/test-app.js';
import type { LiveHub } from './live.hub.js';
import { topics } from './live.topics.js';

const t = withTestApp();

/** What a subscriber receives, awaited one message at a time. */
function inbox(hub: LiveHub, ...topicList: string[]) {
  const received: LiveServerMessage[] = [];
  let wake = () => {};
  const handler = (message: LiveServerMessage) => {
    received.push(message);
    wake();
  };
  const unsubscribes = topicList.map((topic) => hub.subscribe(topic, handler));
  return {
    received,
    async next(): Promise<LiveServerMessage> {
      const deadline = Date.now() + 5_000;
      while (received.length === 0) {
        if (Date.now() > deadline) throw new Error(`nothing arrived on ${topicList.join(', ')}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      return received.shift()!;
    },
    stop: () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    },
  };
}

const changed = (eventId: string): LiveServerMessage => ({ type: 'event.changed', eventId });

describe('live hub', () => {
  it('delivers a message once to a subscriber of several of its topics', async () => {
    const [userId, eventId] = [randomUUID(), randomUUID()];
    const subscriber = inbox(t.ctx.live, topics.user(userId), topics.event(eventId));
    await t.ctx.live.publish([topics.user(userId), topics.event(eventId)], changed(eventId));
    await t.ctx.live.publish([topics.user(userId)], { type: 'session.ended' });
    expect(await subscriber.next()).toEqual(changed(eventId));
    expect(await subscriber.next()).toEqual({ type: 'session.ended' });
    subscriber.stop();
  });

  it('stops delivering to a subscriber that unsubscribed', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const gone = inbox(t.ctx.live, topics.event(first));
    gone.stop();
    const staying = inbox(t.ctx.live, topics.event(first), topics.event(second));
    await t.ctx.live.publish([topics.event(first)], changed(first));
    expect(await staying.next()).toEqual(changed(first));
    expect(gone.received).toEqual([]);
    staying.stop();
  });

  it('delivers a session description larger than a NOTIFY payload, before the small messages sent after it', async () => {
    const [chatId, from, to] = [randomUUID(), randomUUID(), randomUUID()];
    const subscriber = inbox(t.ctx.live, topics.peer(to));
    const offer: LiveServerMessage = {
      type: 'room.signal',
      chatId,
      from,
      signal: { description: { type: 'offer', sdp: `v=0\r\n${'a=x-padding\r\n'.repeat(1500)}` } },
    };
    const candidate: LiveServerMessage = {
      type: 'room.signal',
      chatId,
      from,
      signal: {
        candidate: { candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host', sdpMid: '0' },
      },
    };
    expect(JSON.stringify(offer).length).toBeGreaterThan(8000);
    await t.ctx.live.publish([topics.peer(to)], offer);
    await t.ctx.live.publish([topics.peer(to)], candidate);
    expect(await subscriber.next()).toEqual(offer);
    expect(await subscriber.next()).toEqual(candidate);
    subscriber.stop();
  });

  it('refuses unknown topics, malformed messages and messages too large to relay', async () => {
    const eventId = randomUUID();
    await expect(t.ctx.live.publish(['team:1'], changed(eventId))).rejects.toThrow('Not a live topic');
    await expect(
      t.ctx.live.publish([topics.event(eventId)], { type: 'event.changed', eventId: 'x' }),
    ).rejects.toThrow();
    const everyone = Array.from({ length: 1500 }, () => topics.user(randomUUID()));
    await expect(t.ctx.live.publish(everyone, changed(eventId))).rejects.toThrow('too large');
  });
});
