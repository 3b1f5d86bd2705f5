import type { Page } from 'playwright-core';

interface Entry {
  text: string;
  /** Where it came from: for a failed request, the request's address. */
  url: string;
}

/**
 * Every console error and uncaught exception of a page. Chromium also logs each 4xx or 5xx answer to a fetch as
 * an error ("Failed to load resource"), even one the page handles; a test names the answers its flow expects
 * the page to show (`expectAnswer`), and those alone are let through.
 */
export class ConsoleWatch {
  private readonly entries: Entry[] = [];
  private readonly expected: { status: number; path: RegExp }[] = [];

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error')
        this.entries.push({ text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => this.entries.push({ text: error.message, url: page.url() }));
  }

  expectAnswer(status: number, path: RegExp): void {
    this.expected.push({ status, path });
  }

  private isExpected(entry: Entry): boolean {
    return this.expected.some(
      ({ status, path }) =>
        entry.text.startsWith(`Failed to load resource: the server responded with a status of ${status} `) &&
        path.test(new URL(entry.url).pathname),
    );
  }

  /** What went to the console that no step of the test expected, one line each. */
  unexpected(): string[] {
    return this.entries
      .filter((entry) => !this.isExpected(entry))
      .map((entry) => `${entry.url}: ${entry.text}`);
  }
}
