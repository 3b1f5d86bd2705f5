import type { Page } from 'playwright-core';
import { ChatsManagePage } from './ChatsManagePage.js';
import { ChatsRequestLists } from './ChatsRequestLists.js';

/** The recruiter's `1-1 Chats` tab: the way into `Manage 1-1 Chats`, and the request lists with their actions. */
export class ChatsRecruiterPage extends ChatsRequestLists {
  constructor(page: Page) {
    super(page, 'article');
  }

  async waitUntilShown(): Promise<this> {
    await this.tab('Requests').waitFor();
    return this;
  }

  async manage(): Promise<ChatsManagePage> {
    await this.page.getByRole('button', { name: 'Manage 1-1 Chats', exact: true }).click();
    return new ChatsManagePage(this.page).waitUntilShown();
  }

  async approve(talent: string): Promise<void> {
    const card = await this.card('Requests', talent);
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
    await card.waitFor({ state: 'detached' });
  }

  /** Declines with a ready-made `reason` (one click fills `Message`) or a `message` typed in full. */
  async decline(
    talent: string,
    reply: ({ message: string } | { reason: string }) & { suggest?: string },
  ): Promise<void> {
    const card = await this.card('Requests', talent);
    await card.getByRole('button', { name: 'Decline', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Decline request from ${talent}`, exact: true });
    if ('reason' in reply) {
      await dialog
        .getByRole('group', { name: 'Ready-made reasons', exact: true })
        .getByRole('button', { name: reply.reason, exact: true })
        .click();
    } else {
      await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill(reply.message);
    }
    if (reply.suggest) {
      await dialog.getByRole('combobox', { name: 'Suggest a colleague', exact: true }).click();
      await this.page.getByRole('option', { name: reply.suggest, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
  }
}
