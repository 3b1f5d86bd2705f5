import type {
  ContactStatus,
  InvitationOptOut,
  MySafety,
  ReportInput,
  SafetyReport,
} from '../../../shared/schemas/safety.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { loadEventAsOrganizer, loadEventForViewer } from '../events/index.js';
import * as repo from './safety.repository.js';
import { safetyErrors } from './safety.errors.js';
import { type ContactStarter, contactRefusal } from './safety.rules.js';

type Person = SessionUser & { role: 'talent' | 'recruiter' };

function requirePerson(user: SessionUser): Person {
  if (user.role !== 'talent' && user.role !== 'recruiter') throw safetyErrors.people_only();
  return user as Person;
}

function requireTalent(user: SessionUser): SessionUser {
  if (user.role !== 'talent') throw safetyErrors.talents_only();
  return user;
}

/**
 * The one check every path that starts a chat between a talent and a recruiter calls, inside its transaction:
 * requests, invitations, direct and company bookings, accepted company requests, waitlist offers, walk-in calls.
 */
export async function refuseUnwelcomeChat(
  q: Queryable,
  input: {
    eventId: string;
    talentId: string;
    recruiterId: string;
    by: 'talent' | 'recruiter';
    invitation?: boolean;
  },
): Promise<void> {
  const facts = await repo.readContactFacts(q, input);
  const refusal = facts && contactRefusal(facts, { by: input.by, invitation: input.invitation ?? false });
  if (refusal) throw safetyErrors[refusal.key](refusal.message);
}

/** Whether freed time may be offered to a waiting talent: not between two people where one blocked the other. */
export async function mayOfferTime(
  q: Queryable,
  input: { eventId: string; talentId: string; recruiterId: string },
): Promise<boolean> {
  const facts = await repo.readContactFacts(q, input);
  const by: ContactStarter = 'system';
  return !facts || contactRefusal(facts, { by, invitation: false }) === null;
}

/** A person of the other side at an event the viewer takes part in; anyone else is not found. */
async function loadCounterpart(ctx: AppContext, user: Person, eventId: string, userId: string) {
  const { event } = await loadEventForViewer(ctx.db, user, eventId);
  const person = await repo.findCounterpart(ctx.db, { eventId: event.id, viewerRole: user.role, userId });
  if (!person) throw safetyErrors.person_not_found();
  return { event, person };
}

/** Existing open chats stay: a block only stops new ones (the Account page says so). */
export async function block(input: { ctx: AppContext; user: SessionUser; eventId: string; userId: string }) {
  const user = requirePerson(input.user);
  const { person } = await loadCounterpart(input.ctx, user, input.eventId, input.userId);
  await repo.insertBlock(input.ctx.db, user.id, person.id, input.ctx.now());
}

export async function unblock(input: { ctx: AppContext; user: SessionUser; userId: string }) {
  const user = requirePerson(input.user);
  await repo.deleteBlock(input.ctx.db, user.id, input.userId);
}

export async function mySafety(input: { ctx: AppContext; user: SessionUser }): Promise<MySafety> {
  const user = requirePerson(input.user);
  const [blocked, optOuts] = await Promise.all([
    repo.listBlocked(input.ctx.db, user.id),
    user.role === 'talent' ? repo.readOptOuts(input.ctx.db, user.id, null) : undefined,
  ]);
  return {
    invitationsOffEverywhere: optOuts?.everywhere ?? false,
    blocked: blocked.map((row) => ({ ...row, blockedAt: row.blockedAt.toISOString() })),
  };
}

export async function setInvitationsEverywhere(input: {
  ctx: AppContext;
  user: SessionUser;
  accept: boolean;
}) {
  const talent = requireTalent(input.user);
  if (input.accept) await repo.deleteOptOut(input.ctx.db, talent.id, null);
  else await repo.insertOptOut(input.ctx.db, talent.id, null, input.ctx.now());
}

export async function eventOptOut(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  /** Absent: only read the current choice. */
  accept?: boolean;
}): Promise<InvitationOptOut> {
  const { ctx } = input;
  const talent = requireTalent(input.user);
  const { event } = await loadEventForViewer(ctx.db, talent, input.eventId);
  if (input.accept === true) await repo.deleteOptOut(ctx.db, talent.id, event.id);
  if (input.accept === false) await repo.insertOptOut(ctx.db, talent.id, event.id, ctx.now());
  return repo.readOptOuts(ctx.db, talent.id, event.id);
}

/** What a recruiter's `Request 1-1 Chat` would meet, shown on the talent's profile before they try. */
export async function contactStatus(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  talentId: string;
}): Promise<ContactStatus> {
  const { ctx } = input;
  if (input.user.role !== 'recruiter') throw safetyErrors.recruiters_only();
  const recruiter = requirePerson(input.user);
  const { event, person } = await loadCounterpart(ctx, recruiter, input.eventId, input.talentId);
  const facts = await repo.readContactFacts(ctx.db, {
    eventId: event.id,
    talentId: person.id,
    recruiterId: recruiter.id,
  });
  const refusal = facts && contactRefusal(facts, { by: 'recruiter', invitation: true });
  return { refusal: refusal?.message ?? null, blockedByYou: facts?.recruiterBlockedTalent ?? false };
}

export async function report(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  body: ReportInput;
}): Promise<{ id: string }> {
  const { ctx, body } = input;
  const user = requirePerson(input.user);
  const { event, person } = await loadCounterpart(ctx, user, input.eventId, body.reportedId);
  return repo.insertReport(ctx.db, {
    reporterId: user.id,
    reportedId: person.id,
    eventId: event.id,
    reason: body.reason,
    message: body.message,
    createdAt: ctx.now(),
  });
}

const presentReport = (row: repo.ReportRow): SafetyReport => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  handledAt: row.handledAt?.toISOString() ?? null,
});

export async function reportsOfEvent(input: { ctx: AppContext; user: SessionUser; eventId: string }) {
  const event = await loadEventAsOrganizer(input.ctx.db, input.user, input.eventId);
  const rows = await repo.listReportsOfEvent(input.ctx.db, event.id);
  return { reports: rows.map(presentReport) };
}

export async function markReportHandled(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  reportId: string;
}): Promise<SafetyReport> {
  const { ctx, user } = input;
  const event = await loadEventAsOrganizer(ctx.db, user, input.eventId);
  return ctx.db.transaction(async (tx) => {
    const [visible] = await repo.listReportsOfEvent(tx, event.id, input.reportId);
    if (!visible) throw safetyErrors.report_not_found();
    await repo.markReportHandled(tx, visible.id, user.id, ctx.now());
    const [after] = await repo.listReportsOfEvent(tx, event.id, visible.id);
    return presentReport(after!);
  });
}
