import type { Page } from 'playwright-core';

/** The header every signed-in page shares. */
export class AppHeader {
  constructor(protected readonly page: Page) {}

  /** Logs out and waits for the login page. */
  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Log in' }).waitFor();
  }
}
