import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import {
  BoothInput,
  CompanyRegistrationInput,
  type ImportKind,
  importColumns,
  MAX_IMPORT_ROWS,
  PersonInput,
} from '../../../shared/schemas/registrations.schemas.js';
import { Email } from '../../../shared/schemas/auth.schemas.js';
import {
  type ExperienceLevel,
  experienceLevelLabel,
  TalentProfileInput,
} from '../../../shared/schemas/talents.schemas.js';
import { requestTranslator } from '../../i18n/index.js';
import { registrationErrors } from './registrations.errors.js';

/**
 * CSV import, pure: text in, validated rows and per-row errors out. Rows are numbered as a spreadsheet shows
 * them (the header is row 1, a blank line still takes a row), so people find the row the report names.
 */

export interface RowError {
  row: number;
  message: string;
}

type TalentProfileFields = Partial<Omit<TalentProfileInput, 'name'>>;
export interface TalentImportRow {
  row: number;
  email: string;
  name: string;
  /** Only the fields whose cells were filled in: an empty cell leaves the stored value alone. */
  profile: TalentProfileFields;
}
export interface RecruiterImportRow {
  row: number;
  email: string;
  name: string;
  company: string;
  booth?: string;
}

const requiredColumns: Record<ImportKind, readonly string[]> = {
  talents: ['email', 'name'],
  recruiters: ['company', 'email', 'name'],
};
const listColumns = new Set(['languages', 'topics', 'links']);

const TalentRow = TalentProfileInput.extend({ email: Email });
const RecruiterRow = z.object({
  company: CompanyRegistrationInput.shape.name,
  booth: BoothInput.shape.booth.optional(),
  email: Email,
  name: PersonInput.shape.name,
});

const levelByWord = new Map<string, ExperienceLevel>(
  Object.entries(experienceLevelLabel).flatMap(([value, label]) => [
    [value, value as ExperienceLevel],
    [label.toLowerCase(), value as ExperienceLevel],
  ]),
);
const levelChoices = Object.entries(experienceLevelLabel)
  .map(([value, label]) => `${value} (${label})`)
  .join(', ');

type Cells = Record<string, string>;

/** Parses the whole text first: a file the parser cannot read imports nothing. */
function readTable(kind: ImportKind, csv: string): { row: number; cells: Cells }[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, trim: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw registrationErrors.malformed_csv(
      requestTranslator().t('errors.registrations.malformedCsv', {
        line: (error as CsvError & { lines?: number }).lines ?? '?',
        reason: error.message,
      }),
    );
  }
  const header = (records[0] ?? []).map((cell) => cell.toLowerCase());
  const missing = requiredColumns[kind].filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const { t } = requestTranslator();
    const sentence = t('errors.registrations.missingColumns', {
      missing: missing.join(', '),
      count: missing.length,
      kind,
      columns: importColumns[kind].join(', '),
    });
    const semicolons = header.some((cell) => cell.includes(';'));
    throw registrationErrors.missing_columns(
      semicolons ? `${sentence} ${t('errors.registrations.semicolons')}` : sentence,
    );
  }
  const rows = records
    .map((record, index) => ({ row: index + 1, record }))
    .slice(1)
    .filter(({ record }) => record.some((cell) => cell !== ''));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw registrationErrors.too_many_rows(
      requestTranslator().t('errors.registrations.tooManyRows', { rows: rows.length, max: MAX_IMPORT_ROWS }),
    );
  }
  return rows.map(({ row, record }) => {
    const cells: Cells = {};
    for (const column of importColumns[kind]) {
      const index = header.indexOf(column);
      cells[column] = index >= 0 ? (record[index] ?? '') : '';
    }
    return { row, cells };
  });
}

function describeIssues(error: z.ZodError): string {
  const messages = error.issues.map((issue) => {
    const column = String(issue.path[0] ?? 'row');
    return `${column}: ${issue.message}`;
  });
  return [...new Set(messages)].join('; ');
}

/** Shared by both kinds: required cells, the schema, and emails seen earlier in the same file. */
function mapRows<T extends { email: string }, R>(
  kind: ImportKind,
  csv: string,
  toInput: (cells: Cells) => { input: Record<string, unknown>; error?: string },
  schema: z.ZodType<T>,
  build: (row: number, data: T, input: Record<string, unknown>) => R,
): { rows: R[]; errors: RowError[] } {
  const rows: R[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of readTable(kind, csv)) {
    const empty = requiredColumns[kind].filter((column) => cells[column] === '');
    if (empty.length > 0) {
      errors.push({
        row,
        message: requestTranslator().t('errors.registrations.emptyCells', {
          columns: empty.join(', '),
          count: empty.length,
        }),
      });
      continue;
    }
    const { input, error } = toInput(cells);
    const parsed = schema.safeParse(input);
    if (error || !parsed.success) {
      errors.push({
        row,
        message: [error, parsed.error && describeIssues(parsed.error)].filter(Boolean).join('; '),
      });
      continue;
    }
    const earlier = firstRowOf.get(parsed.data.email);
    if (earlier !== undefined) {
      errors.push({
        row,
        message: requestTranslator().t('errors.registrations.repeatedEmail', {
          email: parsed.data.email,
          row: earlier,
        }),
      });
      continue;
    }
    firstRowOf.set(parsed.data.email, row);
    rows.push(build(row, parsed.data, input));
  }
  return { rows, errors };
}

const splitList = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export function parseTalentsCsv(csv: string) {
  return mapRows(
    'talents',
    csv,
    (cells) => {
      const input: Record<string, unknown> = {};
      let error: string | undefined;
      for (const [column, cell] of Object.entries(cells)) {
        if (cell === '') continue;
        if (column === 'level') {
          const level = levelByWord.get(cell.toLowerCase());
          if (level) input.level = level;
          else
            error = requestTranslator().t('errors.registrations.unknownLevel', {
              value: cell,
              levels: levelChoices,
            });
        } else input[column] = listColumns.has(column) ? splitList(cell) : cell;
      }
      return { input, error };
    },
    TalentRow,
    (row, data, input): TalentImportRow => {
      const profile: Record<string, unknown> = {};
      for (const key of Object.keys(input))
        if (key !== 'email' && key !== 'name') profile[key] = data[key as keyof typeof data];
      return { row, email: data.email, name: data.name, profile: profile as TalentProfileFields };
    },
  );
}

export function parseRecruitersCsv(csv: string) {
  return mapRows(
    'recruiters',
    csv,
    (cells) => ({
      input: Object.fromEntries(Object.entries(cells).filter(([, cell]) => cell !== '')),
    }),
    RecruiterRow,
    (row, data): RecruiterImportRow => ({ row, ...data }),
  );
}
