import type { Page } from 'playwright-core';

/**
 * Counts the page's requests for a camera or microphone, from before the first load: an in-person chat must ask
 * for none. A string, as it runs in the page.
 */
const COUNT_MEDIA_REQUESTS = `
  window.__parleyMediaRequests = 0;
  const devices = navigator.mediaDevices;
  if (devices) {
    const ask = devices.getUserMedia.bind(devices);
    devices.getUserMedia = (...args) => {
      window.__parleyMediaRequests++;
      return ask(...args);
    };
  }
`;

/** `/meet/:chatId`: where `Join` leads for an in-person chat. */
export class MeetInPersonPage {
  readonly heading;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Meet in person', exact: true, level: 1 });
  }

  static async instrument(page: Page): Promise<void> {
    await page.addInitScript(COUNT_MEDIA_REQUESTS);
  }

  async waitUntilShown(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  /** How often the page asked for a camera or microphone since it was first loaded. */
  mediaRequests(): Promise<number> {
    return this.page.evaluate('window.__parleyMediaRequests') as Promise<number>;
  }

  async text(): Promise<string> {
    return (await this.page.getByRole('main').textContent()) ?? '';
  }
}
