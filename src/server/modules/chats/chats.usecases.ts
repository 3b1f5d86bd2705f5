import type { z } from 'zod';
import { chatStatuses, statesOfStatus } from '../../../shared/booking/chat-phase.js';
import type {
  Chat,
  ChatHistoryKind,
  ChatListQuery,
  ChatRequestInput,
  ChatState,
  ChatStatus,
  DeclineInput,
  DirectBookingInput,
  FreeSlotsResponse,
} from '../../../shared/schemas/chats.schemas.js';
import {
  CHAT_PAGE_DEFAULT,
  ChatListResponse,
  ChatStatusCounts,
} from '../../../shared/schemas/chats.schemas.js';
import { recordConsent } from '../handoff/index.js';
import { refuseUnwelcomeChat } from '../safety/index.js';
import { type BookingRuleName, pickBookingRules, requestRefusal } from '../../../shared/booking/fair-use.js';
import { freeSlotsFor, isFree } from '../../../shared/booking/grid.js';
import { firstOverlapping } from '../../../shared/booking/overlap.js';
import { restOfSlot } from '../../../shared/booking/waitlist.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import { utcToZoned, zonedTimeToUtc } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import { requestTranslator, sayToRequest } from '../../i18n/index.js';
import { type Queryable, sqlConstraint, sqlState } from '../../infra/db/client.js';
import { decodeCursor, encodeCursor } from '../../infra/db/keyset.js';
import {
  findCompanyAtEvent,
  findDetails,
  findRecruiter,
  listAvailabilityDays,
  listBookings,
  recruiterDayGrids,
} from '../availability/index.js';
import {
  type EventRow,
  eventErrors,
  findDaysOfEvent,
  findEventById,
  loadEventForViewer,
} from '../events/index.js';
import { publication } from '../../infra/live/live.hub.js';
import {
  announceNotified,
  deliverNotices,
  type Notice,
  type Notified,
  notifiedAnnouncement,
} from '../notifications/index.js';
import { chatErrors } from './chats.errors.js';
import {
  approvedNotices,
  confirmedNotices,
  declinedNotices,
  invitationDeclinedNotices,
  type MailContext,
  requestReceivedNotices,
  withdrawnNotices,
} from './chats.mails.js';
import {
  actorOf,
  refuseByRule,
  refuseOtherBookingMode,
  refuseOutsideBookingWindow,
  slotRuleCheck,
  eventInstantName,
} from './chats.policy.js';
import { presentChat } from './chats.presenters.js';
import * as repo from './chats.repository.js';
import { firstNotBefore, type TeamValue, teamCacheOf } from '../../infra/cache/team-cache.js';
import { type ChatAction, transition } from './chats.transitions.js';
import { onField } from '../../infra/http/errors.js';

export const mailContext = (ctx: AppContext, event: EventRow): MailContext => ({
  publicUrl: ctx.publicUrl,
  mailFrom: ctx.mailFrom,
  event: { id: event.id, name: event.name, timeZone: event.timeZone },
  now: ctx.now(),
});

/** Everyone whose lists show the chat: the talent, and the recruiter's team at the event. */
export const topicsOf = (view: repo.ChatView) => [
  liveTopics.user(view.talent.id),
  liveTopics.companyAtEvent(view.company.id, view.chat.eventId),
  liveTopics.organizersOfEvent(view.chat.eventId),
];

async function loadEvent(ctx: AppContext, user: SessionUser, eventId: string) {
  return loadEventForViewer(ctx.db, user, eventId);
}

type ChatListQueryParsed = z.infer<typeof ChatListQuery>;

/**
 * A page of chats as JSON, checked against `ChatListResponse` as the route's serializer would (and sent past it):
 * the whole team's first pages are kept as JSON, so a request only reads its event and joins the kept parts.
 */
