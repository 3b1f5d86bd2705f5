import type { Locator } from 'playwright-core';
import { escapeRegExp, field } from '../support/locators.js';
import { AppHeader } from './AppHeader.js';

/**
 * The support agents' console: `/support` (every event) or an event's `Support` tab (that event alone). Open or
 * closed conversations on the left, the chosen one on the right.
 */
export class SupportConsolePage extends AppHeader {
  /** From the header's `Support console` link. */
  async openFromHeader(): Promise<this> {
    await this.page.getByRole('link', { name: 'Support console', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Support console', level: 1 }).waitFor();
    return this;
  }

  list(status: 'Open' | 'Closed'): Locator {
    return this.page.getByRole('list', { name: `${status} conversations`, exact: true });
  }

  /** The `Open` / `Closed` switch: its radio inputs are hidden behind their labels, which take the click. */
  async show(status: 'Open' | 'Closed'): Promise<void> {
    const filter = this.page.getByRole('radiogroup', { name: 'Which conversations', exact: true });
    await filter.getByText(status, { exact: true }).click();
    await filter
      .getByRole('radio', { name: status, exact: true, checked: true })
      .waitFor({ state: 'attached' });
    await this.list(status).waitFor();
  }

  /** A line of the list: links to the conversation and tells who, from where, and how long they have waited. */
  line(askerName: string, status: 'Open' | 'Closed' = 'Open'): Locator {
    return this.list(status).getByRole('link').filter({ hasText: askerName });
  }

  /** `Waiting 12 s`, `Answered` or `Closed`. */
  waiting(line: Locator): Locator {
    return line.getByText(/^(Waiting .+|Answered|Closed)$/);
  }

  panel(askerName: string): Locator {
    return this.page.getByRole('region', { name: `Conversation with ${askerName}`, exact: true });
  }

  async open(askerName: string, status: 'Open' | 'Closed' = 'Open'): Promise<Locator> {
    await this.line(askerName, status).click();
    const panel = this.panel(askerName);
    await panel.waitFor();
    return panel;
  }

  /** A message holding this text; `author` as the agent sees it: the person's name, or `You` for their own. */
  message(panel: Locator, text: string, author?: string): Locator {
    const log = panel.getByRole('log');
    const articles = author
      ? log.getByRole('article', { name: new RegExp(`^${escapeRegExp(author)},`) })
      : log.getByRole('article');
    return articles.filter({ hasText: text });
  }

  async reply(panel: Locator, text: string): Promise<void> {
    await field(panel, 'Reply').fill(text);
    await panel.getByRole('button', { name: 'Send reply', exact: true }).click();
    await this.message(panel, text, 'You').waitFor();
  }

  async close(panel: Locator): Promise<void> {
    await panel.getByRole('button', { name: 'Close conversation', exact: true }).click();
    await panel.getByText(/^Closed by you/).waitFor();
  }
}
