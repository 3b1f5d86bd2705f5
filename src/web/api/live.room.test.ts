import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveServerMessage } from '../../shared/schemas/live.schemas';
import type { RoomMembership, RoomServerMessage } from './rooms.live';

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
let rooms: typeof import('./rooms.live');

beforeAll(async () => {
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('window', {
    location: { protocol: 'http:', host: 'parley.test' },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  live = await import('./live');
  rooms = await import('./rooms.live');
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
    live.liveConnection.start({ onUnauthenticated: () => undefined });
  });
  afterEach(() => {
    live.liveConnection.stop();
    vi.useRealTimers();
  });

  it('joins when the socket opens, and again with the media of the moment after every reconnection', () => {
    const media = { audio: true, video: true };
    const leave = rooms.roomLink.enterRoom(member(media));
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
    const leave = rooms.roomLink.enterRoom(room);
    latest().open();
    latest().drop();
    expect(room.drops).toBe(1);
    leave();
  });

  it("hands the room its own messages and refusals, not another room's nor the rest", () => {
    const room = member();
    const leave = rooms.roomLink.enterRoom(room);
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
    const leave = rooms.roomLink.enterRoom(member());
    latest().open();
    leave();
    expect(latest().sent.at(-1)).toEqual({ type: 'room.leave', chatId });
    expect(rooms.roomLink.sendToRoom({ type: 'room.media', chatId, audio: false, video: false })).toBe(false);
    latest().drop();
    vi.advanceTimersByTime(1_000);
    latest().open();
    expect(latest().sent).toEqual([]);
  });

  it('sends signals and media only for the room it is in, while the socket is open', () => {
    const leave = rooms.roomLink.enterRoom(member());
    const media = { type: 'room.media', chatId, audio: false, video: true } as const;
    expect(rooms.roomLink.sendToRoom(media)).toBe(false);
    latest().open();
    expect(rooms.roomLink.sendToRoom({ ...media, chatId: otherChatId })).toBe(false);
    expect(rooms.roomLink.sendToRoom(media)).toBe(true);
    expect(latest().sent.at(-1)).toEqual(media);
    leave();
  });
});

describe('the live connection and its features', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => {
    live.liveConnection.stop();
    vi.useRealTimers();
  });

  it('hands each message to every feature registered for its type, and a reconnection to all of them', () => {
    const changes: string[] = [];
    const reconnections: string[] = [];
    const support = live.liveConnection.register({
      handlers: { 'support.changed': ({ conversationId }) => changes.push(`support ${conversationId}`) },
      reconnected: () => reconnections.push('support'),
    });
    const inbox = live.liveConnection.register({
      handlers: { 'support.changed': () => changes.push('inbox') },
      reconnected: () => reconnections.push('inbox'),
    });
    live.liveConnection.start({ onUnauthenticated: () => undefined });
    latest().open();
    latest().receive({ type: 'support.changed', conversationId: chatId });
    latest().receive({ type: 'room.message', chatId, messageId: peerId });
    expect(changes).toEqual([`support ${chatId}`, 'inbox']);

    inbox();
    latest().drop();
    vi.advanceTimersByTime(1_000);
    latest().open();
    latest().receive({ type: 'support.changed', conversationId: chatId });
    expect(reconnections).toEqual(['support']);
    expect(changes).toEqual([`support ${chatId}`, 'inbox', `support ${chatId}`]);
    support();
  });
});

describe("rooms' live handlers", () => {
  it("refresh a room's messages on room.message and its presence on arrivals and departures", () => {
    const invalidateQueries = vi.fn(() => Promise.resolve());
    const queryClient = { invalidateQueries } as unknown as Parameters<typeof rooms.roomsLive>[0];
    const { handlers } = rooms.roomsLive(queryClient);
    handlers['room.message']?.({ type: 'room.message', chatId, messageId: peerId });
    handlers['room.peer_left']?.({ type: 'room.peer_left', chatId, peerId });
    expect(invalidateQueries.mock.calls).toEqual([
      [{ queryKey: ['rooms', chatId, 'messages'] }],
      [{ queryKey: ['rooms', chatId], exact: true }],
    ]);
  });
});
