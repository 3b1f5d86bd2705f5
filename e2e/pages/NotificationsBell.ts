import type { Page } from 'playwright-core';

/** The header's bell and its panel of notifications. */
export class NotificationsBell {
  constructor(private readonly page: Page) {}

  /** The bell, named `Notifications` or `Notifications, N unread`. */
  get button() {
    return this.page.getByRole('button', { name: /^Notifications(, \d+ unread)?$/ });
  }

  /** Waits until the bell says `unread` unread notifications (0: none). */
  async waitForUnread(unread: number): Promise<void> {
    const name = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
    await this.page.getByRole('button', { name, exact: true }).waitFor();
  }

  get panel() {
    return this.page.getByRole('dialog', { name: 'Notifications panel' });
  }

  async open(): Promise<this> {
    // A panel closing after a choice stays on screen for its transition: let it go before deciding to click.
    await this.panel.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
    if (!(await this.panel.isVisible())) await this.button.click();
    await this.panel.waitFor();
    return this;
  }

  /** A notification in the open panel, by its text. */
  item(text: string | RegExp) {
    return this.panel.getByRole('button', { name: text });
  }

  async markAllAsRead(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Mark all as read', exact: true }).click();
  }
}