export async function listChats(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: ChatListQueryParsed;
}): Promise<string> {
  const { ctx, user, query } = input;
  const { viewerRole } = await loadEvent(ctx, user, input.eventId);
  const now = ctx.now();
  const key = repo.chatSortKeys[query.sort];
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query.sort, key);
  if (query.cursor !== undefined && !after) throw onField(chatErrors.invalid_cursor(), 'cursor');
  const scope = chatScope(user, viewerRole, input.eventId, query);
  const page = { scope, status: query.status && { status: query.status, now }, sort: query.sort, after };
  const readPage = async (): Promise<TeamValue<PageJson>> => {
    const { views, nextKey } = await repo.listChatPage(ctx.db, { ...page, limit: query.limit });
    return {
      value: {
        chatsJson: JSON.stringify(ChatListResponse.shape.chats.parse(views.map((v) => presentChat(v, now)))),
        nextCursor: nextKey && encodeCursor(query.sort, nextKey),
      },
      // A booked chat moves to Completed once it ends.
      until: firstNotBefore(
        now.getTime(),
        views.flatMap((v) => (v.chat.endsAt ? [v.chat.endsAt.getTime()] : [])),
      ),
    };
  };
  const team = wholeTeam(scope);
  const [shown, counts] = await Promise.all([
    // The first pages in time or activity order are the same for the whole team until one of its chats, or a
    // person or place they show, changes. Other pages are read each time: filtered or later ones, those in name
    // order (names change elsewhere), and those of other sizes (a few sizes kept per team bound its memory).
    team &&
    !page.status &&
    !page.after &&
    (page.sort === 'time' || page.sort === 'activity') &&
    query.limit === CHAT_PAGE_DEFAULT
      ? teamCacheOf(ctx).get(team, `page ${page.sort}`, now, readPage)
      : readPage().then(({ value }) => value),
    team
      ? teamCacheOf(ctx).get(team, 'counts', now, async () => {
          const { counts, until } = await repo.countChatsByState(ctx.db, scope, now);
          return { value: countsJson(counts), until };
        })
      : repo.countChatsByState(ctx.db, scope, now).then(({ counts }) => countsJson(counts)),
  ]);
  // In the order of `ChatListResponse`'s keys, as its serializer writes them.
  return `{"chats":${shown.chatsJson},"nextCursor":${JSON.stringify(shown.nextCursor)},"counts":${counts}}`;
}

/** A page's chats as JSON, and the cursor of the page after it. */
interface PageJson {
  chatsJson: string;
  nextCursor: string | null;
}

/** The team whose chats the scope is: all of a company's recruiters' at an event, not narrowed to one of them. */
const wholeTeam = (scope: repo.ChatScope) =>
  scope.companyId && !scope.recruiterId && !scope.talentId
    ? { eventId: scope.eventId, companyId: scope.companyId }
    : undefined;

/** Talents see their own chats; recruiters their own, one colleague's or the whole team's. */
function chatScope(
  user: SessionUser,
  viewerRole: string,
  eventId: string,
  query: ChatListQueryParsed,
): repo.ChatScope {
  if (viewerRole === 'talent') return { eventId, talentId: user.id };
  if (viewerRole !== 'recruiter' || !user.companyId)
    throw chatErrors.not_found(requestTranslator().t('errors.chats.onlyParticipants'));
  // Always within the company: another company's recruiter named by id lists nothing.
  const recruiterId =
    query.recruiterId === 'team' ? undefined : query.recruiterId === 'mine' ? user.id : query.recruiterId;
  return { eventId, companyId: user.companyId, recruiterId, talentId: query.talentId };
}

function countsJson(rows: { state: ChatState; n: number }[]): string {
  const countOf = (status: ChatStatus) =>
    rows.filter((row) => statesOfStatus(status).includes(row.state)).reduce((sum, row) => sum + row.n, 0);
  return JSON.stringify(
    ChatStatusCounts.parse(Object.fromEntries(chatStatuses.map((status) => [status, countOf(status)]))),
  );
}

export async function getChat(input: { ctx: AppContext; user: SessionUser; chatId: string }): Promise<Chat> {
  const view = await repo.findChatView(input.ctx.db, input.chatId);
  if (!view || !actorOf(input.user, view)) throw chatErrors.not_found();
  return presentChat(view, input.ctx.now());
}

