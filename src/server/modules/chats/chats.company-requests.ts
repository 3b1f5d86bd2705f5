import { recruiterBookingMode } from '../../../shared/booking/booking-window.js';
import type { Chat } from '../../../shared/schemas/chats.schemas.js';
import type {
  CompanyNextSlot,
  CompanyRequest,
  CompanyRequestAcceptInput,
  CompanyRequestDeclineInput,
  CompanyBookingInput,
  CompanyRequestInput,
  CompanyRequestList,
} from '../../../shared/schemas/company-requests.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator } from '../../i18n/index.js';
import { type Queryable, sqlState } from '../../infra/db/client.js';
import { AppError, onField } from '../../infra/http/errors.js';
import { publication } from '../../infra/live/live.hub.js';
import { findCompanyAtEvent, findDetails, findRecruiter } from '../availability/index.js';
import { loadEventForViewer } from '../events/index.js';
import { deliverNotices, type Notice, notifiedAnnouncement } from '../notifications/index.js';
import { recordConsent } from '../handoff/index.js';
import { refuseUnwelcomeChat } from '../safety/index.js';
import { chatErrors, companyQueueErrors } from './chats.errors.js';
import * as queue from './chats.company-requests.repository.js';
import {
  approvedNotices,
  type CompanyRequestMail,
  companyRequestDeclinedNotices,
  companyRequestWithdrawnNotices,
  companyRequestedNotices,
} from './chats.mails.js';
import { refuseOutsideBookingWindow } from './chats.policy.js';
import { presentChat, presentCompanyRequest } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import {
  announceChange,
  bookSlotDirectly,
  freeSlotsOf,
  mailContext,
  type OuterTransaction,
  refuseRequestByRules,
  refuseSecondOpenChat,
} from './chats.usecases.js';

/**
 * The company queue (`Request any recruiter`): a talent asks a company instead of one recruiter. At approval, the
 * request waits for the first recruiter of the company to accept it (a chat with them is created, approved, carrying
 * the talent's message), and any of them may decline it; for a company whose recruiters take direct bookings, the
 * talent is booked into the company's next free slot instead.
 */

type Confirmed = Awaited<ReturnType<typeof queue.listConfirmedRecruiters>>[number];

/** A talent at the event, where talents may ask, and a company attending it, with its recruiters by booking mode. */
async function loadRequestableCompany(
  ctx: AppContext,
  user: SessionUser,
  eventId: string,
  companyId: string,
) {
  if (user.role !== 'talent') throw chatErrors.talents_only();
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, eventId);
  if (viewerRole !== 'talent') throw chatErrors.talents_only();
  if (event.requestPolicy === 'recruiters') throw chatErrors.requests_closed();
  const company = await findCompanyAtEvent(ctx.db, event.id, companyId);
  if (!company) throw companyQueueErrors.company_unavailable();
  // A recruiter blocked either way is not one of the company's for this talent: never told, never booked.
  const recruiters = await queue.listConfirmedRecruiters(ctx.db, event.id, company.id, user.id);
  const inMode = (mode: 'approval' | 'direct') =>
    recruiters.filter((recruiter) => recruiterBookingMode(event, recruiter) === mode);
  if (recruiters.length === 0) throw companyQueueErrors.company_unavailable();
  return { event, company, approving: inMode('approval'), direct: inMode('direct') };
}

/** The live messages of a change of a company request: the talent's lists and the company's team at the event. */
const requestChanged = (request: queue.CompanyRequestRow) =>
  publication(
    [
      liveTopics.user(request.talentId),
      liveTopics.companyAtEvent(request.companyId, request.eventId),
      liveTopics.organizersOfEvent(request.eventId),
    ],
    { type: 'companyRequests.changed', eventId: request.eventId },
  );

const mailOf = (view: queue.CompanyRequestView): CompanyRequestMail => ({
  requestId: view.request.id,
  talent: view.talent,
  talentHeadline: view.talentHeadline,
  company: view.company,
  message: view.request.message,
  declineMessage: view.request.declineMessage,
});

/**
 * Within a change's transaction: reads the request back, delivers its notices and queues its live messages for the
 * commit; returns the request as the API shows it and what to run after the commit.
 */
