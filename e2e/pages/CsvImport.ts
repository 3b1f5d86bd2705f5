import type { Page } from 'playwright-core';
import { field } from '../support/locators.js';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  withErrors: number;
}

export interface FailedRow {
  row: string;
  problem: string;
}

const summaryPattern = /(\d+) created, (\d+) updated, (\d+) unchanged, (\d+) with errors/;

/** The `Import … from CSV` section of the Companies and Talents tabs (one per tab). */
export class CsvImport {
  constructor(private readonly page: Page) {}

  get templateLink() {
    return this.page.getByRole('link', { name: 'Download template', exact: true });
  }

  private get summary() {
    return this.page.getByRole('status').filter({ hasText: summaryPattern });
  }

  /** Uploads a file made in memory and waits for the report of this very import. */
  async importCsv(fileName: string, csv: string): Promise<ImportSummary> {
    await field(this.page, 'CSV file').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    // A second import of the same file may give the same report: only the answer tells the two apart.
    const answered = this.page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith('/import'),
    );
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await answered;
    await this.summary.waitFor();
    const text = (await this.summary.textContent()) ?? '';
    const [, created, updated, unchanged, withErrors] = (summaryPattern.exec(text) ?? []).map(Number);
    return { created: created!, updated: updated!, unchanged: unchanged!, withErrors: withErrors! };
  }

  async failedRows(): Promise<FailedRow[]> {
    const table = this.page
      .getByRole('table')
      .filter({ has: this.page.getByRole('columnheader', { name: 'Problem', exact: true }) });
    const rows = table.getByRole('row').filter({ has: this.page.getByRole('cell') });
    const failed: FailedRow[] = [];
    for (const row of await rows.all()) {
      const [number = '', problem = ''] = await row.getByRole('cell').allTextContents();
      failed.push({ row: number.trim(), problem: problem.trim() });
    }
    return failed;
  }
}
