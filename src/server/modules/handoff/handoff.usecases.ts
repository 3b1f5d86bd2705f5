import type { DataSharingConsent, HandoffSummary } from '../../../shared/schemas/handoff.schemas.js';
import type { ChatState } from '../../../shared/booking/chat-phase.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { fileNamePart } from '../../infra/http/files.js';
import { loadEventForViewer } from '../events/index.js';
import { handoffErrors } from './handoff.errors.js';
import { type HandoffChat, handoffCsv, handoffJson } from './handoff.export.js';
import * as repo from './handoff.repository.js';

/**
 * The chats a hiring team follows up: those booked (confirmed, under way or ahead), held (completed) or missed by
 * the talent (no-show, so the team knows not to chase). Requests, declined and cancelled chats never happened.
 */
const EXPORTED_STATES: readonly ChatState[] = ['confirmed', 'completed', 'no_show'];

/**
 * Within the transaction of a request, booking or acceptance where the talent ticked "Share my profile and contact
 * details with <company>": the consent is recorded with the chat, or neither is.
 */
export async function recordConsent(
  tx: Queryable,
  input: { talentId: string; companyId: string; at: Date; share: boolean | undefined },
): Promise<void> {
  if (input.share) await repo.giveConsent(tx, input);
}

function requireTalent(user: SessionUser): SessionUser {
  if (user.role !== 'talent') throw handoffErrors.talents_only();
  return user;
}

function presentConsent(row: repo.ConsentRow): DataSharingConsent {
  return {
    company: row.company,
    givenAt: row.consent.givenAt.toISOString(),
    revokedAt: row.consent.revokedAt?.toISOString() ?? null,
  };
}

export async function listMyConsents(input: { ctx: AppContext; user: SessionUser }) {
  const user = requireTalent(input.user);
  const rows = await repo.listConsents(input.ctx.db, user.id);
  return { consents: rows.map(presentConsent) };
}

/** Gives or revokes the consent to a company the talent may name (`findCompanyKnownToTalent`). */
export async function setConsent(input: {
  ctx: AppContext;
  user: SessionUser;
  companyId: string;
  share: boolean;
}): Promise<DataSharingConsent> {
  const { ctx } = input;
  const user = requireTalent(input.user);
  const company = await repo.findCompanyKnownToTalent(ctx.db, user.id, input.companyId);
  if (!company) throw handoffErrors.company_not_found();
  const change = { talentId: user.id, companyId: company.id, at: ctx.now() };
  if (input.share) await repo.giveConsent(ctx.db, change);
  else await repo.revokeConsent(ctx.db, change);
  const row = await repo.findConsent(ctx.db, user.id, company.id);
  // Revoking a consent never given leaves nothing to show but that nothing is shared.
  return row
    ? presentConsent(row)
    : { company, givenAt: change.at.toISOString(), revokedAt: change.at.toISOString() };
}

/** The event and the viewer's company, for a recruiter taking part; everyone else is refused as events decide. */
async function loadCompanyAtEvent(ctx: AppContext, user: SessionUser, eventId: string) {
  const { event } = await loadEventForViewer(ctx.db, user, eventId);
  if (user.role !== 'recruiter' || !user.companyId) throw handoffErrors.recruiters_only();
  return { event, companyId: user.companyId };
}

export async function handoffSummary(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<HandoffSummary> {
  const { ctx } = input;
  const { event, companyId } = await loadCompanyAtEvent(ctx, input.user, input.eventId);
  const scope = { eventId: event.id, companyId };
  const [rows, sharingTalentIds] = await Promise.all([
    repo.listCompanyChats(ctx.db, { ...scope, states: EXPORTED_STATES }),
    repo.listSharingTalents(ctx.db, scope),
  ]);
  const exported = rows.filter((row) => row.shares).length;
  return { exported, leftOut: rows.length - exported, sharingTalentIds };
}

function handoffChat(row: repo.CompanyChatRow, notes: repo.NoteRow[]): HandoffChat {
  return {
    id: row.chat.id,
    status: row.chat.state,
    startsAt: row.chat.startsAt,
    endsAt: row.chat.endsAt,
    mode: row.mode,
    recruiter: { name: row.recruiter.name, email: row.recruiter.email },
    talent: {
      name: row.talent.name,
      email: row.talent.email,
      headline: row.profile?.headline ?? '',
      background: row.profile?.background ?? '',
      level: row.profile?.level ?? null,
      languages: row.profile?.languages ?? [],
      topics: row.profile?.topics ?? [],
      links: row.profile?.links ?? [],
      hasCv: row.hasCv,
    },
    notes: notes
      .filter((note) => note.chatId === row.chat.id)
      .map((note) => ({ author: note.author, at: note.createdAt, body: note.body })),
    rating: row.assessment?.rating ?? null,
    tags: row.assessment?.tags ?? [],
    nextStep: row.assessment?.nextStep ?? null,
  };
}

/**
 * The company's chats at the event for its hiring team, of talents who share their details with the company now;
 * the others are only counted. Every recruiter of the company may export; nobody outside it.
 */
export async function exportHandoff(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  format: 'csv' | 'json';
}): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }> {
  const { ctx } = input;
  const { event, companyId } = await loadCompanyAtEvent(ctx, input.user, input.eventId);
  const rows = await repo.listCompanyChats(ctx.db, { eventId: event.id, companyId, states: EXPORTED_STATES });
  const shared = rows.filter((row) => row.shares);
  const notes = await repo.listNotesOf(
    ctx.db,
    shared.map((row) => row.chat.id),
  );
  const company = await repo.findCompany(ctx.db, companyId);
  const now = ctx.now();
  const handoff = {
    event: { id: event.id, name: event.name, timeZone: event.timeZone },
    company: { id: companyId, name: company?.name ?? '' },
    generatedAt: now,
    chats: shared.map((row) => handoffChat(row, notes)),
    leftOut: rows.length - shared.length,
  };
  const fileName = `parley-handoff-${fileNamePart(company?.name ?? 'company')}-${fileNamePart(event.name)}-${now.toISOString().slice(0, 10)}.${input.format}`;
  const text =
    input.format === 'csv' ? handoffCsv(handoff) : `${JSON.stringify(handoffJson(handoff), null, 2)}\n`;
  return {
    fileName,
    mediaType: input.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    bytes: new TextEncoder().encode(text),
  };
}