/**
 * What a talent's new chat with a recruiter needs: the talent takes part in the event, the event lets talents ask,
 * and the recruiter's company attends and the recruiter confirmed availability.
 */
export async function loadRequestableRecruiter(
  ctx: AppContext,
  user: SessionUser,
  eventId: string,
  recruiterId: string,
) {
  if (user.role !== 'talent') throw chatErrors.talents_only();
  const { event, viewerRole } = await loadEvent(ctx, user, eventId);
  if (viewerRole !== 'talent') throw chatErrors.talents_only();
  if (event.requestPolicy === 'recruiters') throw chatErrors.requests_closed();
  const recruiter = await findRecruiter(ctx.db, recruiterId);
  const details = recruiter?.companyId ? await findDetails(ctx.db, event.id, recruiter.id) : undefined;
  const attending = recruiter?.companyId
    ? await findCompanyAtEvent(ctx.db, event.id, recruiter.companyId)
    : undefined;
  if (!recruiter || !attending || !details?.confirmedAt) throw chatErrors.recruiter_unavailable();
  return { event, recruiter, details };
}

/** A recruiter a talent may start a chat with (`loadRequestableRecruiter`), as much of them as a booking needs. */
interface RequestableRecruiter {
  event: EventRow;
  recruiter: { id: string; name: string };
  details: { customQuestion: string | null; requiresApproval: boolean };
}

/** The talent's answer is kept only when the recruiter asks a question. */
const answerTo = (details: { customQuestion: string | null }, answer: string | undefined) =>
  details.customQuestion ? answer || null : null;

/** A chat a talent starts themselves, by a request or a direct booking: the state is the caller's. */
function talentsOwnChat(
  talent: SessionUser,
  target: RequestableRecruiter,
  answer: string | undefined,
  now: Date,
) {
  return {
    eventId: target.event.id,
    talentId: talent.id,
    recruiterId: target.recruiter.id,
    initiatedBy: 'talent' as const,
    createdById: talent.id,
    talentAnswer: answerTo(target.details, answer),
    createdAt: now,
    updatedAt: now,
  };
}

/** A second open chat of the same talent and recruiter trips the one-open-chat-per-pair index. */
export function refuseSecondOpenChat(error: unknown): never {
  if (sqlState(error) === '23505') throw chatErrors.already_open();
  throw error;
}

/**
 * Within a request's transaction: the event's cut-off for requests and the talent's limits of chats and open
 * requests, counted after the talent's other requests and bookings took their turn.
 */
export async function refuseRequestByRules(tx: Queryable, event: EventRow, talentId: string, now: Date) {
  const rules = pickBookingRules(event);
  if (
    rules.requestCutoffHours === null &&
    rules.maxOpenRequestsPerTalent === null &&
    rules.maxChatsPerTalent === null &&
    rules.noShowLimit === null
  )
    return;
  await repo.takeRuleTurns(tx, { eventId: event.id, talentId });
  const held = await repo.countTalentChats(tx, event.id, talentId);
  const [firstDay] = rules.requestCutoffHours === null ? [] : await findDaysOfEvent(tx, event.id);
  refuseByRule(
    requestRefusal({
      rules,
      openRequests: held.openRequests,
      heldChats: held.booked,
      noShows: held.noShows,
      eventStartsAt: firstDay ? zonedTimeToUtc(firstDay.date, firstDay.opensAtMinute, event.timeZone) : null,
      now,
      instantName: (instant) => eventInstantName(instant, event.timeZone),
    }),
  );
}

