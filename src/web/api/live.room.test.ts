import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveServerMessage } from '../../shared/schemas/live.schemas';
import type { RoomMembership, RoomServerMessage } from './live';

/** A WebSocket the test opens, feeds and drops by hand. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: { type: string }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = FakeSocket.CLOSED;
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(message: LiveServerMessage) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code: 1006 });
  }
}

const latest = () => FakeSocket.all.at(-1)!;
const chatId = '7d2c6c8e-4f1e-4a57-9a55-2f3b1c9d0e11';
const otherChatId = '0b3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718';
const peerId = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

let live: typeof import('./live');

beforeAll(async () => {
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('window', {
    location: { protocol: 'http:', host: 'parley.test' },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  live = await import('./live');
});

function member(media = { audio: true, video: false }) {
  const received: RoomServerMessage[] = [];
  const membership: RoomMembership & { received: RoomServerMessage[]; drops: number } = {
    chatId,
    media: () => media,
    onMessage: (message) => received.push(message),
    onDisconnected: () => {
      membership.drops += 1;
    },
    received,
    drops: 0,
  };
  return membership;
}

describe('the live connection in a room', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    live.liveConnection.start({
      onMessage: () => undefined,
      onReconnected: () => undefined,
      onUnauthenticated: () => undefined,
    });
  });
  afterEach(() => {
    live.liveConnection.stop();
    vi.useRealTimers();
  });

  it('joins when the socket opens, and again with the media of the moment after every reconnection', () => {
    const media = { audio: true, video: true };
    const leave = live.liveConnection.enterRoom(member(media));
    latest().open();
    expect(latest().sent).toEqual([{ type: 'room.join', chatId, audio: true, video: true }]);

    media.video = false;
    latest().drop();
    vi.advanceTimersByTime(1_000);
    latest().open();
    expect(FakeSocket.all).toHaveLength(2);
    expect(latest().sent).toEqual([{ type: 'room.join', chatId, audio: true, video: false }]);
    leave();
  });

  it('tells the room at once when the socket drops, before the reconnection', () => {
    const room = member();
    const leave = live.liveConnection.enterRoom(room);
    latest().open();
    latest().drop();
    expect(room.drops).toBe(1);
    leave();
  });

  it("hands the room its own messages and refusals, not another room's nor the rest", () => {
    const room = member();
    const leave = live.liveConnection.enterRoom(room);
    latest().open();
    const joined: LiveServerMessage = { type: 'room.joined', chatId, peerId, peers: [] };
    const refused: LiveServerMessage = { type: 'error', code: 'rooms.full', message: 'Full.', chatId };
    latest().receive(joined);
    latest().receive({ type: 'room.peer_left', chatId: otherChatId, peerId });
    latest().receive({ type: 'room.message', chatId, messageId: peerId });
    latest().receive({ type: 'error', code: 'live.forbidden', message: 'No.' });
    latest().receive(refused);
    expect(room.received).toEqual([joined, refused]);
    leave();
  });

  it('leaving sends room.leave and ends the rejoining', () => {
    const leave = live.liveConnection.enterRoom(member());
    latest().open();
    leave();
    expect(latest().sent.at(-1)).toEqual({ type: 'room.leave', chatId });
    expect(live.liveConnection.sendToRoom({ type: 'room.media', chatId, audio: false, video: false })).toBe(
      false,
    );
    latest().drop();
    vi.advanceTimersByTime(1_000);
    latest().open();
    expect(latest().sent).toEqual([]);
  });

  it('sends signals and media only for the room it is in, while the socket is open', () => {
    const leave = live.liveConnection.enterRoom(member());
    const media = { type: 'room.media', chatId, audio: false, video: true } as const;
    expect(live.liveConnection.sendToRoom(media)).toBe(false);
    latest().open();
    expect(live.liveConnection.sendToRoom({ ...media, chatId: otherChatId })).toBe(false);
    expect(live.liveConnection.sendToRoom(media)).toBe(true);
    expect(latest().sent.at(-1)).toEqual(media);
    leave();
  });
});

describe('invalidateForMessage for rooms', () => {
  it("refreshes a room's messages on room.message and its presence on arrivals and departures", () => {
    const invalidateQueries = vi.fn(() => Promise.resolve());
    const queryClient = { invalidateQueries } as unknown as Parameters<typeof live.invalidateForMessage>[0];
    live.invalidateForMessage(queryClient, { type: 'room.message', chatId, messageId: peerId });
    live.invalidateForMessage(queryClient, { type: 'room.peer_left', chatId, peerId });
    expect(invalidateQueries.mock.calls).toEqual([
      [{ queryKey: ['rooms', chatId, 'messages'] }],
      [{ queryKey: ['rooms', chatId], exact: true }],
    ]);
  });
});
