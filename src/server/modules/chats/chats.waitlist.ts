import { recruiterBookingMode } from '../../../shared/booking/booking-window.js';
import { isFree } from '../../../shared/booking/grid.js';
import {
  mergeWaitlists,
  type OfferableTime,
  offerExpiry,
  offerRoute,
  restOfSlot,
  wholeSlot,
} from '../../../shared/booking/waitlist.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { WaitlistsResponse } from '../../../shared/schemas/waitlists.schemas.js';
import { utcToZoned } from '../../../shared/time/zoned.js';
import type { AppContext, SessionUser } from '../../context.js';
import { type Queryable, sqlState } from '../../infra/db/client.js';
import { AppError } from '../../infra/http/errors.js';
import { publication } from '../../infra/live/live.hub.js';
import { findDetails } from '../availability/index.js';
import { mayOfferTime, refuseUnwelcomeChat } from '../safety/index.js';
import { type EventRow, findDaysOfEvent, findEventById, loadEventForViewer } from '../events/index.js';
import { chatErrors } from './chats.errors.js';
import { confirmedNotices, offerEndedNotices, offerNotices } from './chats.mails.js';
import * as companyList from './chats.company-waitlist.repository.js';
import * as repo from './chats.repository.js';
import { transition } from './chats.transitions.js';
import {
  announceChange,
  applyTransition,
  holdSlot,
  loadRequestableRecruiter,
  type OuterTransaction,
  recruiterGrids,
  settleSlotRace,
} from './chats.usecases.js';

/*
 * Waitlists: talents wait for a recruiter with no free time, and each time that frees is offered to the first of
 * them who could take it right now, held for them alone for a while (the chat is `offered`, which the overlap
 * exclusions treat as booked). One idempotent sweep does the offering; it runs after every change that frees time
 * and on every process's clock, and the database settles races between sweeps and bookings.
 */

/**
 * Places and counts changed: the talent's pages and the recruiter's team (who show the recruiter's waitlist)
 * refetch them.
 */
async function waitlistChanged(q: Queryable, eventId: string, recruiterId: string, talentId: string) {
  const team = await repo.recruiterCompany(q, recruiterId);
  const topics = [liveTopics.user(talentId), ...(team ? [liveTopics.companyAtEvent(team, eventId)] : [])];
  return publication(topics, { type: 'waitlist.changed', eventId });
}

/** A registered talent joins a recruiter's waitlist (again: keeps their place); a free time is offered at once. */
export async function joinWaitlist(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
}): Promise<void> {
  const { ctx, user } = input;
  const { event, recruiter } = await loadRequestableRecruiter(ctx, user, input.eventId, input.recruiterId);
  await announceWaitlist(ctx, event.id, recruiter.id, user.id, async (tx) => {
    await refuseUnwelcomeChat(tx, {
      eventId: event.id,
      talentId: user.id,
      recruiterId: recruiter.id,
      by: 'talent',
    });
    return repo.insertWaitlistEntry(tx, {
      eventId: event.id,
      recruiterId: recruiter.id,
      talentId: user.id,
      joinedAt: ctx.now(),
    });
  });
  await offerFreedTime(ctx, event.id, recruiter.id);
}

/** The talent leaves a recruiter's waitlist (idempotent). */
export async function leaveWaitlist(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  recruiterId: string;
}): Promise<void> {
  const { ctx, user } = input;
  if (user.role !== 'talent') throw chatErrors.talents_only();
  const { event } = await loadEventForViewer(ctx.db, user, input.eventId);
  await announceWaitlist(ctx, event.id, input.recruiterId, user.id, (tx) =>
    repo.deleteWaitlistEntry(tx, { eventId: event.id, recruiterId: input.recruiterId, talentId: user.id }),
  );
}

/** Changes a waitlist in a transaction, and tells whoever shows it once it committed. */
async function announceWaitlist(
  ctx: AppContext,
  eventId: string,
  recruiterId: string,
  talentId: string,
  change: (tx: Queryable) => Promise<unknown>,
) {
  const deliver = await ctx.db.transaction(async (tx) => {
    await change(tx);
    return ctx.live.publishWithin(tx, [await waitlistChanged(tx, eventId, recruiterId, talentId)]);
  });
  deliver();
}