/** A talent asks a recruiter who confirmed availability, and books on approval, for a chat. */
export async function requestChat(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  body: ChatRequestInput;
}): Promise<Chat> {
  const { ctx, user, body } = input;
  const { event, recruiter, details } = await loadRequestableRecruiter(
    ctx,
    user,
    input.eventId,
    body.recruiterId,
  );
  refuseOtherBookingMode({ event, recruiter, details }, 'approval');
  const now = ctx.now();
  refuseOutsideBookingWindow(event, now);
  let notified: Notified = new Set();
  const view = await ctx.db
    .transaction(async (tx) => {
      await refuseRequestByRules(tx, event, user.id, now);
      await refuseUnwelcomeChat(tx, {
        eventId: event.id,
        talentId: user.id,
        recruiterId: recruiter.id,
        by: 'talent',
      });
      const chat = await repo.insertChat(tx, {
        ...talentsOwnChat(user, { event, recruiter, details }, body.answer, now),
        state: 'requested',
      });
      await repo.insertHistory(tx, {
        chatId: chat.id,
        kind: 'requested',
        actorId: user.id,
        side: 'talent',
        message: body.message || null,
        at: now,
      });
      const created = (await repo.findChatView(tx, chat.id))!;
      await recordConsent(tx, {
        talentId: user.id,
        companyId: created.company.id,
        at: now,
        share: body.shareWithCompany,
      });
      notified = await deliverNotices(tx, now, requestReceivedNotices(mailContext(ctx, event), created));
      return created;
    })
    .catch(refuseSecondOpenChat);
  await ctx.live.publish(topicsOf(view), { type: 'chats.changed', eventId: event.id, chatId: view.chat.id });
  await announceNotified(ctx, notified);
  return presentChat(view, now);
}

/**
 * Direct booking: the talent books one of the recruiter's free slots in one step, with the checks of a request and
 * of a confirmation, and the chat is written already confirmed in one transaction. Its history reads as a request
 * and a booking by the talent; both sides hear of it as of any confirmation. The exclusion constraints settle a race
 * for the slot as they do for confirmations.
 */
export async function bookDirectly(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
  body: DirectBookingInput;
}): Promise<Chat> {
  const { ctx, user, body } = input;
  const target = await loadRequestableRecruiter(ctx, user, input.eventId, input.recruiterId);
  refuseOtherBookingMode(target, 'direct');
  return bookSlotDirectly(ctx, user, target, new Date(body.startsAt), body);
}

/** The transaction of a direct booking, for a recruiter checked as requestable (`bookDirectly`, a company's). */
export async function bookSlotDirectly(
  ctx: AppContext,
  user: SessionUser,
  target: RequestableRecruiter,
  startsAt: Date,
  choices: { answer?: string; shareWithCompany?: boolean },
): Promise<Chat> {
  const { event, recruiter } = target;
  const now = ctx.now();
  let deliver = () => {};
  const view = await ctx.db
    .transaction(async (tx) => {
      await repo.takeRuleTurns(tx, { eventId: event.id, talentId: user.id, recruiterId: recruiter.id });
      const held = await holdSlot(
        tx,
        user,
        { eventId: event.id, recruiterId: recruiter.id, talentId: user.id, sequence: 0 },
        startsAt,
        now,
      );
      // Again on the share-locked event: an organizer's switch back to approval either came first or waits.
      refuseOtherBookingMode({ event: held.event, recruiter, details: held.recruiterDetails }, 'direct');
      await refuseUnwelcomeChat(tx, {
        eventId: event.id,
        talentId: user.id,
        recruiterId: recruiter.id,
        by: 'talent',
      });
      const chat = await repo.insertChat(tx, {
        ...talentsOwnChat(user, target, choices.answer, now),
        state: 'confirmed',
        ...held.fields,
      });
      const entry = { chatId: chat.id, actorId: user.id, side: 'talent' as const, at: now };
      await repo.insertHistory(
        tx,
        { ...entry, kind: 'requested' },
        { ...entry, kind: 'booked', toStartsAt: chat.startsAt },
      );
      const created = (await repo.findChatView(tx, chat.id))!;
      await recordConsent(tx, {
        talentId: user.id,
        companyId: created.company.id,
        at: now,
        share: choices.shareWithCompany,
      });
      deliver = await announceChange(ctx, tx, {
        after: created,
        event: held.event,
        notices: confirmedNotices,
        slotChanged: true,
        now,
      });
      return created;
    })
    .catch((error) => (sqlState(error) === '23505' ? refuseSecondOpenChat(error) : settleSlotRace(error)));
  deliver();
  return presentChat(view, now);
}

