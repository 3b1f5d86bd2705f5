import type { Page } from 'playwright-core';
import { field } from '../support/locators.js';
import { CsvImport } from './CsvImport.js';

/** The organizer's `Talents` tab: the registered talents, the form to register one, and the CSV import. */
export class TalentsTab {
  readonly csv: CsvImport;

  constructor(private readonly page: Page) {
    this.csv = new CsvImport(page);
  }

  get table() {
    return this.page
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: 'Email', exact: true }) });
  }

  /** The table row of a talent, found by email (names need not be unique). */
  talent(email: string) {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  async register(talent: { name: string; email: string }): Promise<void> {
    await field(this.page, 'Name').fill(talent.name);
    await field(this.page, 'Email').fill(talent.email);
    await this.page.getByRole('button', { name: 'Register talent', exact: true }).click();
    await this.talent(talent.email).waitFor();
  }
}
