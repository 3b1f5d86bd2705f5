import type { Locator, Page } from 'playwright-core';
import { field } from '../support/locators.js';

/** The `Technical support` drawer: the person's conversation with the support team. */
export class SupportDrawer {
  readonly dialog: Locator;
  readonly messages: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Technical support', exact: true });
    this.messages = this.dialog.getByRole('log', { name: 'Your conversation with support', exact: true });
  }

  /** Opens it from the header's `Technical support` button (the room's life ring opens the same drawer). */
  async openFromHeader(): Promise<this> {
    await this.page.getByRole('button', { name: 'Technical support', exact: true }).click();
    await this.dialog.waitFor();
    return this;
  }

  /** A message of the conversation holding this text, written by `You` or `Support` when named. */
  message(text: string, author?: 'You' | 'Support'): Locator {
    const articles = author
      ? this.messages.getByRole('article', { name: new RegExp(`^${author},`) })
      : this.messages.getByRole('article');
    return articles.filter({ hasText: text });
  }

  /** Writes to support and waits until the message is shown in the conversation. */
  async write(text: string): Promise<void> {
    await field(this.dialog, 'Write to support').fill(text);
    await this.dialog.getByRole('button', { name: 'Send to support', exact: true }).click();
    await this.message(text, 'You').waitFor();
  }
}
