import { chosenClock } from '../../../shared/i18n/clocks.js';
import { isLocale, type Locale } from '../../../shared/i18n/locales.js';
import type { LanguageSetting, LanguageSettingChange } from '../../../shared/schemas/auth.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator } from '../../i18n/index.js';
import type { Queryable } from '../../infra/db/client.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { onField } from '../../infra/http/errors.js';
import { translatorOfUser } from '../../i18n/index.js';
import { enqueueMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { authErrors } from './auth.errors.js';
import { hashPassword, hashToken, newToken, UNUSABLE_HASH, verifyPassword } from './auth.passwords.js';
import * as repo from './auth.repository.js';
import { type ResolvedSession, sessionCacheOf, sessionsOfUserChanged } from './auth.session-cache.js';
import { admitAll, forget, refund, type ThrottlePolicy } from './auth.throttle.repository.js';

export const SESSION_DAYS = 30;
const INVITATION_DAYS = 14;
const RESET_HOURS = 2;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Guesses at one account from one address: a few free, then a doubling wait. Others are not slowed down. */
export const LOGIN_PER_ACCOUNT_AND_ADDRESS: ThrottlePolicy = {
  bucket: 'login',
  free: 5,
  firstWaitMs: 1000,
  maxWaitMs: 15 * MINUTE,
  forgetAfterMs: HOUR,
};
/** Failed logins from one address across all accounts, against spraying one password at many accounts. */
const LOGIN_PER_ADDRESS: ThrottlePolicy = {
  bucket: 'login_address',
  free: 100,
  firstWaitMs: 1000,
  maxWaitMs: 15 * MINUTE,
  forgetAfterMs: HOUR,
};
export const RESETS_PER_EMAIL: ThrottlePolicy = {
  bucket: 'reset',
  free: 3,
  firstWaitMs: HOUR,
  maxWaitMs: HOUR,
  forgetAfterMs: HOUR,
};
const RESETS_PER_ADDRESS: ThrottlePolicy = {
  bucket: 'reset_address',
  free: 20,
  firstWaitMs: HOUR,
  maxWaitMs: HOUR,
  forgetAfterMs: HOUR,
};

/** The refusal of a locked login, naming the wait in seconds under a minute, else in whole minutes. */
function tooManyAttemptsSentence(retryAfterMs: number): string {
  const { t } = requestTranslator();
  const seconds = Math.ceil(retryAfterMs / 1000);
  if (seconds < 60) return t('errors.auth.tooManyAttemptsSeconds', { seconds });
  return t('errors.auth.tooManyAttemptsMinutes', { minutes: Math.ceil(seconds / 60) });
}

/**
 * Every attempt is counted as a failure before the password is checked, so parallel guesses meet the limit; a
 * success then clears the account's counter at this address and gives the address its attempt back.
 */
export async function login(input: {
  ctx: AppContext;
  email: string;
  password: string;
  ip: string;
  language?: Locale;
}) {
  const { ctx, password, ip } = input;
  const email = input.email.toLowerCase();
  const now = ctx.now();
  const accountHere = `${email} ${ip}`;
  const admission = await admitAll(
    ctx.db,
    [
      [LOGIN_PER_ACCOUNT_AND_ADDRESS, accountHere],
      [LOGIN_PER_ADDRESS, ip],
    ],
    now,
  );
  if (!admission.admitted) {
    throw authErrors.too_many_attempts(tooManyAttemptsSentence(admission.retryAfterMs), {
      retryAfterSeconds: Math.ceil(admission.retryAfterMs / 1000),
    });
  }
  const user = await repo.findUserByEmail(ctx.db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
  if (!user || user.deletedAt || !valid) throw authErrors.invalid_credentials();
  await forget(ctx.db, LOGIN_PER_ACCOUNT_AND_ADDRESS, accountHere);
  await refund(ctx.db, LOGIN_PER_ADDRESS, ip);
  if (input.language && !user.language) await repo.adoptLanguage(ctx.db, user.id, input.language);
  return createSession(ctx.db, user.id, now);
}

export async function createSession(q: Queryable, userId: string, now: Date) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await repo.insertSession(q, { tokenHash: hashToken(token), userId, csrfToken, expiresAt, createdAt: now });
  return { token, csrfToken, expiresAt };
}

/** The session of a cookie's token and its user as they are now, or undefined once it ended. */
export function resolveSession(ctx: AppContext, token: string): Promise<ResolvedSession | undefined> {
  const tokenHash = hashToken(token);
  const now = ctx.now();
  return sessionCacheOf(ctx).resolve(tokenHash, now, async () => {
    const row = await repo.findSessionUser(ctx.db, tokenHash, now);
    if (!row) return undefined;
    const { companyName, csrfToken, expiresAt, ...user } = row;
    // Shared by the requests the cache serves it to.
    return { user: Object.freeze(user), companyName, csrfToken, tokenHash, expiresAt };
  });
}

export async function logout(
  ctx: AppContext,
  session: { tokenHash: string; user: SessionUser },
): Promise<void> {
  await repo.deleteSession(ctx.db, session.tokenHash);
  await sessionsOfUserChanged(ctx, session.user.id);
  // The session's open tabs stop receiving now rather than at their next heartbeat.
  await ctx.live.publish([liveTopics.session(session.tokenHash)], { type: 'session.ended' });
}

export async function changePassword(input: {
  ctx: AppContext;
  user: SessionUser;
  sessionTokenHash: string;
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  const { ctx, user } = input;
  const row = await repo.findUserById(ctx.db, user.id);
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash)))
    throw authErrors.wrong_password();
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, hash);
    await repo.deleteSessionsOfUser(tx, user.id, input.sessionTokenHash);
    const tr = translatorOfUser(row);
    await enqueueMail(
      tx,
      renderMail(
        tr,
        row.email,
        tr.t('auth.passwordChanged.subject'),
        {
          heading: tr.t('auth.passwordChanged.heading'),
          paragraphs: [
            tr.t('auth.passwordChanged.intro', { name: row.name }),
            tr.t('auth.passwordChanged.notYou'),
          ],
          action: { label: tr.t('auth.passwordChanged.action'), url: `${ctx.publicUrl}/forgot-password` },
        },
        { recipientId: user.id, kind: 'password_changed' },
      ),
    );
  });
  await sessionsOfUserChanged(ctx, user.id);
}