/** What people do to a chat; completion, offers and their lapse are the clock's and the waitlist's. */
export type PeopleAction = Exclude<ChatAction, 'complete' | 'offer' | 'lapse_offer'>;

/** The history entry each move writes. */
const historyKindOf: Record<PeopleAction, ChatHistoryKind> = {
  approve: 'approved',
  decline: 'declined',
  pick_slot: 'booked',
  withdraw: 'withdrawn',
  cancel: 'cancelled',
  reschedule: 'rescheduled',
  move: 'moved',
  mark_no_show: 'no_show',
  accept_offer: 'offer_accepted',
  decline_offer: 'offer_declined',
};

/** The time a move released or replaced and the one it booked, recorded only where the held time changed. */
function heldTimeChange(before: repo.ChatRow, after: repo.ChatRow) {
  const held = (chat: repo.ChatRow) => (chat.state === 'confirmed' ? chat.startsAt : null);
  const [from, to] = [held(before), held(after)];
  return from?.getTime() === to?.getTime() ? {} : { fromStartsAt: from, toStartsAt: to };
}

/**
 * Within a change's transaction: the notices (notifications and mail) of everyone it concerns, and the live messages
 * that go out with the commit, delivered by the function returned. A slot taken or freed changes what every talent
 * at the event may book.
 */
export async function announceChange(
  ctx: AppContext,
  tx: Queryable,
  input: {
    after: repo.ChatView;
    event: EventRow;
    notices: (mail: MailContext, view: repo.ChatView) => Notice[];
    slotChanged: boolean;
    now: Date;
  },
): Promise<() => void> {
  const { after, now } = input;
  const notified = await deliverNotices(tx, now, input.notices(mailContext(ctx, input.event), after));
  const changed = after.chat;
  return ctx.live.publishWithin(tx, [
    publication(topicsOf(after), { type: 'chats.changed', eventId: changed.eventId, chatId: changed.id }),
    ...notifiedAnnouncement(notified),
    ...(input.slotChanged
      ? [
          publication([liveTopics.event(changed.eventId)], {
            type: 'availability.changed',
            eventId: changed.eventId,
            recruiterId: changed.recruiterId,
          }),
        ]
      : []),
  ]);
}

/**
 * A larger change's transaction that a transition joins (as a savepoint), such as an account's deletion: the
 * transition's live messages and follow-up work wait for that transaction to commit, through `afterCommit`.
 */
export interface OuterTransaction {
  tx: Queryable;
  afterCommit: (work: () => void) => void;
}

/**
 * Applies one transition in a transaction: locks the chat, checks who may do it, takes the slot it books (if any),
 * writes the change, its history entry (with the message said with it) and the notices (notifications and mail) of
 * everyone it concerns. The returned view is read after the change, inside the same transaction. A booking is one
 * checkout from the pool and a handful of statements, so a burst of them does not queue at every step.
 */
