import type {
  CompanyRegistrationInput,
  Person,
  PersonInput,
  RegisteredCompany,
} from '../../../shared/schemas/registrations.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator } from '../../i18n/index.js';
import type { Queryable } from '../../infra/db/client.js';
import { findUserByEmail, type UserRow } from '../auth/index.js';
import { sendInvitation, sendInvitations } from '../auth/index.js';
import { AppError } from '../../infra/http/errors.js';
import { findCompanyById, findOrCreateOwnCompany } from '../companies/index.js';
import { type EventRow, loadEventAsOrganizer, publishEventChanged } from '../events/index.js';
import { registrationErrors } from './registrations.errors.js';
import * as repo from './registrations.repository.js';

/** What one registration did: a new account, a change to an existing one (or its registration), or nothing. */
type Outcome = 'created' | 'updated' | 'unchanged';

/**
 * How registrations find accounts. Single requests ask the database each time; an import loads all the accounts
 * of a batch in one query first.
 */
export interface Lookups {
  userByEmail(email: string): Promise<UserRow | undefined>;
}

/** Who registers people, for the invitation emails: the organizer, at their event. */
export interface Registrar {
  ctx: AppContext;
  tx: Queryable;
  event: EventRow;
  organizer: SessionUser;
  lookups: Lookups;
}

function directLookups(q: Queryable): Lookups {
  return { userByEmail: (email) => findUserByEmail(q, email) };
}

export async function preloadedLookups(q: Queryable, emails: string[]): Promise<Lookups> {
  const users = await repo.findUsersByEmails(q, emails);
  return { userByEmail: async (email) => users.get(email.toLowerCase()) };
}

const presentPerson = (row: { id: string; name: string; email: string; activated: boolean }): Person => ({
  id: row.id,
  name: row.name,
  email: row.email,
  activated: row.activated,
});

type AccountKind = { role: 'talent' } | { role: 'recruiter'; companyId: string | null };

/**
 * One person cannot be both a talent and a recruiter, and a recruiter is a member of exactly one company: an email
 * already used otherwise is refused, naming it (but not the other company, which may be another organizer's).
 */
export function checkAccount(user: UserRow, kind: AccountKind): void {
  if (user.role !== kind.role) {
    throw registrationErrors.email_taken(
      requestTranslator().t('errors.registrations.emailOfOtherRole', {
        email: user.email,
        owner: user.role,
        wanted: kind.role,
      }),
    );
  }
  if (kind.role === 'recruiter' && user.companyId !== kind.companyId) {
    throw registrationErrors.email_taken(
      requestTranslator().t('errors.registrations.emailOfOtherCompany', { email: user.email }),
    );
  }
}

/** Only the organizer whose registration created an account may change its name and profile. */
const registeredByOrganizer = (r: Registrar, user: UserRow) => user.registeredBy === r.organizer.id;

/** What the per-row report tells the organizer about an account of someone else's they registered as it is. */
const keptAsIs = (email: string, kept: string) =>
  `${email} already has a Parley account; registered as is, ${kept} not changed.`;

/** The result of registering one person: what happened, and anything the organizer should know about it. */
export interface PersonOutcome {
  user: UserRow;
  outcome: Outcome;
  notice?: string;
}

/**
 * Finds the account of an email, or creates and invites it. Every refusal comes before the first write, so a
 * refused import row leaves nothing behind. `rename` asks to set the name given: done for the organizer's own
 * accounts only.
 */
async function ensureAccount(
  r: Registrar,
  person: PersonInput,
  kind: { role: 'recruiter'; companyId: string },
  rename: boolean,
): Promise<{ user: UserRow; outcome: Outcome; nameKept: boolean }> {
  let user = await r.lookups.userByEmail(person.email);
  if (!user) {
    const [created] = await repo.insertUsersIfAbsent(r.tx, [
      { ...person, role: kind.role, companyId: kind.companyId, registeredBy: r.organizer.id },
    ]);
    if (created) {
      await sendInvitation(r.tx, r.ctx, created, invitationContext(r));
      return { user: created, outcome: 'created', nameKept: false };
    }
    // Created by a concurrent request since we looked.
    user = (await findUserByEmail(r.tx, person.email))!;
  }
  checkAccount(user, kind);
  if (!rename || user.name === person.name) return { user, outcome: 'unchanged', nameKept: false };
  if (!registeredByOrganizer(r, user)) return { user, outcome: 'unchanged', nameKept: true };
  await repo.renameUsers(r.tx, [{ id: user.id, name: person.name }]);
  return { user: { ...user, name: person.name }, outcome: 'updated', nameKept: false };
}

