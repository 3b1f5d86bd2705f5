import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../db/client.js';
import { topics } from '../live/live.topics.js';
import { enqueueMail } from '../mail/mail.repository.js';
import { renderMail } from '../mail/mail.templates.js';
import { authErrors } from './auth.errors.js';
import { hashPassword, hashToken, newToken, UNUSABLE_HASH, verifyPassword } from './auth.passwords.js';
import * as repo from './auth.repository.js';

export const SESSION_DAYS = 30;
const LOGIN_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_EMAIL = 8;
const MAX_FAILURES_PER_IP = 50;
const INVITATION_DAYS = 14;
const RESET_HOURS = 2;

export async function login(input: { ctx: AppContext; email: string; password: string; ip: string }) {
  const { ctx, email, password, ip } = input;
  const now = ctx.now();
  const failures = await repo.countRecentLoginFailures(
    ctx.db,
    email,
    ip,
    new Date(now.getTime() - LOGIN_WINDOW_MS),
  );
  if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw authErrors.too_many_attempts();
  }
  const user = await repo.findUserByEmail(ctx.db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
  if (!user || !valid) {
    await repo.recordLoginFailure(ctx.db, email, ip, now);
    throw authErrors.invalid_credentials();
  }
  await repo.clearLoginFailures(ctx.db, email);
  return createSession(ctx.db, user.id, now);
}

export async function createSession(q: Queryable, userId: string, now: Date) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await repo.insertSession(q, { tokenHash: hashToken(token), userId, csrfToken, expiresAt, createdAt: now });
  return { token, csrfToken, expiresAt };
}

export async function resolveSession(ctx: AppContext, token: string) {
  const row = await repo.findSessionUser(ctx.db, hashToken(token), ctx.now());
  if (!row) return undefined;
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    companyId: row.companyId,
  };
  return {
    user,
    companyName: row.companyName,
    csrfToken: row.csrfToken,
    tokenHash: hashToken(token),
  };
}

export async function logout(ctx: AppContext, token: string): Promise<void> {
  const tokenHash = hashToken(token);
  await repo.deleteSession(ctx.db, tokenHash);
  // The session's open tabs stop receiving now rather than at their next heartbeat.
  await ctx.live.publish([topics.session(tokenHash)], { type: 'session.ended' });
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
    await enqueueMail(
      tx,
      renderMail(row.email, 'Your Parley password was changed', {
        heading: 'Your password was changed',
        paragraphs: [
          `Hello ${row.name}, the password of your Parley account was just changed, and your other sessions were signed out.`,
          'If this was not you, reset your password now.',
        ],
        action: { label: 'Reset password', url: `${ctx.publicUrl}/forgot-password` },
      }),
    );
  });
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

/** Always answers the same way, so the form does not reveal which emails have accounts. */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user) return;
  await ctx.db.transaction(async (tx) => {
    const [token] = await issueTokens(tx, ctx, [user.id], 'password_reset', RESET_HOURS * 3_600_000);
    await enqueueMail(
      tx,
      renderMail(user.email, 'Reset your Parley password', {
        heading: 'Reset your password',
        paragraphs: [`Hello ${user.name}, someone asked to reset the password of your Parley account.`],
        action: { label: 'Choose a new password', url: `${ctx.publicUrl}/reset-password?token=${token}` },
        footnote: `The link works once, for ${RESET_HOURS} hours. If you did not ask for it, ignore this email.`,
      }),
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
type InvitationContext = { invitedBy: string; eventName?: string };

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
  const what = context.eventName ? `${context.eventName} on Parley` : 'Parley';
  await enqueueMail(
    tx,
    invitees.map((invitee, index) =>
      renderMail(invitee.email, `You are invited to ${what}`, {
        heading: `You are invited to ${what}`,
        paragraphs: [
          `Hello ${invitee.name}, ${context.invitedBy} invited you to ${what}, where recruiters and talents meet in private 1-1 chats.`,
          'Choose a password to activate your account.',
        ],
        action: {
          label: 'Activate your account',
          url: `${ctx.publicUrl}/accept-invitation?token=${tokens[index]}`,
        },
        footnote: `The link works once, for ${INVITATION_DAYS} days.`,
      }),
    ),
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
}) {
  const { ctx } = input;
  const now = ctx.now();
  const tokenHash = hashToken(input.token);
  const hash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findUsableAuthToken(tx, tokenHash, now);
    if (!row || !(await repo.consumeAuthToken(tx, tokenHash, now))) throw authErrors.token_invalid();
    await repo.setPasswordHash(tx, row.user.id, hash);
    if (input.name && row.token.purpose === 'invitation') await repo.setUserName(tx, row.user.id, input.name);
    await repo.deleteSessionsOfUser(tx, row.user.id);
    await repo.clearLoginFailures(tx, row.user.email);
    return createSession(tx, row.user.id, now);
  });
}
