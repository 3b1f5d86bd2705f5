import type { ImportKind, ImportReport } from '../../../shared/schemas/registrations.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { AppError } from '../../http/errors.js';
import {
  parseRecruitersCsv,
  parseTalentsCsv,
  type RecruiterImportRow,
  type TalentImportRow,
} from './registrations.csv.js';
import { findOwnCompanyByName } from '../companies/companies.repository.js';
import {
  asOrganizer,
  checkAccount,
  ensureCompanyRegistered,
  ensureRecruiter,
  ensureTalent,
  type PersonOutcome,
  preloadedLookups,
  type Registrar,
} from './registrations.usecases.js';

type RowOutcome = Omit<PersonOutcome, 'user'>;

const importTalent = (r: Registrar, row: TalentImportRow): Promise<RowOutcome> =>
  ensureTalent(r, { person: row, profile: row.profile, rename: true });

async function importRecruiter(r: Registrar, row: RecruiterImportRow): Promise<RowOutcome> {
  // Refuse the row before registering its company, so that a refused row changes nothing.
  const existing = await r.lookups.userByEmail(row.email);
  if (existing) {
    const company = await findOwnCompanyByName(r.tx, r.organizer.id, row.company);
    checkAccount(existing, { role: 'recruiter', companyId: company?.id ?? null });
  }
  const registered = await ensureCompanyRegistered(r, { name: row.company, booth: row.booth });
  const result = await ensureRecruiter(r, { companyId: registered.company.id, person: row, rename: true });
  return result.outcome === 'unchanged' ? { ...result, outcome: registered.outcome } : result;
}

/**
 * Imports talents or recruiters from CSV; re-importing merges by email, and invitations go only to accounts the
 * import created. A refused row (an email of another kind of account, say) is reported and the others apply: every
 * check of a row runs before its first write, so a refused row leaves nothing behind, and all rows share one
 * transaction, so an error nobody foresaw imports nothing rather than half a file.
 */
export async function importRegistrations(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  kind: ImportKind;
  csv: string;
}): Promise<ImportReport> {
  return asOrganizer(input, async (organizer) => {
    const parsed = input.kind === 'talents' ? parseTalentsCsv(input.csv) : parseRecruitersCsv(input.csv);
    const r: Registrar = {
      ...organizer,
      lookups: await preloadedLookups(
        organizer.tx,
        organizer.event.id,
        parsed.rows.map((row) => row.email),
      ),
    };
    const report: ImportReport = {
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [...parsed.errors],
      notices: [],
    };
    const applyRow = async <Row extends { row: number }>(
      row: Row,
      apply: (r: Registrar, row: Row) => Promise<RowOutcome>,
    ) => {
      try {
        const { outcome, notice } = await apply(r, row);
        report[outcome]++;
        if (notice) report.notices.push({ row: row.row, message: notice });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        report.errors.push({ row: row.row, message: error.message });
      }
    };
    if (input.kind === 'talents') {
      for (const row of parsed.rows as TalentImportRow[]) await applyRow(row, importTalent);
    } else {
      for (const row of parsed.rows as RecruiterImportRow[]) await applyRow(row, importRecruiter);
    }
    report.errors.sort((a, b) => a.row - b.row);
    return report;
  });
}
