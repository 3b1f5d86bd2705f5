import type { Page } from 'playwright-core';
import { field } from '../support/locators.js';
import { CsvImport } from './CsvImport.js';

export interface CompanyInput {
  name: string;
  booth: string;
  recruiters: { name: string; email: string }[];
}

/** The organizer's `Companies` tab: the registered companies, the form to register one, and the CSV import. */
export class CompaniesTab {
  readonly csv: CsvImport;

  constructor(private readonly page: Page) {
    this.csv = new CsvImport(page);
  }

  get table() {
    return this.page
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: 'Company', exact: true }) });
  }

  /** The table row of a company, with its booth and recruiters. */
  company(name: string) {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async register(company: CompanyInput): Promise<void> {
    await field(this.page, 'Company name').fill(company.name);
    await field(this.page, 'Booth or table').fill(company.booth);
    for (const [index, recruiter] of company.recruiters.entries()) {
      if (index > 0) await this.page.getByRole('button', { name: 'Add recruiter', exact: true }).click();
      await field(this.page, 'Recruiter name').nth(index).fill(recruiter.name);
      await field(this.page, 'Recruiter email').nth(index).fill(recruiter.email);
    }
    await this.page.getByRole('button', { name: 'Register company', exact: true }).click();
    await this.company(company.name).waitFor();
  }
}
