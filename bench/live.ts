import { randomUUID } from 'node:crypto';
import { type LiveServerMessage, liveTopics } from '../src/shared/schemas/live.schemas.js';
import type { BenchDatabase } from './databases.js';
import { measure, report } from './measure.js';
import { benchApp } from './serve.js';

/**
 * WebRTC signalling as rooms use it: from publish to delivery at a subscriber, for an ICE candidate (a NOTIFY
 * payload on PostgreSQL) and for a 12 KB offer (parked in `live_spill`, NOTIFY carries its id).
 */
export async function liveRelay(target: BenchDatabase): Promise<void> {
  const { app, ctx } = await benchApp(target);
  const peerId = randomUUID();
  const waiting = new Map<string, () => void>();
  const unsubscribe = ctx.live.subscribe(liveTopics.peer(peerId), (message) => {
    if (message.type === 'room.signal') waiting.get(message.from)?.();
  });
  const relay = (signal: Extract<LiveServerMessage, { type: 'room.signal' }>['signal']) => async () => {
    const from = randomUUID();
    const delivered = new Promise<void>((resolve) => waiting.set(from, resolve));
    await ctx.live.publish([liveTopics.peer(peerId)], { type: 'room.signal', chatId: peerId, from, signal });
    await delivered;
    waiting.delete(from);
  };
  try {
    report(
      'signal relay: ICE candidate (1 at a time)',
      await measure(
        500,
        1,
        relay({
          candidate: { candidate: 'candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host', sdpMid: '0' },
        }),
      ),
    );
    report(
      'signal relay: 12 KB offer (1 at a time)',
      await measure(
        300,
        1,
        relay({ description: { type: 'offer', sdp: `v=0\r\n${'a=x-bench-padding\r\n'.repeat(640)}` } }),
      ),
    );
  } finally {
    unsubscribe();
    await app.close();
  }
}
