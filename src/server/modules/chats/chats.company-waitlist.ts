import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { publication } from '../../infra/live/live.hub.js';
import { findCompanyAtEvent } from '../availability/index.js';
import { loadEventForViewer } from '../events/index.js';
import { chatErrors } from './chats.errors.js';
import { listConfirmedRecruiters } from './chats.company-requests.repository.js';
import * as companyList from './chats.company-waitlist.repository.js';
import { offerFreedTime } from './chats.waitlist.js';

/*
 * Company waitlists ("talk to anyone at Acme"): a talent waits for whichever recruiter of a company frees time first.
 * The offering is the recruiters' own sweep (`offerFreedTime`), which merges the company's list with theirs.
 */

/** A talent registered at the event, and a company taking part in it. */
async function loadCompanyForTalent(ctx: AppContext, user: SessionUser, eventId: string, companyId: string) {
  if (user.role !== 'talent') throw chatErrors.talents_only();
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, eventId);
  if (viewerRole !== 'talent') throw chatErrors.talents_only();
  const company = await findCompanyAtEvent(ctx.db, event.id, companyId);
  if (!company) throw chatErrors.company_not_at_event();
  return { event, company };
}

/** Changes the talent's place in a transaction; the talent's pages and the company's team refetch once it committed. */
async function announceCompanyWaitlist(
  ctx: AppContext,
  place: companyList.CompanyWaitlistPlace,
  change: typeof companyList.insertCompanyWaitlistEntry,
) {
  const deliver = await ctx.db.transaction(async (tx) => {
    await change(tx, place);
    const topics = [
      liveTopics.user(place.talentId),
      liveTopics.companyAtEvent(place.companyId, place.eventId),
    ];
    return ctx.live.publishWithin(tx, [
      publication(topics, { type: 'waitlist.changed', eventId: place.eventId }),
    ]);
  });
  deliver();
}

/**
 * A registered talent joins a company's waitlist (again: keeps their place). A free time any recruiter of the company
 * has already is offered at once.
 */
export async function joinCompanyWaitlist(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
}): Promise<void> {
  const { ctx, user } = input;
  const { event, company } = await loadCompanyForTalent(ctx, user, input.eventId, input.companyId);
  if (event.requestPolicy === 'recruiters') throw chatErrors.requests_closed();
  const place = { eventId: event.id, companyId: company.id, talentId: user.id, joinedAt: ctx.now() };
  await announceCompanyWaitlist(ctx, place, companyList.insertCompanyWaitlistEntry);
  for (const recruiter of await listConfirmedRecruiters(ctx.db, event.id, company.id)) {
    await offerFreedTime(ctx, event.id, recruiter.id);
  }
}

/** The talent leaves a company's waitlist (idempotent). */
export async function leaveCompanyWaitlist(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
}): Promise<void> {
  const { ctx, user } = input;
  const { event, company } = await loadCompanyForTalent(ctx, user, input.eventId, input.companyId);
  const place = { eventId: event.id, companyId: company.id, talentId: user.id, joinedAt: ctx.now() };
  await announceCompanyWaitlist(ctx, place, companyList.deleteCompanyWaitlistEntry);
}