const invitationContext = (r: Registrar) => ({
  invitedBy: r.organizer.name,
  event: { id: r.event.id, name: r.event.name },
});

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The profile fields given that differ from the stored ones (all of them for a new profile). */
function profileChanges(stored: repo.TalentProfileRow | undefined, given: repo.TalentProfileValues) {
  return Object.fromEntries(
    Object.entries(given).filter(
      ([key, value]) => !stored || !sameValue(stored[key as keyof typeof stored], value),
    ),
  ) as repo.TalentProfileValues;
}

export interface TalentEntry {
  person: PersonInput;
  profile?: repo.TalentProfileValues;
}

/**
 * Registers many talents for the event in a few set-based statements, creating and inviting the accounts that
 * are new. For the organizer's own talents, `rename` sets the names given and profile fields given overwrite the
 * stored ones (fields not given are left alone); another organizer's talent is registered as they are, with a
 * notice. Answers per entry, in order: what happened, or why it was refused (a refused entry writes nothing).
 */
export async function registerTalents(
  r: Registrar,
  entries: TalentEntry[],
  options: { rename: boolean },
): Promise<(PersonOutcome | AppError)[]> {
  const known = await repo.findUsersByEmails(
    r.tx,
    entries.map((entry) => entry.person.email),
  );
  // Undefined for an email without an account yet: it is created below.
  const found: (PersonOutcome | AppError | undefined)[] = entries.map((entry) => {
    const user = known.get(entry.person.email.toLowerCase());
    if (!user) return undefined;
    try {
      checkAccount(user, { role: 'talent' });
      return { user, outcome: 'unchanged' };
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  });
  const fresh = entries.flatMap((_entry, index) => (found[index] ? [] : [index]));
  const created = await repo.insertUsersIfAbsent(
    r.tx,
    fresh.map((index) => ({
      ...entries[index]!.person,
      role: 'talent' as const,
      companyId: null,
      registeredBy: r.organizer.id,
    })),
  );
  const createdByEmail = new Map(created.map((user) => [user.email.toLowerCase(), user]));
  const results = found.map((result, index): PersonOutcome | AppError => {
    if (result) return result;
    const user = createdByEmail.get(entries[index]!.person.email.toLowerCase());
    // Taken by a concurrent registration since we looked: asking again settles it.
    return user ? { user, outcome: 'created' } : registrationErrors.registered_meanwhile();
  });
  await sendInvitations(r.tx, r.ctx, created, invitationContext(r));

  const existing = results.flatMap((result, index) =>
    result instanceof AppError || result.outcome === 'created'
      ? []
      : [{ entry: entries[index]!, index, user: result.user }],
  );
  const stored = await repo.findTalentProfiles(
    r.tx,
    existing.map(({ user }) => user.id),
  );
  const given = new Map(entries.map((entry) => [entry.person.email.toLowerCase(), entry.profile]));
  const profiles: ({ userId: string } & repo.TalentProfileValues)[] = created.map((user) => ({
    userId: user.id,
    ...given.get(user.email.toLowerCase()),
  }));
  const renames = new Map<string, string>();
  const changed = new Set<string>();
  for (const { entry, index, user } of existing) {
    const profile = stored.get(user.id);
    const changes = profileChanges(profile, entry.profile ?? {});
    const profileDiffers = Object.keys(changes).length > 0;
    const nameDiffers = options.rename && user.name !== entry.person.name;
    if (!registeredByOrganizer(r, user)) {
      const kept = [nameDiffers && 'name', profileDiffers && 'profile'].filter(Boolean).join(' and ');
      if (kept) results[index] = { user, outcome: 'unchanged', notice: keptAsIs(user.email, kept) };
      if (!profile) profiles.push({ userId: user.id });
      continue;
    }
    if (nameDiffers) renames.set(user.id, entry.person.name);
    if (profileDiffers || !profile) profiles.push({ userId: user.id, ...pickProfile(profile), ...changes });
    if (nameDiffers || (profile && profileDiffers)) changed.add(user.id);
  }
  await repo.renameUsers(
    r.tx,
    [...renames].map(([id, name]) => ({ id, name })),
  );
  await repo.upsertTalentProfiles(r.tx, profiles, r.ctx.now());
  const newlyRegistered = await repo.insertTalentRegistrations(
    r.tx,
    r.event.id,
    results.flatMap((result) => (result instanceof AppError ? [] : [result.user.id])),
  );
  return results.map((result) => {
    if (result instanceof AppError || result.outcome === 'created') return result;
    const name = renames.get(result.user.id) ?? result.user.name;
    const updated = changed.has(result.user.id) || newlyRegistered.has(result.user.id);
    return { ...result, user: { ...result.user, name }, outcome: updated ? 'updated' : 'unchanged' };
  });
}

/** The stored profile's own columns, to be written back whole with the changes on top. */
function pickProfile(profile: repo.TalentProfileRow | undefined): repo.TalentProfileValues {
  if (!profile) return {};
  return Object.fromEntries(repo.profileColumns.map((column) => [column, profile[column]]));
}

/**
 * Registers the organizer's company of that name (whatever its case, created if they have none); an empty booth
 * keeps the one it has.
 */
export async function ensureCompanyRegistered(r: Registrar, input: { name: string; booth?: string }) {
  const company = await findOrCreateOwnCompany(r.tx, r.organizer.id, input.name);
  const registration = await repo.findRegistration(r.tx, r.event.id, company.id);
  let outcome: Outcome = 'unchanged';
  if (!registration) {
    await repo.insertRegistration(r.tx, r.event.id, company.id, input.booth ?? '');
    outcome = 'updated';
  } else if (input.booth && input.booth !== registration.booth) {
    await repo.setBooth(r.tx, r.event.id, company.id, input.booth);
    outcome = 'updated';
  }
  return { company, outcome };
}

export async function ensureRecruiter(
  r: Registrar,
  input: { companyId: string; person: PersonInput; rename?: boolean },
): Promise<Omit<PersonOutcome, 'user'>> {
  const { outcome, nameKept, user } = await ensureAccount(
    r,
    input.person,
    { role: 'recruiter', companyId: input.companyId },
    input.rename ?? false,
  );
  return { outcome, notice: nameKept ? keptAsIs(user.email, 'name') : undefined };
}

/** Runs `fn` in a transaction as the event's organizer; others get the 404 or 403 of the event policy. */
export async function asOrganizer<T>(
  input: { ctx: AppContext; user: SessionUser; eventId: string },
  fn: (r: Registrar) => Promise<T>,
): Promise<T> {
  return input.ctx.db.transaction(async (tx) => {
    const event = await loadEventAsOrganizer(tx, input.user, input.eventId);
    return fn({ ctx: input.ctx, tx, event, organizer: input.user, lookups: directLookups(tx) });
  });
}

/**
 * `asOrganizer` for a change of who or what attends (companies, booths, recruiters, talents): the pages open on the
 * event hear of it once it commits, and the caches that show the event's companies and people read them again.
 */
export async function changeAsOrganizer<T>(
  input: { ctx: AppContext; user: SessionUser; eventId: string },
  fn: (r: Registrar) => Promise<T>,
): Promise<T> {
  const { result, deliver } = await asOrganizer(input, async (r) => {
    const result = await fn(r);
    return { result, deliver: await publishEventChanged(r.ctx, r.tx, r.event.id) };
  });
  deliver();
  await recruiterListChanged(input);
  return result;
}

async function presentCompany(q: Queryable, eventId: string, companyId: string): Promise<RegisteredCompany> {
  const [company] = await repo.listRegisteredCompanies(q, eventId, companyId);
  if (!company) throw registrationErrors.company_not_registered();
  return { ...company, recruiters: company.recruiters.map(presentPerson) };
}

async function requireRegisteredCompany(r: Registrar, companyId: string) {
  const registration = await repo.findRegistration(r.tx, r.event.id, companyId);
  if (!registration) throw registrationErrors.company_not_registered();
  return registration;
}

/** Recruiters join only the organizer's own companies, never a team another organizer runs. */
async function requireOwnCompany(r: Registrar, companyId: string) {
  const company = await findCompanyById(r.tx, companyId);
  if (company?.ownerId !== r.organizer.id) throw registrationErrors.company_of_another_organizer();
}

type Access = { ctx: AppContext; user: SessionUser; eventId: string };

export async function listCompanies(input: Access) {
  return asOrganizer(input, async (r) => {
    const companies = await repo.listRegisteredCompanies(r.tx, r.event.id);
    return { companies: companies.map((c) => ({ ...c, recruiters: c.recruiters.map(presentPerson) })) };
  });
}

/** Registering a company that is already registered merges: the booth is updated and recruiters are added. */
export async function registerCompany(input: Access & { registration: CompanyRegistrationInput }) {
  return changeAsOrganizer(input, async (r) => {
    const { company } = await ensureCompanyRegistered(r, input.registration);
    for (const person of input.registration.recruiters) {
      await ensureRecruiter(r, { companyId: company.id, person });
    }
    return presentCompany(r.tx, r.event.id, company.id);
  });
}

/**
 * Talents' cached list of bookable recruiters shows the companies attending, their booths and their recruiters'
 * names; the teams' cached overviews and chat pages show their members, and their talents' names and headlines:
 * they are read again after any of them changes.
 */
async function recruiterListChanged(input: Access) {
  await input.ctx.invalidations.invalidate('event', input.eventId);
}

export async function setBooth(input: Access & { companyId: string; booth: string }) {
  return changeAsOrganizer(input, async (r) => {
    await requireRegisteredCompany(r, input.companyId);
    await repo.setBooth(r.tx, r.event.id, input.companyId, input.booth);
    return presentCompany(r.tx, r.event.id, input.companyId);
  });
}

export async function addRecruiter(input: Access & { companyId: string; person: PersonInput }) {
  // A new colleague joins the company's team at every event; an existing one may have been renamed.
  return changeAsOrganizer(input, async (r) => {
    await requireRegisteredCompany(r, input.companyId);
    await requireOwnCompany(r, input.companyId);
    await ensureRecruiter(r, { companyId: input.companyId, person: input.person });
    return presentCompany(r.tx, r.event.id, input.companyId);
  });
}

export async function unregisterCompany(input: Access & { companyId: string }) {
  await changeAsOrganizer(input, async (r) => {
    await requireRegisteredCompany(r, input.companyId);
    const open = await repo.countOpenChatsOfCompany(r.tx, r.event.id, input.companyId);
    if (open > 0) {
      throw registrationErrors.has_open_chats(
        requestTranslator().t('errors.registrations.companyHasOpenChats', { count: open }),
      );
    }
    await repo.deleteRegistration(r.tx, r.event.id, input.companyId);
  });
}

export async function listTalents(input: Access) {
  return asOrganizer(input, async (r) => ({
    talents: (await repo.listRegisteredTalents(r.tx, r.event.id)).map(presentPerson),
  }));
}

export async function addTalent(input: Access & { person: PersonInput }): Promise<Person> {
  return changeAsOrganizer(input, async (r) => {
    const [result] = await registerTalents(r, [{ person: input.person }], { rename: false });
    if (result instanceof AppError) throw result;
    const { user } = result!;
    return presentPerson({ ...user, activated: user.passwordHash !== null });
  });
}

export async function removeTalent(input: Access & { talentId: string }) {
  return changeAsOrganizer(input, async (r) => {
    const open = await repo.countOpenChatsOfTalent(r.tx, r.event.id, input.talentId);
    if (open > 0) {
      throw registrationErrors.has_open_chats(
        requestTranslator().t('errors.registrations.talentHasOpenChats', { count: open }),
      );
    }
    if (!(await repo.deleteTalentRegistration(r.tx, r.event.id, input.talentId))) {
      throw registrationErrors.talent_not_registered();
    }
  });
}