async function announceRequest(
  ctx: AppContext,
  tx: Queryable,
  requestId: string,
  notices: (view: queue.CompanyRequestView) => Notice[],
) {
  const view = (await queue.findCompanyRequestView(tx, requestId))!;
  const notified = await deliverNotices(tx, ctx.now(), notices(view));
  const deliver = await ctx.live.publishWithin(tx, [
    requestChanged(view.request),
    ...notifiedAnnouncement(notified),
  ]);
  return { request: presentCompanyRequest(view), deliver };
}

export async function listCompanyRequests(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<CompanyRequestList> {
  const { ctx, user } = input;
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, input.eventId);
  const scope: queue.CompanyRequestScope | undefined =
    viewerRole === 'talent'
      ? { eventId: event.id, talentId: user.id }
      : viewerRole === 'recruiter' && user.companyId
        ? { eventId: event.id, companyId: user.companyId }
        : undefined;
  if (!scope)
    throw companyQueueErrors.not_found(requestTranslator().t('errors.chats.onlyParticipantsCompanyRequests'));
  const [views, waiting] = [
    await queue.listCompanyRequests(ctx.db, scope),
    await queue.countWaiting(ctx.db, scope),
  ];
  return { requests: views.map(presentCompanyRequest), waiting };
}

/**
 * A talent asks a company whose recruiters (at least one) take requests. The limits of a request apply, and the
 * request counts as one of the talent's open requests while it waits; every recruiter of the company who takes
 * requests hears of it once.
 */
export async function requestCompany(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
  body: CompanyRequestInput;
}): Promise<CompanyRequest> {
  const { ctx, user, body } = input;
  const { event, company, approving, direct } = await loadRequestableCompany(
    ctx,
    user,
    input.eventId,
    input.companyId,
  );
  if (approving.length === 0) {
    throw direct.length > 0 ? companyQueueErrors.book_instead() : companyQueueErrors.company_unavailable();
  }
  const now = ctx.now();
  refuseOutsideBookingWindow(event, now);
  const { request, deliver } = await ctx.db
    .transaction(async (tx) => {
      await refuseRequestByRules(tx, event, user.id, now);
      const row = await queue.insertCompanyRequest(tx, {
        eventId: event.id,
        companyId: company.id,
        talentId: user.id,
        message: body.message || null,
        createdAt: now,
      });
      await recordConsent(tx, {
        talentId: user.id,
        companyId: company.id,
        at: now,
        share: body.shareWithCompany,
      });
      return announceRequest(ctx, tx, row.id, (view) =>
        companyRequestedNotices(mailContext(ctx, event), mailOf(view), approving),
      );
    })
    .catch((error) => {
      if (sqlState(error) === '23505') throw companyQueueErrors.already_waiting();
      throw error;
    });
  deliver();
  return request;
}

/** A request of the viewer's company (a recruiter) or of the viewer (a talent); anyone else hears it does not exist. */
async function loadOwnRequest(ctx: AppContext, user: SessionUser, requestId: string, q: Queryable = ctx.db) {
  const view = await queue.findCompanyRequestView(q, requestId);
  const own =
    view &&
    ((user.role === 'talent' && view.request.talentId === user.id) ||
      (user.role === 'recruiter' && view.request.companyId === user.companyId));
  if (!view || !own) throw companyQueueErrors.not_found();
  // An event no longer visible to the viewer hides its requests too.
  const { event } = await loadEventForViewer(q, user, view.request.eventId).catch((error: unknown) => {
    throw error instanceof AppError ? companyQueueErrors.not_found() : error;
  });
  return { view, event };
}

/** Why a request could not be answered: someone was first (409), or it is no longer the caller's to see (404). */
async function refuseAnswered(q: Queryable, requestId: string, taken: () => AppError): Promise<never> {
  const view = await queue.findCompanyRequestView(q, requestId);
  throw view ? taken() : companyQueueErrors.not_found();
}

const recruiterOnly = (user: SessionUser) => {
  if (user.role !== 'recruiter' || !user.companyId) throw companyQueueErrors.not_found();
  return user.companyId;
};

/**
 * The first recruiter of the company to accept gets it: one conditional update settles a race (see
 * `decideIfWaiting`), and in the same transaction the chat is created with the recruiter accepted for, approved,
 * its history carrying the talent's request message and the approval. The talent then picks one of that
 * recruiter's free slots.
 */