/**
 * A talent's places on the event's waitlists (recruiters' and companies'); a recruiter's team's counts of talents
 * waiting for each of them, and for the company.
 */
export async function listWaitlists(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
}): Promise<WaitlistsResponse> {
  const { ctx, user } = input;
  const { event, viewerRole } = await loadEventForViewer(ctx.db, user, input.eventId);
  const none = { entries: [], companyEntries: [], counts: [], companyWaiting: 0 };
  if (viewerRole === 'talent') {
    const [entries, companyEntries] = [
      await repo.listTalentWaitlists(ctx.db, event.id, user.id),
      await companyList.listTalentCompanyWaitlists(ctx.db, event.id, user.id),
    ];
    return {
      ...none,
      entries: entries.map((e) => ({ ...e, joinedAt: e.joinedAt.toISOString() })),
      companyEntries: companyEntries.map((e) => ({ ...e, joinedAt: e.joinedAt.toISOString() })),
    };
  }
  if (viewerRole === 'recruiter' && user.companyId) {
    return {
      ...none,
      counts: await repo.countWaitlists(ctx.db, event.id, user.companyId),
      companyWaiting: await companyList.countCompanyWaitlist(ctx.db, event.id, user.companyId),
    };
  }
  return none;
}

/** The talent takes the offered time: a confirmation like any other, re-checked against every booking rule. */
export function acceptOffer(input: { ctx: AppContext; user: SessionUser; chatId: string }) {
  return applyTransition({
    ...input,
    action: 'accept_offer',
    takeSlot: 'offered',
    change: async (tx, view) => {
      await leaveWaitlistsOf(tx, view.chat);
      return { offerExpiresAt: null, offeredFrom: null };
    },
    notices: (mail, view) => confirmedNotices(mail, view),
  }).catch(settleSlotRace);
}

/** The talent lets the offered time go: it goes to the next one waiting, and they leave the waitlist. */
export async function declineOffer(input: {
  ctx: AppContext;
  user: SessionUser;
  chatId: string;
  within?: OuterTransaction;
}) {
  const chat = await applyTransition({
    ...input,
    action: 'decline_offer',
    change: async (tx, view) => {
      await leaveWaitlistsOf(tx, view.chat);
      return releasedOffer;
    },
    notices: (mail, view) => offerEndedNotices(mail, view, false),
  });
  const offer = () => offerFreedTime(input.ctx, chat.eventId, chat.recruiter.id);
  if (input.within) input.within.afterCommit(() => input.ctx.background.run(offer));
  else await offer();
  return chat;
}

/**
 * An offer served the talent, or they let it go: either way they leave the recruiter's waitlist and the recruiter's
 * company's, and may join again.
 */
async function leaveWaitlistsOf(
  tx: Queryable,
  chat: { eventId: string; recruiterId: string; talentId: string },
) {
  await repo.deleteWaitlistEntry(tx, chat);
  await companyList.deleteCompanyWaitlistEntries(tx, {
    eventId: chat.eventId,
    recruiterId: chat.recruiterId,
    talentIds: [chat.talentId],
  });
}

/** What an offer that ends unaccepted leaves on the chat: no time, no hold. */
const releasedOffer = {
  startsAt: null,
  endsAt: null,
  eventDayId: null,
  offerExpiresAt: null,
  offeredFrom: null,
} as const;

const LAPSE_BATCH = 50;

/**
 * The clock's round: offers whose hold passed lapse (their times go to the next ones waiting), then every
 * recruiter someone waits for is swept, so a time freed by a process that died before its sweep is offered too.
 */
export async function runWaitlists({ ctx }: { ctx: AppContext }): Promise<number> {
  await lapseOffers(ctx);
  let offers = 0;
  for (const { eventId, recruiterId } of await repo.listWaitedForRecruiters(ctx.db, ctx.now())) {
    offers += await offerFreedTime(ctx, eventId, recruiterId);
  }
  return offers;
}

