import type { ImportKind, ImportReport } from '../../../shared/schemas/registrations.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { AppError } from '../../infra/http/errors.js';
import {
  parseRecruitersCsv,
  parseTalentsCsv,
  type RecruiterImportRow,
  type TalentImportRow,
} from './registrations.csv.js';
import { findOwnCompanyByName } from '../companies/index.js';
import {
  asOrganizer,
  changeAsOrganizer,
  checkAccount,
  ensureCompanyRegistered,
  ensureRecruiter,
  type PersonOutcome,
  preloadedLookups,
  type Registrar,
  registerTalents,
} from './registrations.usecases.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';

type RowOutcome = Omit<PersonOutcome, 'user'>;
type ImportRow = TalentImportRow | RecruiterImportRow;

/** Rows per transaction: big enough for few statements, small enough that others wait little between batches. */
const IMPORT_BATCH_ROWS = 100;

function record(report: ImportReport, row: number, result: RowOutcome | AppError) {
  if (result instanceof AppError) {
    report.errors.push({ row, message: result.message });
    return;
  }
  report[result.outcome]++;
  if (result.notice) report.notices.push({ row, message: result.notice });
}

async function importTalents(r: Registrar, rows: TalentImportRow[], report: ImportReport) {
  const results = await registerTalents(
    r,
    rows.map((row) => ({ person: row, profile: row.profile })),
    { rename: true },
  );
  for (const [index, result] of results.entries()) record(report, rows[index]!.row, result);
}

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

async function importRecruiters(r: Registrar, rows: RecruiterImportRow[], report: ImportReport) {
  const batch = {
    ...r,
    lookups: await preloadedLookups(
      r.tx,
      rows.map((row) => row.email),
    ),
  };
  for (const row of rows) {
    try {
      record(report, row.row, await importRecruiter(batch, row));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      record(report, row.row, error);
    }
  }
}

/**
 * Lets others in after a batch. PGlite runs every query in this thread, one at a time, so requests that arrived
 * during a batch need as much time again for their next queries, not just one turn; a PostgreSQL pool serves them
 * meanwhile.
 */
function yieldAfter(ctx: AppContext, batchMs: number) {
  const pause = ctx.database.kind === 'postgres' ? 0 : batchMs;
  return new Promise<void>((resolve) => setTimeout(resolve, pause));
}

/**
 * Imports talents or recruiters from CSV; re-importing merges by email, and invitations go only to accounts the
 * import created. A refused row (an email of another kind of account, say) is reported and the others apply: every
 * check of a row runs before its first write, so a refused row leaves nothing behind. Rows go in batches, each its
 * own transaction, with other people's requests let in between (PGlite is one connection for everyone); the
 * organizer's sockets hear the progress after each. An error nobody foresaw stops the import after the batches
 * already done, which a second import of the file merges with.
 */
export async function importRegistrations(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  kind: ImportKind;
  csv: string;
}): Promise<ImportReport> {
  await asOrganizer(input, async () => undefined);
  const parsed = input.kind === 'talents' ? parseTalentsCsv(input.csv) : parseRecruitersCsv(input.csv);
  const report: ImportReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [...parsed.errors],
    notices: [],
  };
  const rows: ImportRow[] = parsed.rows;
  for (let done = 0; done < rows.length; ) {
    const batch = rows.slice(done, done + IMPORT_BATCH_ROWS);
    const started = performance.now();
    await changeAsOrganizer(input, (r) =>
      input.kind === 'talents'
        ? importTalents(r, batch as TalentImportRow[], report)
        : importRecruiters(r, batch as RecruiterImportRow[], report),
    );
    done += batch.length;
    await input.ctx.live.publish([liveTopics.user(input.user.id)], {
      type: 'registrations.import_progress',
      eventId: input.eventId,
      done,
      total: rows.length,
    });
    await yieldAfter(input.ctx, performance.now() - started);
  }
  report.errors.sort((a, b) => a.row - b.row);
  report.notices.sort((a, b) => a.row - b.row);
  return report;
}
