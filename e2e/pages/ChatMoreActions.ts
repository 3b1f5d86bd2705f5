import type { Locator, Page } from 'playwright-core';

/** `More actions` on a chat card: `Reschedule` and `Cancel`, each opening a dialog with an optional `Message`. */
export class ChatMoreActions {
  constructor(private readonly page: Page) {}

  async choose(card: Locator, action: 'Reschedule' | 'Cancel'): Promise<void> {
    await card.getByRole('button', { name: 'More actions', exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
    // The menu fades out; until it is gone it is a half-removed widget under the dialog.
    await this.page.getByRole('menu').waitFor({ state: 'detached' });
  }

  /** Fills the dialog named `title` and submits it with `submit`; it closes once the change is saved. */
  async submit(title: string, submit: string, message: string): Promise<void> {
    const dialog = await this.write(title, message);
    await dialog.getByRole('button', { name: submit, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /**
   * The recruiter's `Reschedule` dialog: types a message, then moves the chat straight to the free slot `label`
   * of the day named `day` (`Friday, 6 December 2030`); the message goes with the move.
   */
  async moveTo(title: string, message: string, day: string, label: string): Promise<void> {
    const dialog = await this.write(title, message);
    await dialog
      .getByRole('group', { name: day, exact: true })
      .getByRole('button', { name: label, exact: true })
      .click();
    await dialog.waitFor({ state: 'detached' });
  }

  private async write(title: string, message: string): Promise<Locator> {
    const dialog = this.page.getByRole('dialog', { name: title, exact: true });
    await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill(message);
    return dialog;
  }
}