export async function applyTransition(input: {
  ctx: AppContext;
  /** Who acts; null for the clock (the state machine's `system`). */
  user: SessionUser | null;
  chatId: string;
  action: PeopleAction;
  /** What the person said with the move, kept in the history. */
  message?: string;
  /** The slot the move books, checked and held by `holdSlot`; `offered`: the one an offer holds for the talent. */
  takeSlot?: Date | 'offered';
  change: (tx: Queryable, view: repo.LockedChatView, event: EventRow) => Promise<Partial<repo.ChatRow>>;
  notices: (mail: MailContext, view: repo.ChatView) => Notice[];
  within?: OuterTransaction;
}): Promise<Chat> {
  const { ctx, user } = input;
  const now = ctx.now();
  let deliver = () => {};
  const view = await (input.within?.tx ?? ctx.db).transaction(async (tx) => {
    const current = await repo.lockChatView(tx, input.chatId);
    const actor = current && (user ? actorOf(user, current) : 'system');
    if (!current || !actor) throw chatErrors.not_found();
    const heldSlot = current.chat.state === 'confirmed' || current.chat.state === 'offered';
    const result = transition(current.chat, actor, input.action);
    if (!result.ok)
      throw result.reason === 'wrong_state' ? chatErrors.wrong_state() : chatErrors.not_your_turn();
    // A lapsed offer says so before its time is checked: the rest of a slot under way is no time by then.
    if (input.takeSlot === 'offered' && current.chat.offerExpiresAt! <= now) throw chatErrors.offer_lapsed();
    const slot = input.takeSlot === 'offered' ? current.chat.startsAt : input.takeSlot;
    const { event, fields: slotFields } =
      user && slot
        ? await holdSlot(tx, user, current.chat, slot, now, input.takeSlot === 'offered')
        : { event: await eventOfChat(tx, user, current.chat.eventId), fields: {} };
    const values = {
      ...slotFields,
      ...(await input.change(tx, current, event)),
      state: result.next,
      updatedAt: now,
    };
    await repo.updateChatWithHistory(tx, input.chatId, values, {
      kind: historyKindOf[input.action],
      actorId: user?.id ?? null,
      // The clock acts for the recruiter's side (a no-show it marks is one they could have marked).
      side: actor === 'system' ? 'recruiter' : actor,
      message: input.message || null,
      ...heldTimeChange(current.chat, { ...current.chat, ...values }),
      at: now,
    });
    const after = (await repo.findChatView(tx, input.chatId))!;
    deliver = await announceChange(ctx, tx, {
      after,
      event,
      notices: input.notices,
      slotChanged: heldSlot || after.chat.state === 'confirmed',
      now,
    });
    return after;
  });
  if (input.within) input.within.afterCommit(deliver);
  else deliver();
  return presentChat(view, now);
}

/** The chat's event, as its viewer may see it; the clock sees every event. */
async function eventOfChat(tx: Queryable, user: SessionUser | null, eventId: string): Promise<EventRow> {
  if (user) return (await loadEventForViewer(tx, user, eventId)).event;
  const event = await findEventById(tx, eventId);
  if (!event) throw eventErrors.not_found();
  return event;
}

export function approveChat(input: { ctx: AppContext; user: SessionUser; chatId: string }) {
  return applyTransition({
    ...input,
    action: 'approve',
    change: async () => ({}),
    notices: (mail, view) => approvedNotices(mail, view, input.user),
  });
}

/**
 * The side that received a request or invitation declines it. The recruiter's side owes the talent a reason; a
 * talent may decline an invitation without one.
 */
export function declineChat(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  body: DeclineInput;
}) {
  const { body } = input;
  return applyTransition({
    ...input,
    action: 'decline',
    message: body.message,
    change: async (tx, view) => {
      if (!body.message && actorOf(input.user, view) === 'recruiter')
        throw onField(chatErrors.decline_reason_required(), 'message');
      const suggestion = body.suggestedRecruiterId;
      if (suggestion) {
        const colleague = await findRecruiter(tx, suggestion);
        const details = await findDetails(tx, view.chat.eventId, suggestion);
        if (
          !colleague ||
          colleague.companyId !== view.company.id ||
          colleague.id === view.chat.recruiterId ||
          !details?.confirmedAt
        ) {
          throw chatErrors.invalid_suggestion();
        }
      }
      return { suggestedRecruiterId: suggestion };
    },
    notices: (mail, view) =>
      view.chat.initiatedBy === 'talent'
        ? declinedNotices(mail, view, input.user)
        : invitationDeclinedNotices(mail, view),
  });
}

export function withdrawChat(input: { ctx: AppContext; user: SessionUser; chatId: string }) {
  return applyTransition({
    ...input,
    action: 'withdraw',
    change: async () => ({}),
    notices: (mail, view) => withdrawnNotices(mail, view),
  });
}