/** Asks for the password again before something that cannot be undone; the refusal is on the `password` field. */
export async function confirmPassword(ctx: AppContext, user: SessionUser, password: string): Promise<void> {
  const row = await repo.findUserById(ctx.db, user.id);
  if (!(await verifyPassword(password, row?.passwordHash ?? UNUSABLE_HASH))) {
    throw onField(authErrors.wrong_password(requestTranslator().t('errors.auth.wrongPassword')), 'password');
  }
}

/**
 * Within the deletion's transaction: the account becomes a placeholder nobody can sign in to. Answers what to do
 * once the transaction committed: every tab of the person's sessions is told the session ended.
 */
export async function anonymiseAccount(
  ctx: AppContext,
  tx: Queryable,
  userId: string,
  now: Date,
): Promise<() => Promise<void>> {
  const ended = await repo.anonymiseUser(tx, userId, now);
  return async () => {
    await sessionsOfUserChanged(ctx, userId);
    await ctx.live.publish(
      ended.map((tokenHash) => liveTopics.session(tokenHash)),
      { type: 'session.ended' },
    );
  };
}

/** New tokens for many users at once (one per user, in their order); earlier unused ones stop working. */
async function issueTokens(
  q: Queryable,
  ctx: AppContext,
  userIds: string[],
  purpose: 'invitation' | 'password_reset',
  lifetimeMs: number,
): Promise<string[]> {
  const now = ctx.now();
  await repo.expireAuthTokensOfUsers(q, userIds, purpose, now);
  const tokens = userIds.map(() => newToken());
  await repo.insertAuthTokens(
    q,
    userIds.map((userId, index) => ({
      tokenHash: hashToken(tokens[index]!),
      userId,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    })),
  );
  return tokens;
}

/**
 * Always answers the same way, so the form does not reveal which emails have accounts: the counters are the same
 * work for every email, and the lookup and the mail happen after the answer is sent. Beyond the limits per email
 * and per address nothing is sent, and the answer does not say so.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  input: { email: string; ip: string },
): Promise<void> {
  const email = input.email.toLowerCase();
  const admission = await admitAll(
    ctx.db,
    [
      [RESETS_PER_ADDRESS, input.ip],
      [RESETS_PER_EMAIL, email],
    ],
    ctx.now(),
  );
  if (admission.admitted) ctx.background.run(() => sendResetLink(ctx, email));
}

async function sendResetLink(ctx: AppContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || user.deletedAt) return;
  await ctx.db.transaction(async (tx) => {
    const [token] = await issueTokens(tx, ctx, [user.id], 'password_reset', RESET_HOURS * HOUR);
    const tr = translatorOfUser(user);
    await enqueueMail(
      tx,
      renderMail(
        tr,
        user.email,
        tr.t('auth.reset.subject'),
        {
          heading: tr.t('auth.reset.heading'),
          paragraphs: [tr.t('auth.reset.intro', { name: user.name })],
          action: {
            label: tr.t('auth.reset.action'),
            url: `${ctx.publicUrl}/reset-password?token=${token}`,
          },
          footnote: tr.t('auth.reset.footnote', { hours: RESET_HOURS }),
        },
        { recipientId: user.id, kind: 'password_reset' },
      ),
    );
  });
}

/**
 * Sends an invitation link with which the person sets their password. Runs inside the caller's transaction, so
 * an import that fails sends nothing.
 */
export async function sendInvitation(
  tx: Queryable,
  ctx: AppContext,
  invitee: Invitee,
  context: InvitationContext,
): Promise<void> {
  await sendInvitations(tx, ctx, [invitee], context);
}

