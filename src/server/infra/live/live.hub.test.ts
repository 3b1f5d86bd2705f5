import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type LiveServerMessage, type LiveTopic, liveTopics } from '../../../shared/schemas/live.schemas.js';
import { withTestApp } from '../../test/test-app.js';
import { type LiveHub, publication } from './live.hub.js';

const t = withTestApp();

/** What a subscriber receives, awaited one message at a time. */
function inbox(hub: LiveHub, ...topicList: LiveTopic[]) {
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

const changed = (eventId: string) => ({ type: 'event.changed' as const, eventId });

describe('live hub', () => {
  it('delivers a message once to a subscriber of several of its topics', async () => {
    const [userId, companyId, eventId, chatId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const team = liveTopics.companyAtEvent(companyId, eventId);
    const subscriber = inbox(t.ctx.live, liveTopics.user(userId), team, liveTopics.session(userId));
    const chatChanged = { type: 'chats.changed', eventId, chatId } as const;
    await t.ctx.live.publish([liveTopics.user(userId), team], chatChanged);
    await t.ctx.live.publish([liveTopics.session(userId)], { type: 'session.ended' });
    expect(await subscriber.next()).toEqual(chatChanged);
    expect(await subscriber.next()).toEqual({ type: 'session.ended' });
    subscriber.stop();
  });

  it('delivers what a transaction published within it after its commit, in order, and nothing after a rollback', async () => {
    const [kept, dropped] = [randomUUID(), randomUUID()];
    const subscriber = inbox(t.ctx.live, liveTopics.event(kept), liveTopics.event(dropped));
    let deliver = () => {};
    await t.ctx.db.transaction(async (tx) => {
      deliver = await t.ctx.live.publishWithin(tx, [
        publication([liveTopics.event(kept)], changed(kept)),
        publication([liveTopics.event(kept)], {
          type: 'availability.changed',
          eventId: kept,
          recruiterId: kept,
        }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(subscriber.received).toEqual([]);
    });
    deliver();
    await t.ctx.db
      .transaction(async (tx) => {
        await t.ctx.live.publishWithin(tx, [publication([liveTopics.event(dropped)], changed(dropped))]);
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect(await subscriber.next()).toEqual(changed(kept));
    expect(await subscriber.next()).toEqual({
      type: 'availability.changed',
      eventId: kept,
      recruiterId: kept,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscriber.received).toEqual([]);
    subscriber.stop();
  });

  it("tells this process of its own messages once published, and of a transaction's only after its commit", async () => {
    const [eventId, other] = [randomUUID(), randomUUID()];
    const told: (readonly LiveTopic[])[] = [];
    const stop = t.ctx.live.onPublished((topics) => told.push(topics));
    await t.ctx.live.publish([liveTopics.event(eventId)], changed(eventId));
    // By the time `publish` returns, whatever the transport: NOTIFY may not have come back yet.
    expect(told).toEqual([[liveTopics.event(eventId)]]);
    let deliver = () => {};
    await t.ctx.db.transaction(async (tx) => {
      deliver = await t.ctx.live.publishWithin(tx, [publication([liveTopics.event(other)], changed(other))]);
    });
    expect(told).toHaveLength(1);
    deliver();
    expect(told).toEqual([[liveTopics.event(eventId)], [liveTopics.event(other)]]);
    stop();
    await t.ctx.live.publish([liveTopics.event(eventId)], changed(eventId));
    expect(told).toHaveLength(2);
  });

  it('stops delivering to a subscriber that unsubscribed', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const gone = inbox(t.ctx.live, liveTopics.event(first));
    gone.stop();
    const staying = inbox(t.ctx.live, liveTopics.event(first), liveTopics.event(second));
    await t.ctx.live.publish([liveTopics.event(first)], changed(first));
    expect(await staying.next()).toEqual(changed(first));
    expect(gone.received).toEqual([]);
    staying.stop();
  });

  it('delivers a session description larger than a NOTIFY payload, before the small messages sent after it', async () => {
    const [chatId, from, to] = [randomUUID(), randomUUID(), randomUUID()];
    const subscriber = inbox(t.ctx.live, liveTopics.peer(to));
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
    await t.ctx.live.publish([liveTopics.peer(to)], offer);
    await t.ctx.live.publish([liveTopics.peer(to)], candidate);
    expect(await subscriber.next()).toEqual(offer);
    expect(await subscriber.next()).toEqual(candidate);
    subscriber.stop();
  });

  it('refuses unknown topics, malformed messages and messages too large to relay', async () => {
    const eventId = randomUUID();
    const everyone = Array.from({ length: 1500 }, () => liveTopics.event(randomUUID()));
    await expect(t.ctx.live.publish(['team:1' as LiveTopic<'event'>], changed(eventId))).rejects.toThrow(
      'Not a live topic',
    );
    await expect(
      t.ctx.live.publish([liveTopics.event(eventId)], { type: 'event.changed', eventId: 'x' }),
    ).rejects.toThrow();
    await expect(t.ctx.live.publish(everyone, changed(eventId))).rejects.toThrow('too large');
  });

  it('refuses a message one of its topics does not carry, and does not compile one', async () => {
    const [eventId, userId, peerId] = [randomUUID(), randomUUID(), randomUUID()];
    const signal: Extract<LiveServerMessage, { type: 'room.signal' }> = {
      type: 'room.signal',
      chatId: eventId,
      from: peerId,
      signal: { candidate: { candidate: 'candidate:1 1 udp 1 10.0.0.2 50000 typ host', sdpMid: '0' } },
    };
    // @ts-expect-error a room's signal is not for an event's topic
    await expect(t.ctx.live.publish([liveTopics.event(eventId)], signal)).rejects.toThrow('not for');
    await expect(
      // @ts-expect-error an event's change is for its watchers, not for one user
      t.ctx.live.publish([liveTopics.event(eventId), liveTopics.user(userId)], changed(eventId)),
    ).rejects.toThrow('not for');
  });
});