/** The recruiter's free slots a talent may pick for this chat, leaving out times the talent is already booked. */
export async function listFreeSlots(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
}): Promise<FreeSlotsResponse> {
  const { ctx, user } = input;
  const view = await repo.findChatView(ctx.db, input.chatId);
  if (!view || actorOf(user, view) !== 'talent') throw chatErrors.not_found();
  const { event } = await loadEventForViewer(ctx.db, user, view.chat.eventId);
  return freeSlotsOf(ctx.db, event, {
    chatId: view.chat.id,
    recruiter: view.recruiter,
    talentId: view.chat.talentId,
    now: ctx.now(),
  });
}

/** Direct booking: the recruiter's free slots a talent may book, leaving out times the talent is already booked. */
export async function listBookableSlots(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
}): Promise<FreeSlotsResponse> {
  const { ctx, user } = input;
  const { event, recruiter } = await loadRequestableRecruiter(ctx, user, input.eventId, input.recruiterId);
  return freeSlotsOf(ctx.db, event, { recruiter, talentId: user.id, now: ctx.now() });
}

/** The recruiter's slot grids of the days they set up. */
export async function recruiterGrids(q: Queryable, event: EventRow, recruiterId: string, now: Date) {
  // One query at a time: inside a booking's transaction they share one connection.
  const days = await findDaysOfEvent(q, event.id);
  const availability = await listAvailabilityDays(q, event.id, [recruiterId]);
  const bookings = await listBookings(q, event.id, [recruiterId]);
  return recruiterDayGrids({ event, days, availability, bookings, now }).filter(
    (grid) => grid.chosenDuration !== null,
  );
}

/** Refusals that explain a whole day or more of missing slots; the others (too soon, too close) are per slot. */
const countingRules = new Set<BookingRuleName>([
  'maxChatsPerTalent',
  'maxChatsPerTalentPerDay',
  'maxChatsPerRecruiterPerDay',
  'noShowLimit',
]);

/**
 * The recruiter's free slots a talent may book: not held, not overlapping the talent's chats, and allowed by the
 * event's fair-use rules, with the sentences of the rules that left out whole days.
 */
export async function freeSlotsOf(
  q: Queryable,
  event: EventRow,
  input: { recruiter: { id: string; name: string }; talentId: string; chatId?: string; now: Date },
): Promise<FreeSlotsResponse> {
  const { recruiter, now } = input;
  const grids = await recruiterGrids(q, event, recruiter.id, now);
  const talentBookings = await repo.listTalentBookings(q, event.id, input.talentId);
  const { noShows } =
    event.noShowLimit === null ? { noShows: 0 } : await repo.countTalentChats(q, event.id, input.talentId);
  const refusal = slotRuleCheck(event, {
    bookedBy: 'talent',
    chatId: input.chatId,
    noShows,
    talentChats: talentBookings,
    recruiterChats: grids.flatMap((grid) => grid.bookings),
    recruiterName: recruiter.name,
    now,
  });
  const ruleNotes = new Set<string>();
  const days = grids.map((grid) => ({
    dayId: grid.day.id,
    date: grid.day.date,
    mode: grid.day.mode,
    durationMinutes: grid.chosenDuration!,
    slots: freeSlotsFor(grid.slots, talentBookings).flatMap((slot) => {
      const refused = refusal({ ...slot, eventDayId: grid.day.id });
      if (refused && countingRules.has(refused.rule)) ruleNotes.add(sayToRequest(refused.message));
      if (refused) return [];
      return [
        { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), label: slot.label },
      ];
    }),
  }));
  return { timeZone: event.timeZone, days, ruleNotes: [...ruleNotes] };
}

/**
 * The chat's new time, if `startsAt` is a slot the recruiter opened, nobody holds and the talent is free for, with
 * the event it was checked against (which the user must take part in). Every booking path comes here. The event, its
 * days and the recruiter's slots are share-locked as they are read, so an organizer's edit of the event or a day or
 * the recruiter's edit of their slots (taken FOR UPDATE) either finishes first, and the check reads what it
 * committed, or waits for the booking and sees the booked chat. The event's fair-use rules are checked here: the
 * caller has taken the talent's and the recruiter's turns (`takeRuleTurns`, or the chat's lock that takes them).
 */
