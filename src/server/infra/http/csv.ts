import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading apostrophe makes it
 * text again, as OWASP advises. Applied to every text cell, since any may hold what a person typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export type CsvCell = string | number | null | undefined;

/**
 * A CSV file for people to open in a spreadsheet: a header row, RFC 4180 quoting and CRLF line ends, UTF-8 with a
 * byte order mark so Excel reads accents, and no cell a spreadsheet would run as a formula.
 */
export function spreadsheetCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, CsvCell>[],
): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const cell = row[column];
      return typeof cell === 'string' ? neutraliseFormula(cell) : (cell ?? '');
    }),
  );
  return stringify(cells, { bom: true, header: true, columns: [...columns], record_delimiter: 'windows' });
}