export async function acceptCompanyRequest(input: {
  ctx: AppContext;
  user: SessionUser;
  requestId: string;
  body: CompanyRequestAcceptInput;
}): Promise<Chat> {
  const { ctx, user, requestId } = input;
  const companyId = recruiterOnly(user);
  const { event } = await loadOwnRequest(ctx, user, requestId);
  const recruiterId = input.body.recruiterId ?? user.id;
  const recruiter = await findRecruiter(ctx.db, recruiterId);
  const details = recruiter && (await findDetails(ctx.db, event.id, recruiter.id));
  if (recruiter?.companyId !== companyId || !details?.confirmedAt) {
    throw onField(companyQueueErrors.invalid_recruiter(), 'recruiterId');
  }
  const now = ctx.now();
  let deliver = () => {};
  const chat = await ctx.db
    .transaction(async (tx) => {
      const taken = await queue.decideIfWaiting(
        tx,
        requestId,
        { companyId },
        { state: 'accepted', decidedById: user.id, recruiterId, decidedAt: now },
      );
      if (!taken) return refuseAnswered(tx, requestId, companyQueueErrors.already_taken);
      await refuseUnwelcomeChat(tx, {
        eventId: event.id,
        talentId: taken.talentId,
        recruiterId,
        by: 'recruiter',
      });
      const created = await repo.insertChat(tx, {
        eventId: event.id,
        talentId: taken.talentId,
        recruiterId,
        initiatedBy: 'talent',
        createdById: taken.talentId,
        state: 'in_scheduling',
        createdAt: taken.createdAt,
        updatedAt: now,
      });
      await repo.insertHistory(
        tx,
        {
          chatId: created.id,
          kind: 'requested',
          actorId: taken.talentId,
          side: 'talent',
          message: taken.message,
          at: taken.createdAt,
        },
        { chatId: created.id, kind: 'approved', actorId: user.id, side: 'recruiter', at: now },
      );
      await queue.setRequestChat(tx, requestId, created.id);
      const after = (await repo.findChatView(tx, created.id))!;
      const changed = await announceChange(ctx, tx, {
        after,
        event,
        notices: (mail, v) => approvedNotices(mail, v, user),
        slotChanged: false,
        now,
      });
      const queueChanged = await ctx.live.publishWithin(tx, [requestChanged(taken)]);
      deliver = () => {
        changed();
        queueChanged();
      };
      return after;
    })
    .catch((error) => (sqlState(error) === '23505' ? refuseSecondOpenChat(error) : Promise.reject(error)));
  deliver();
  return presentChat(chat, now);
}

/** Any recruiter of the company declines a waiting request, with a reason for the talent. */
export async function declineCompanyRequest(input: {
  ctx: AppContext;
  user: SessionUser;
  requestId: string;
  body: CompanyRequestDeclineInput;
}): Promise<CompanyRequest> {
  const { ctx, user, requestId, body } = input;
  const companyId = recruiterOnly(user);
  const { event } = await loadOwnRequest(ctx, user, requestId);
  if (!body.message) throw onField(companyQueueErrors.decline_reason_required(), 'message');
  const now = ctx.now();
  const { request, deliver } = await ctx.db.transaction(async (tx) => {
    const declined = await queue.decideIfWaiting(
      tx,
      requestId,
      { companyId },
      { state: 'declined', decidedById: user.id, declineMessage: body.message, decidedAt: now },
    );
    if (!declined) return refuseAnswered(tx, requestId, companyQueueErrors.already_taken);
    return announceRequest(ctx, tx, requestId, (view) =>
      companyRequestDeclinedNotices(mailContext(ctx, event), mailOf(view), user),
    );
  });
  deliver();
  return request;
}

/**
 * The talent takes back a request nobody answered yet; the company's lists update, and its recruiters who take
 * requests (those the request went to) are told.
 */
