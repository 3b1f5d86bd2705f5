import type { Locator, Page } from 'playwright-core';

/**
 * `All 1-1 Chats`: every chat of the company at the event in a table, with `Status` and `Recruiter` filters. A row is
 * known by the talent's name, a link that opens the chat.
 */
export class AllChatsPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<this> {
    await this.page.getByRole('heading', { name: 'All 1-1 Chats', exact: true, level: 2 }).waitFor();
    return this;
  }

  private async choose(filter: 'Status' | 'Recruiter', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: filter, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** `All statuses`, `Requests`, `In Scheduling`, `Confirmed`, `Declined`, `Completed` or `Cancelled`. */
  filterByStatus(status: string): Promise<void> {
    return this.choose('Status', status);
  }

  /** `Whole team`, or a recruiter by name (oneself as `Name (you)`). */
  filterByRecruiter(recruiter: string): Promise<void> {
    return this.choose('Recruiter', recruiter);
  }

  /** The row of the chat with `talent`. */
  row(talent: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: talent, exact: true }) });
  }

  /** Opens the chat with `talent` and returns its card. */
  async open(talent: string): Promise<Locator> {
    await this.row(talent).getByRole('link', { name: talent, exact: true }).click();
    await this.page.getByRole('heading', { name: `1-1 chat of ${talent}`, exact: true, level: 2 }).waitFor();
    return this.page.getByRole('article', { name: talent, exact: true });
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to All 1-1 Chats', exact: true }).click();
    await this.waitUntilShown();
  }
}
