import type { Locator, Page } from 'playwright-core';

/** `More actions` on a chat card: `Reschedule` and `Cancel`, each opening a dialog with an optional `Message`. */
export class ChatMoreActions {
  constructor(private readonly page: Page) {}

  async choose(card: Locator, action: 'Reschedule' | 'Cancel'): Promise<void> {
    await card.getByRole('button', { name: 'More actions', exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Fills the dialog named `title` and submits it with `submit`; it closes once the change is saved. */
  async submit(title: string, submit: string, message: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title, exact: true });
    await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill(message);
    await dialog.getByRole('button', { name: submit, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
