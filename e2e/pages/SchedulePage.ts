import type { Locator, Page } from 'playwright-core';
import { field } from '../support/locators.js';
import { AppHeader } from './AppHeader.js';

/** The event's `My Schedule` tab: confirmed chats by day (each named by whom one meets), then the calendar feed. */
export class SchedulePage extends AppHeader {
  readonly feed = this.page.getByRole('region', { name: 'Calendar feed', exact: true });
  readonly feedAddress = field(this.feed, 'Calendar feed address');
  readonly subscribeLink = this.feed.getByRole('link', { name: 'Subscribe', exact: true });

  async waitUntilShown(): Promise<this> {
    await this.feedAddress.waitFor();
    return this;
  }

  /** A day of the schedule, named as the viewer's calendar names it (`Tue, 4 Mar 2030`). */
  day(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A chat of the schedule, by the name of the person one meets. */
  chat(withWhom: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole('listitem', { name: withWhom, exact: true });
  }

  joinButton(chat: Locator): Locator {
    return chat.getByRole('button', { name: 'Join', exact: true });
  }

  /** The folded list of chats that took place, e.g. `Earlier (1)`. */
  earlier(): Locator {
    return this.page.getByRole('button', { name: /^Earlier \(\d+\)$/ });
  }

  /** `Reset link`, confirmed in its dialog; resolves once the new address is shown. */
  async resetFeed(): Promise<void> {
    await this.feed.getByRole('button', { name: 'Reset link', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Reset the calendar feed link?', exact: true });
    await dialog.getByRole('button', { name: 'Reset link', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.feed.getByRole('status').getByText('The link was reset.', { exact: false }).waitFor();
  }
}
