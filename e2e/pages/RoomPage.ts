import type { Locator, Page } from 'playwright-core';

/** What one browser receives from one other person, read from `RTCPeerConnection.getStats()` (`inbound-rtp`). */
export interface InboundMedia {
  name: string;
  framesDecoded: number;
  totalAudioEnergy: number;
  /** `signaling/ice/connection` states, for a failure to say where the connection stands. */
  states?: string;
}

/**
 * The page's window as the tests see it (this project's e2e code is type-checked without the DOM library):
 * `__parleyRoom` is the app's test hook (src/web/pages/room/call/testHook.ts), `__parleySockets` what
 * `instrument` records.
 */
interface RoomWindow {
  __parleyRoom?: {
    peerConnections(): {
      peer: { name: string };
      pc: {
        getStats(): Promise<Map<string, InboundReport>>;
        signalingState: string;
        iceConnectionState: string;
        connectionState: string;
      };
    }[];
    backgroundFrameMs(): number | null;
  };
  __parleySockets?: { url: string; close(): void }[];
}
interface InboundReport {
  type: string;
  framesDecoded?: number;
  totalAudioEnergy?: number;
}

/**
 * Before the first page load: asks the app for its room test hook, and records the page's WebSockets so a test can
 * cut the live connection. A string, as it runs in the page.
 */
const INSTRUMENT = `
  localStorage.setItem('parley:room-test-hook', '1');
  const sockets = [];
  window.__parleySockets = sockets;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      sockets.push(this);
    }
  };
`;

/** `/room/:chatId`: the pre-join screen, then the call (tiles, controls, the `Chat` tab). */
export class RoomPage {
  readonly joinNow: Locator;
  readonly leave: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.joinNow = page.getByRole('button', { name: 'Join now', exact: true });
    this.leave = page.getByRole('button', { name: 'Leave', exact: true });
    this.messages = page.getByRole('log', { name: 'Chat history', exact: true });
  }

  /** Call before the first page load: the room then exposes its peer connections to the test. */
  static async instrument(page: Page): Promise<void> {
    await page.addInitScript(INSTRUMENT);
  }

  async goto(chatId: string): Promise<this> {
    await this.page.goto(`/room/${chatId}`);
    return this;
  }

  /** `Join now` on the pre-join screen, once the camera and microphone are open; resolves in the call. */
  async join(): Promise<void> {
    await this.joinNow.click();
    await this.leave.waitFor();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A person's tile, named by their name (the viewer's own: `Name (you)`). */
  tile(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  micOff(name: string): Locator {
    return this.tile(name).getByRole('img', { name: 'Microphone off', exact: true });
  }

  /** By the contract's plain words, loosely matched: nothing else in the room may answer to `Message` or `Send`. */
  async sendMessage(text: string): Promise<void> {
    await this.page.getByLabel('Message').fill(text);
    await this.page.getByRole('button', { name: 'Send' }).click();
    await this.message(text).waitFor();
  }

  message(text: string): Locator {
    return this.messages.getByRole('article').filter({ hasText: text });
  }

  /** Media received from each other person, per kind summed over their connection. */
  inbound(): Promise<InboundMedia[]> {
    return this.page.evaluate(async () => {
      const hook = (globalThis as unknown as RoomWindow).__parleyRoom;
      if (!hook) return [];
      const rows: InboundMedia[] = [];
      for (const { peer, pc } of hook.peerConnections()) {
        const row = {
          name: peer.name,
          framesDecoded: 0,
          totalAudioEnergy: 0,
          states: `${pc.signalingState}/${pc.iceConnectionState}/${pc.connectionState}`,
        };
        (await pc.getStats()).forEach((report) => {
          if (report.type !== 'inbound-rtp') return;
          row.framesDecoded += report.framesDecoded ?? 0;
          row.totalAudioEnergy += report.totalAudioEnergy ?? 0;
        });
        rows.push(row);
      }
      return rows;
    });
  }

  async inboundFrom(name: string): Promise<InboundMedia> {
    const row = (await this.inbound()).find((media) => media.name === name);
    return row ?? { name, framesDecoded: 0, totalAudioEnergy: 0 };
  }

  /** Waits until more than `than` video frames from `name` were decoded; returns the count. */
  async waitForFrames(name: string, than = 0, timeoutMs = 20_000): Promise<number> {
    return this.waitFor(name, (media) => media.framesDecoded > than, timeoutMs).then((m) => m.framesDecoded);
  }

  async waitFor(
    name: string,
    done: (media: InboundMedia) => boolean,
    timeoutMs = 20_000,
  ): Promise<InboundMedia> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const media = await this.inboundFrom(name);
      if (done(media)) return media;
      if (Date.now() > deadline)
        throw new Error(
          `Media from ${name} not as expected within ${timeoutMs} ms: ${JSON.stringify(media)}`,
        );
      await this.page.waitForTimeout(50);
    }
  }

  backgroundFrameMs(): Promise<number | null> {
    return this.page.evaluate(
      () => (globalThis as unknown as RoomWindow).__parleyRoom?.backgroundFrameMs() ?? null,
    );
  }

  /** Closes the page's live WebSocket, as a network blip would. */
  async cutLiveConnection(): Promise<void> {
    await this.page.evaluate(() => {
      const sockets = (globalThis as unknown as RoomWindow).__parleySockets ?? [];
      const live = sockets.filter((socket) => socket.url.endsWith('/live')).at(-1);
      live?.close();
    });
  }
}