export async function holdSlot(
  tx: Queryable,
  user: SessionUser,
  chat: Pick<repo.ChatRow, 'eventId' | 'recruiterId' | 'talentId' | 'sequence'> & { id?: string },
  startsAt: Date,
  now: Date,
  /** An offer's time: besides a free slot's start, the start of the rest of a slot under way (`restOfSlot`). */
  offer = false,
): Promise<{
  event: EventRow;
  recruiterDetails: { requiresApproval: boolean };
  fields: Partial<repo.ChatRow>;
}> {
  const { eventId, recruiterId, talentId } = chat;
  const read = await repo.readBookingFacts(tx, { user, eventId, recruiterId, talentId });
  if (!read?.takesPart) throw eventErrors.not_found();
  // The time an offered chat holds is its own to take: only the others' hold it.
  const others = (booking: { chatId: string }) => booking.chatId !== chat.id;
  const facts = {
    ...read,
    bookings: read.bookings.filter(others),
    talentBookings: read.talentBookings.filter(others),
  };
  const { event } = facts;
  // Read from the share-locked event, so an organizer's change of the window is either seen or waits.
  if (user.role === 'talent') refuseOutsideBookingWindow(event, now);
  const date = utcToZoned(startsAt, event.timeZone).date;
  const [grid] = recruiterDayGrids({
    event,
    days: facts.days.filter((day) => day.date === date),
    availability: facts.availability,
    bookings: facts.bookings,
    now,
  }).filter((g) => g.chosenDuration !== null);
  const rest =
    offer && grid ? grid.slots.map((s) => restOfSlot(s, grid.day.mode, now, startsAt)).find(Boolean) : null;
  const slot = grid?.slots.find((s) => s.startsAt.getTime() === startsAt.getTime());
  // Say why, when it can be said: someone was faster, or the talent is busy then.
  if (!rest && slot?.status === 'booked') throw chatErrors.slot_taken();
  const time = rest ?? (slot && isFree(slot) ? slot : undefined);
  if (!grid || !time) throw chatErrors.not_a_free_slot();
  if (firstOverlapping(time, facts.talentBookings)) throw chatErrors.talent_busy();
  const refusal = slotRuleCheck(event, {
    bookedBy: user.role === 'talent' ? 'talent' : 'recruiter',
    chatId: chat.id,
    noShows: facts.talentNoShows,
    talentChats: facts.talentBookings,
    recruiterChats: facts.bookings,
    recruiterName: facts.recruiterName,
    onTheSpot: Boolean(rest),
    now,
  });
  refuseByRule(refusal({ startsAt, endsAt: time.endsAt, eventDayId: grid.day.id }));
  return {
    event,
    recruiterDetails: { requiresApproval: facts.recruiterRequiresApproval },
    fields: { eventDayId: grid.day.id, startsAt, endsAt: time.endsAt, sequence: chat.sequence + 1 },
  };
}

/** The database's exclusion constraints settle a race for one time: the loser hears who holds it. */
export function settleSlotRace(error: unknown): never {
  if (sqlState(error) === '23P01') {
    throw sqlConstraint(error) === 'chats_talent_no_overlap'
      ? chatErrors.talent_busy()
      : chatErrors.slot_taken();
  }
  throw error;
}

/**
 * The talent books a slot. The slot must be one the recruiter opened and nobody holds; the database's exclusion
 * constraints settle a race between two talents (or two tabs) for the same time: exactly one wins.
 */
export function confirmSlot(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  startsAt: string;
  shareWithCompany?: boolean;
}) {
  return applyTransition({
    ...input,
    action: 'pick_slot',
    takeSlot: new Date(input.startsAt),
    // Only the talent picks a slot (the state machine's rule), so the consent is theirs to give.
    change: async (tx, view) => {
      await recordConsent(tx, {
        talentId: view.talent.id,
        companyId: view.company.id,
        at: input.ctx.now(),
        share: input.shareWithCompany,
      });
      return {};
    },
    notices: (mail, view) => confirmedNotices(mail, view),
  }).catch(settleSlotRace);
}