/** Lapses the offers whose hold has passed, a batch per transaction; the talents leave those waitlists. */
async function lapseOffers(ctx: AppContext) {
  const now = ctx.now();
  for (;;) {
    const { lapsed, deliveries } = await ctx.db.transaction(async (tx) => {
      const due = await repo.lockLapsedOffers(tx, now, LAPSE_BATCH);
      const delivered: (() => void)[] = [];
      for (const { id } of due) {
        const view = (await repo.findChatView(tx, id))!;
        const result = transition(view.chat, 'system', 'lapse_offer');
        if (!result.ok) continue;
        await repo.updateChatWithHistory(
          tx,
          id,
          { ...releasedOffer, state: result.next, updatedAt: now },
          { kind: 'offer_lapsed', actorId: null, side: 'talent', fromStartsAt: view.chat.startsAt, at: now },
        );
        await leaveWaitlistsOf(tx, view.chat);
        const after = (await repo.findChatView(tx, id))!;
        const event = (await findEventById(tx, view.chat.eventId))!;
        delivered.push(
          await announceChange(ctx, tx, {
            after,
            event,
            notices: (mail, v) => offerEndedNotices(mail, v, true),
            slotChanged: true,
            now,
          }),
        );
      }
      return { lapsed: due.length, deliveries: delivered };
    });
    for (const deliver of deliveries) deliver();
    if (lapsed < LAPSE_BATCH) return;
  }
}

/** Conflicts a sweep may lose to a booking made meanwhile: the next round reads what it committed. */
const MAX_LOST_RACES = 3;

/**
 * The sweep of one recruiter's waitlist: while a free time of theirs can be offered to someone waiting, the first
 * eligible talent is offered the earliest one. Idempotent: with no free time or nobody eligible it does nothing.
 * Each offer is its own transaction, taken on the recruiter's waitlist turn, so concurrent sweeps (this process's
 * or others') take turns; a booking racing an offer is settled by the exclusion constraints, and the sweep reads
 * again. Returns how many offers it made.
 */
export async function offerFreedTime(ctx: AppContext, eventId: string, recruiterId: string): Promise<number> {
  // Most changes of a recruiter's time (every availability edit) find nobody waiting: no transaction, no turn.
  if (!(await repo.someoneWaits(ctx.db, eventId, recruiterId))) return 0;
  let offers = 0;
  let lost = 0;
  while (lost < MAX_LOST_RACES) {
    let deliver = () => {};
    try {
      const offered = await ctx.db.transaction(async (tx) => {
        await repo.takeWaitlistTurn(tx, eventId, recruiterId);
        const made = await offerNextTime(ctx, tx, eventId, recruiterId);
        if (made) deliver = made;
        return Boolean(made);
      });
      deliver();
      if (!offered) return offers;
      offers += 1;
    } catch (error) {
      const state = sqlState(error);
      if (state !== '23P01' && state !== '23505') throw error;
      lost += 1;
    }
  }
  return offers;
}

/**
 * Who waits for the recruiter's freed time, in order: their own waitlist and their company's merged by joining time,
 * each talent with their open chat with the recruiter. Talents served meanwhile are taken off: a booked chat with the
 * recruiter ends their place on the recruiter's list, one with anyone of the company their place on the company's;
 * left listed, they would be offered a second chat once this one is over. A talent holding an offer of a colleague
 * is passed over on the company's list until it is settled, so the company offers them one time at a time (the
 * sweeps of colleagues take turns on the company's waitlist turn).
 */
async function waitingFor(tx: Queryable, eventId: string, recruiterId: string) {
  const [own, company] = [
    await repo.listWaitlist(tx, eventId, recruiterId),
    await companyList.listCompanyWaitlistOf(tx, eventId, recruiterId),
  ];
  const booked = own.filter((entry) => entry.openChat?.state === 'confirmed').map((e) => e.talentId);
  if (booked.length > 0) await repo.deleteWaitlistEntries(tx, { eventId, recruiterId, talentIds: booked });
  const served = company.filter((entry) => entry.companyHold === 'confirmed').map((e) => e.talentId);
  if (served.length > 0) {
    await companyList.deleteCompanyWaitlistEntries(tx, { eventId, recruiterId, talentIds: served });
  }
  return mergeWaitlists(
    own.filter((entry) => !booked.includes(entry.talentId)),
    company.filter((entry) => entry.companyHold === null),
  );
}

