import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { deleteInBatches } from '../../infra/db/batches.js';
import { DELETED_TALENT_NAME } from '../../../shared/schemas/account.schemas.js';
import type { Queryable } from '../../infra/db/client.js';
import { companies } from '../companies/companies.table.js';
import { authTokens, sessions, throttles, users } from './auth.table.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findUserById(q: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await q.select().from(users).where(eq(users.id, id));
  return row;
}

/**
 * Serializes one person's writes that must see each other (counting their recent messages). `no key update`
 * leaves rows that merely reference the user (sessions, messages) free to be written meanwhile.
 */
export async function lockUser(q: Queryable, id: string): Promise<void> {
  await q.select({ id: users.id }).from(users).where(eq(users.id, id)).for('no key update');
}

export async function findSessionUser(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      companyId: users.companyId,
      companyName: companies.name,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function insertSession(
  q: Queryable,
  values: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await q.insert(sessions).values(values);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Revokes every session of a user, but the one given (the one that made the change). */
export async function deleteSessionsOfUser(
  q: Queryable,
  userId: string,
  exceptTokenHash?: string,
): Promise<void> {
  await q
    .delete(sessions)
    .where(
      exceptTokenHash
        ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptTokenHash}`)
        : eq(sessions.userId, userId),
    );
}

/**
 * Deletes expired sessions, used or expired invitation and reset links, and login and reset counters past their
 * time: none of them grants or refuses anything any more. Returns how many rows it deleted.
 */
export async function deleteExpiredAuthRows(q: Queryable, now: Date): Promise<number> {
  return (
    (await deleteInBatches(q, sessions, lte(sessions.expiresAt, now))) +
    // least() skips nulls: a link is due once used or once expired, whichever comes first.
    (await deleteInBatches(
      q,
      authTokens,
      sql`least(${authTokens.usedAt}, ${authTokens.expiresAt}) <= ${now.toISOString()}::timestamptz`,
    )) +
    (await deleteInBatches(q, throttles, lte(throttles.forgetAt, now)))
  );
}

export async function setPasswordHash(q: Queryable, userId: string, passwordHash: string): Promise<void> {
  await q.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function findTimeZone(q: Queryable, userId: string): Promise<string | null> {
  const [row] = await q.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return row?.timeZone ?? null;
}

export async function setTimeZones(
  q: Queryable,
  userId: string,
  zones: { timeZone?: string | null; browserTimeZone?: string },
): Promise<void> {
  await q.update(users).set(zones).where(eq(users.id, userId));
}

export async function findLanguageSettings(q: Queryable, userId: string) {
  const [row] = await q
    .select({ language: users.language, clock: users.clock })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? { language: null, clock: null };
}

/** Each person's language settings, for the words of their emails. */
export async function findLanguagesOf(q: Queryable, userIds: string[]) {
  const rows = await q
    .select({ id: users.id, language: users.language, browserLanguage: users.browserLanguage })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map(({ id, ...languages }) => [id, languages]));
}

export async function setLanguages(
  q: Queryable,
  userId: string,
  languages: { language?: string | null; browserLanguage?: string; clock?: string },
): Promise<void> {
  await q.update(users).set(languages).where(eq(users.id, userId));
}

/** Gives the account a language unless it has one already: a choice made on the account is never overwritten. */
export async function adoptLanguage(q: Queryable, userId: string, language: string): Promise<void> {
  await q
    .update(users)
    .set({ language })
    .where(and(eq(users.id, userId), isNull(users.language)));
}

export async function setUserName(q: Queryable, userId: string, name: string): Promise<void> {
  await q.update(users).set({ name }).where(eq(users.id, userId));
}

export async function insertAuthTokens(
  q: Queryable,
  values: {
    tokenHash: string;
    userId: string;
    purpose: 'invitation' | 'password_reset';
    expiresAt: Date;
    createdAt: Date;
  }[],
): Promise<void> {
  await q.insert(authTokens).values(values);
}

export async function findUsableAuthToken(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q
    .select({ token: authTokens, user: users })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(
      and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)),
    );
  return row;
}

/** Marks a token used; false when another request used it first. */
export async function consumeAuthToken(q: Queryable, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await q
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.usedAt)))
    .returning({ tokenHash: authTokens.tokenHash });
  return rows.length === 1;
}

/** Older links of the same purpose stop working once a new one is sent or one is used. */
export async function expireAuthTokensOfUsers(
  q: Queryable,
  userIds: string[],
  purpose: 'invitation' | 'password_reset',
  now: Date,
): Promise<void> {
  await q
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(inArray(authTokens.userId, userIds), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)),
    );
}

/** The placeholder a deleted account's row keeps: a name screens show, an address that can never receive mail. */
export const deletedAccount = (userId: string) => ({
  name: DELETED_TALENT_NAME,
  email: `deleted-${userId}@invalid`,
});

/**
 * Turns the account into its placeholder (see `deletedAccount`): no password, no time zones, a new calendar-feed
 * version, and none of its sessions or links left. Answers the hashes of the sessions that ended.
 */
export async function anonymiseUser(q: Queryable, userId: string, now: Date): Promise<string[]> {
  await q
    .update(users)
    .set({
      ...deletedAccount(userId),
      passwordHash: null,
      timeZone: null,
      browserTimeZone: null,
      calendarFeedVersion: sql`${users.calendarFeedVersion} + 1`,
      deletedAt: now,
    })
    .where(eq(users.id, userId));
  await q.delete(authTokens).where(eq(authTokens.userId, userId));
  const ended = await q
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.map((session) => session.tokenHash);
}
