import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { test as base, inject } from 'vitest';

export interface ChromiumOptions {
  /**
   * A synthetic camera and microphone, granted without a prompt: for the video room tests. A file asks for it at
   * its top level with `test.override('chromiumOptions', { scope: 'file' }, { fakeMedia: true })`.
   */
  fakeMedia?: boolean;
}

const resultsDir = path.resolve(import.meta.dirname, '../../test-results');

/** The system's Chromium (no browser download), with everything that talks to Google switched off. */
function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.fakeMedia) args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args,
  });
}

/** Test names as file names, e.g. `login-organizer-logs-in.png`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/**
 * A page of its own browser context; `timezoneId` puts the person in another zone than the default one, `phone`
 * opens it on a phone held upright (390 × 844, touch, a mobile viewport) instead of a desktop window.
 */
export type OpenPage = (options?: {
  timezoneId?: string;
  phone?: boolean;
  /** The browser's language; English unless a test reads the app in another (the contract's words are English). */
  locale?: string;
}) => Promise<Page>;

/** The size of a common phone (an iPhone 12 to 14) in CSS pixels. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Chromium reports a request or script refused by the Content-Security-Policy as a console error. */
const isPolicyViolation = (text: string) => /Content[- ]Security[- ]Policy/i.test(text);

/**
 * `page` is a fresh browser context per test; `openPage()` gives more of them (one per account in one test).
 * When a test fails, every page still open is saved as a screenshot, with its console errors, in test-results/.
 * A test whose pages broke the Content-Security-Policy fails: the policy would break that page for people too.
 */
export const test = base
  .extend('baseURL', { scope: 'file' }, () => inject('baseURL'))
  .extend('chromiumOptions', { scope: 'file' }, (): ChromiumOptions => ({}))
  .extend('browser', { scope: 'file' }, async ({ chromiumOptions }, { onCleanup }) => {
    const browser = await launchChromium(chromiumOptions);
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('openPage', async ({ browser, baseURL, task }, { onCleanup }): Promise<OpenPage> => {
    const contexts: BrowserContext[] = [];
    const consoleErrors: string[] = [];
    onCleanup(async () => {
      if (task.result?.state === 'fail') {
        mkdirSync(resultsDir, { recursive: true });
        const name = slug(`${path.basename(task.file.name, '.e2e.ts')} ${task.name}`);
        const pages = contexts.flatMap((context) => context.pages());
        for (const [index, page] of pages.entries()) {
          const suffix = pages.length > 1 ? `-${index + 1}` : '';
          // A crashed page has nothing to show; the test's own error says what went wrong.
          await page
            .screenshot({ path: path.join(resultsDir, `${name}${suffix}.png`), fullPage: true })
            .catch(() => undefined);
        }
        if (consoleErrors.length)
          writeFileSync(path.join(resultsDir, `${name}.console.txt`), `${consoleErrors.join('\n')}\n`);
      }
      await Promise.all(contexts.map((context) => context.close()));
      const violations = consoleErrors.filter(isPolicyViolation);
      if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    });
    return async (options = {}) => {
      const context = await browser.newContext({
        baseURL,
        ...(options.phone
          ? { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true }
          : { viewport: { width: 1280, height: 900 } }),
        // As in the unit suite: a zone with a 45-minute offset shows any slip into the browser's local time.
        timezoneId: options.timezoneId ?? 'Asia/Kathmandu',
        locale: options.locale ?? 'en-GB',
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      return page;
    };
  })
  .extend('page', ({ openPage }) => openPage());

export { describe, expect } from 'vitest';