/** Within the recruiter's waitlist turn: offers their earliest free time to the first talent who may take it. */
async function offerNextTime(ctx: AppContext, tx: Queryable, eventId: string, recruiterId: string) {
  const waiting = await waitingFor(tx, eventId, recruiterId);
  if (waiting.length === 0) return undefined;
  const event = await findEventById(tx, eventId);
  const details = await findDetails(tx, eventId, recruiterId);
  if (!event || !details?.confirmedAt) return undefined;
  const mode = recruiterBookingMode(event, details);
  const candidates = waiting.flatMap((entry) => {
    const route = offerRoute(mode, entry.openChat?.state ?? null);
    return route ? [{ ...entry, route }] : [];
  });
  if (candidates.length === 0) return undefined;
  const now = ctx.now();
  const times = offerableTimes(await recruiterGrids(tx, event, recruiterId, now), now);
  if (times.length === 0) return undefined;
  const today = utcToZoned(now, event.timeZone).date;
  const onEventDay = (await findDaysOfEvent(tx, eventId)).some((day) => day.date === today);
  for (const slot of times) {
    for (const candidate of candidates) {
      const chat = candidate.openChat ? await repo.lockChatUnlessBusy(tx, candidate.openChat.id) : undefined;
      // Someone is changing the chat right now, or it moved on since the list was read: the next one's turn.
      if (candidate.openChat && (!chat || !transition(chat, 'system', 'offer').ok)) continue;
      if (!(await mayOfferTime(tx, { eventId, talentId: candidate.talentId, recruiterId }))) continue;
      const held = await eligibleHold(tx, event, candidate.talentId, chat, recruiterId, slot.startsAt, now);
      if (!held) continue;
      if (!chat && recruiterBookingMode(held.event, held.recruiterDetails) !== 'direct') continue;
      const offer = {
        ...held.fields,
        state: 'offered' as const,
        offerExpiresAt: offerExpiry({ holds: held.event, onEventDay, now, takeBy: slot.takeBy }),
        offeredFrom: chat?.state ?? null,
        updatedAt: now,
      };
      // Nobody acted: the entry is the recruiter's side's, whose freed time it is.
      const entry = {
        kind: 'offered' as const,
        actorId: null,
        side: 'recruiter' as const,
        toStartsAt: slot.startsAt,
        at: now,
      };
      let chatId: string;
      if (chat) {
        await repo.updateChatWithHistory(tx, chat.id, offer, entry);
        chatId = chat.id;
      } else {
        const created = await repo.insertChat(tx, {
          eventId,
          talentId: candidate.talentId,
          recruiterId,
          initiatedBy: 'talent',
          createdById: candidate.talentId,
          createdAt: now,
          ...offer,
        });
        await repo.insertHistory(tx, { ...entry, chatId: created.id });
        chatId = created.id;
      }
      const after = (await repo.findChatView(tx, chatId))!;
      const announced = await announceChange(ctx, tx, {
        after,
        event: held.event,
        notices: offerNotices,
        slotChanged: true,
        now,
      });
      const waitlist = await ctx.live.publishWithin(tx, [
        await waitlistChanged(tx, eventId, recruiterId, candidate.talentId),
      ]);
      return () => {
        announced();
        waitlist();
      };
    }
  }
  return undefined;
}

/**
 * The recruiter's times an offer may hold, soonest first: the rest of a slot under way (a no-show's, or one nobody
 * booked, on a virtual day), then their free slots ahead.
 */
function offerableTimes(grids: Awaited<ReturnType<typeof recruiterGrids>>, now: Date): OfferableTime[] {
  const times = grids.flatMap((grid) =>
    grid.slots.flatMap((slot) => {
      const time = isFree(slot) ? wholeSlot(slot) : restOfSlot(slot, grid.day.mode, now);
      return time ? [time] : [];
    }),
  );
  return times.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The hold an offer of `startsAt` would take for the talent, if they could book it right now: every check of a
 * booking (`holdSlot`: the time free, the talent free then, the booking window, the fair-use rules; the notice rule
 * not for the rest of a slot under way, taken on the spot). Undefined when a rule refuses them, so the next one
 * waiting is asked.
 */
async function eligibleHold(
  tx: Queryable,
  event: EventRow,
  talentId: string,
  chat: repo.ChatRow | undefined,
  recruiterId: string,
  startsAt: Date,
  now: Date,
) {
  const talent: SessionUser = { id: talentId, email: '', name: '', role: 'talent', companyId: null };
  try {
    return await holdSlot(
      tx,
      talent,
      chat ?? { eventId: event.id, recruiterId, talentId, sequence: 0 },
      startsAt,
      now,
      true,
    );
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
