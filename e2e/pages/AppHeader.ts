import type { Locator, Page } from 'playwright-core';

/** The header every signed-in page shares; on a phone its places, the user and `Log out` are in its `Menu`. */
export class AppHeader {
  constructor(protected readonly page: Page) {}

  get menuButton(): Locator {
    return this.page.getByRole('button', { name: 'Menu', exact: true });
  }

  /** Opens the phone's header menu and returns it. */
  async openMenu(): Promise<Locator> {
    await this.menuButton.click();
    const menu = this.page.getByRole('dialog', { name: 'Menu', exact: true });
    await menu.waitFor();
    return menu;
  }

  /** Logs out (through the menu on a phone) and waits for the login page. */
  async logOut(): Promise<void> {
    const scope = (await this.menuButton.isVisible()) ? await this.openMenu() : this.page;
    await scope.getByRole('button', { name: 'Log out', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Log in' }).waitFor();
  }
}