export async function withdrawCompanyRequest(input: {
  ctx: AppContext;
  user: SessionUser;
  requestId: string;
  within?: OuterTransaction;
}): Promise<CompanyRequest> {
  const { ctx, user, requestId, within } = input;
  const { view, event } = await loadOwnRequest(ctx, user, requestId, within?.tx);
  if (user.role !== 'talent') throw chatErrors.not_your_turn();
  const { request, deliver } = await (within?.tx ?? ctx.db).transaction(async (tx) => {
    const withdrawn = await queue.decideIfWaiting(
      tx,
      requestId,
      { talentId: view.request.talentId },
      { state: 'withdrawn', decidedAt: ctx.now() },
    );
    if (!withdrawn) return refuseAnswered(tx, requestId, companyQueueErrors.not_waiting);
    const approving = (
      await queue.listConfirmedRecruiters(tx, event.id, view.request.companyId, view.request.talentId)
    ).filter((recruiter) => recruiterBookingMode(event, recruiter) === 'approval');
    return announceRequest(ctx, tx, requestId, (after) =>
      companyRequestWithdrawnNotices(mailContext(ctx, event), mailOf(after), approving),
    );
  });
  if (within) within.afterCommit(deliver);
  else deliver();
  return request;
}

/** How many of the earliest free slots a company booking tries before it gives up. */
const BOOKING_TRIES = 10;

/**
 * The company's free slots the talent may book, earliest first (then by recruiter), among its recruiters who take
 * direct bookings: each recruiter's list leaves out what the booking's checks would refuse, as their own page does.
 */
async function companySlots(ctx: AppContext, user: SessionUser, eventId: string, companyId: string) {
  const loaded = await loadRequestableCompany(ctx, user, eventId, companyId);
  const { event, approving, direct } = loaded;
  if (direct.length === 0) {
    throw approving.length > 0
      ? companyQueueErrors.request_instead()
      : companyQueueErrors.company_unavailable();
  }
  const now = ctx.now();
  refuseOutsideBookingWindow(event, now);
  const slots: { recruiter: Confirmed; startsAt: Date; endsAt: Date }[] = [];
  // One recruiter at a time: the reads share the pool with every other request.
  for (const recruiter of direct) {
    const free = await freeSlotsOf(ctx.db, event, { recruiter, talentId: user.id, now });
    for (const day of free.days)
      for (const slot of day.slots)
        slots.push({ recruiter, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) });
  }
  slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { ...loaded, slots };
}

export async function nextCompanySlot(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
}): Promise<CompanyNextSlot> {
  const { event, slots } = await companySlots(input.ctx, input.user, input.eventId, input.companyId);
  const [first] = slots;
  if (!first) throw companyQueueErrors.no_free_slot();
  return {
    recruiter: { id: first.recruiter.id, name: first.recruiter.name },
    startsAt: first.startsAt.toISOString(),
    endsAt: first.endsAt.toISOString(),
    timeZone: event.timeZone,
  };
}

/** Refusals of one slot or one recruiter that another slot may not meet: the booking tries the next one. */
const triesNext = new Set([
  'chats.slot_taken',
  'chats.talent_busy',
  'chats.not_a_free_slot',
  'chats.already_open',
  'chats.direct_booking_off',
  'chats.limit_talent_day',
  'chats.limit_recruiter_day',
  'chats.recruiter_break',
  'chats.gap_too_short',
  'chats.notice_too_short',
  'safety.blocked',
  'safety.blocked_by_you',
]);

/**
 * Books the talent into the company's next free slot, through the direct booking's own transaction (every rule and
 * the slot hold). When a rule or a faster booking refuses it, the next slot is tried, up to `BOOKING_TRIES`.
 */
export async function bookCompany(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  companyId: string;
  body: CompanyBookingInput;
}): Promise<Chat> {
  const { ctx, user } = input;
  const { event, slots } = await companySlots(ctx, user, input.eventId, input.companyId);
  let refused: unknown = companyQueueErrors.no_free_slot();
  for (const slot of slots.slice(0, BOOKING_TRIES)) {
    const details = (await findDetails(ctx.db, event.id, slot.recruiter.id))!;
    try {
      return await bookSlotDirectly(ctx, user, { event, recruiter: slot.recruiter, details }, slot.startsAt, {
        shareWithCompany: input.body.shareWithCompany,
      });
    } catch (error) {
      if (!(error instanceof AppError) || !triesNext.has(error.code)) throw error;
      refused = error;
    }
  }
  throw refused instanceof AppError && refused.code === 'chats.slot_taken'
    ? companyQueueErrors.no_free_slot()
    : refused;
}