type Invitee = { id: string; email: string; name: string };
type InvitationContext = { invitedBy: string; event?: { id: string; name: string } };

/** Invitations for many new accounts in a few statements, queued in the outbox of the caller's transaction. */
export async function sendInvitations(
  tx: Queryable,
  ctx: AppContext,
  invitees: Invitee[],
  context: InvitationContext,
): Promise<void> {
  if (invitees.length === 0) return;
  const tokens = await issueTokens(
    tx,
    ctx,
    invitees.map((invitee) => invitee.id),
    'invitation',
    INVITATION_DAYS * 86_400_000,
  );
  const languages = await repo.findLanguagesOf(
    tx,
    invitees.map((invitee) => invitee.id),
  );
  const event = context.event?.name;
  await enqueueMail(
    tx,
    invitees.map((invitee, index) => {
      const tr = translatorOfUser(languages.get(invitee.id) ?? { language: null, browserLanguage: null });
      const names = { name: invitee.name, inviter: context.invitedBy };
      const subject = event
        ? tr.t('auth.invitation.eventSubject', { event })
        : tr.t('auth.invitation.subject');
      return renderMail(
        tr,
        invitee.email,
        subject,
        {
          heading: subject,
          paragraphs: [
            event
              ? tr.t('auth.invitation.eventIntro', { ...names, event })
              : tr.t('auth.invitation.intro', names),
            tr.t('auth.invitation.next'),
          ],
          action: {
            label: tr.t('auth.invitation.action'),
            url: `${ctx.publicUrl}/accept-invitation?token=${tokens[index]}`,
          },
          footnote: tr.t('auth.invitation.footnote', { days: INVITATION_DAYS }),
        },
        { recipientId: invitee.id, kind: 'account_invitation', eventId: context.event?.id ?? null },
      );
    }),
  );
}

export async function describeToken(ctx: AppContext, token: string) {
  const row = await repo.findUsableAuthToken(ctx.db, hashToken(token), ctx.now());
  if (!row) throw authErrors.token_invalid();
  return { email: row.user.email, name: row.user.name, purpose: row.token.purpose };
}

/** Sets the password from an invitation or reset link and signs the person in. */
export async function setPasswordWithToken(input: {
  ctx: AppContext;
  token: string;
  password: string;
  name?: string;
  language?: Locale;
}) {
  const { ctx } = input;
  const now = ctx.now();
  const tokenHash = hashToken(input.token);
  const hash = await hashPassword(input.password);
  const { userId, session } = await ctx.db.transaction(async (tx) => {
    const row = await repo.findUsableAuthToken(tx, tokenHash, now);
    if (!row || !(await repo.consumeAuthToken(tx, tokenHash, now))) throw authErrors.token_invalid();
    await repo.setPasswordHash(tx, row.user.id, hash);
    if (input.name && row.token.purpose === 'invitation') await repo.setUserName(tx, row.user.id, input.name);
    if (input.language) await repo.adoptLanguage(tx, row.user.id, input.language);
    await repo.deleteSessionsOfUser(tx, row.user.id);
    return { userId: row.user.id, session: await createSession(tx, row.user.id, now) };
  });
  await sessionsOfUserChanged(ctx, userId);
  return session;
}

/** The zone the person chose for the times in their emails; null when they follow their browser. */
export async function getTimeZone(ctx: AppContext, user: SessionUser): Promise<{ timeZone: string | null }> {
  return { timeZone: await repo.findTimeZone(ctx.db, user.id) };
}

export async function setTimeZone(
  ctx: AppContext,
  user: SessionUser,
  timeZone: string | null,
): Promise<{ timeZone: string | null }> {
  await repo.setTimeZones(ctx.db, user.id, { timeZone });
  return { timeZone };
}

/**
 * The language the person chose for the app and their emails (null when their browser decides), and the clock they
 * read times on.
 */
export async function getLanguage(ctx: AppContext, user: SessionUser): Promise<LanguageSetting> {
  const { language, clock } = await repo.findLanguageSettings(ctx.db, user.id);
  return { language: isLocale(language) ? language : null, clock: chosenClock(clock) };
}

export async function setLanguage(
  ctx: AppContext,
  user: SessionUser,
  change: LanguageSettingChange,
): Promise<LanguageSetting> {
  // An empty change is no error: it answers the settings as they are.
  if (Object.keys(change).length > 0) await repo.setLanguages(ctx.db, user.id, change);
  return getLanguage(ctx, user);
}

/** The browser's language stands in for one the person never chose, so their emails come in a language they read. */
export async function recordBrowserLanguage(ctx: AppContext, user: SessionUser, language: Locale) {
  await repo.setLanguages(ctx.db, user.id, { browserLanguage: language });
}

/** The browser's zone stands in for a zone the person never chose, so emails read on the clock they live by. */
export async function recordBrowserTimeZone(ctx: AppContext, user: SessionUser, timeZone: string) {
  await repo.setTimeZones(ctx.db, user.id, { browserTimeZone: timeZone });
}
