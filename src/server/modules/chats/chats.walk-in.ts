import { firstOverlapping } from '../../../shared/booking/overlap.js';
import { recruiterGapAt, walkInDayAt } from '../../../shared/booking/walk-in.js';
import type { AppContext, SessionUser } from '../../context.js';
import { type Queryable, sqlConstraint, sqlState } from '../../infra/db/client.js';
import { eventErrors } from '../events/index.js';
import { refuseUnwelcomeChat } from '../safety/index.js';
import { chatErrors } from './chats.errors.js';
import { confirmedNotices } from './chats.mails.js';
import * as repo from './chats.repository.js';
import { announceChange } from './chats.usecases.js';

/** What the history of a walk-in chat says with its booking. */
const WALK_IN_MESSAGE = 'Walk-in at the booth';

/**
 * Inside the caller's transaction: a walk-in chat between the recruiter and a talent called from their booth's
 * queue, confirmed at once from `now` until the end of the recruiter's gap (`recruiterGapAt`: the free time before
 * their next booked chat, capped by the day's default duration). It reads what a booking reads, share-locking the
 * event, its days and the recruiter's slots (`readBookingFacts`), and the exclusion constraints refuse an overlap
 * with a chat either side booked meanwhile: the caller maps those with `settleWalkInRace`. The fair-use rules do not
 * apply: they bound what talents book ahead, and a walk-in fills a gap on the spot. The talent gets the
 * confirmation (mail with its calendar entry, and the bell); the recruiter started it standing at the booth.
 */
export async function startWalkInChat(
  ctx: AppContext,
  tx: Queryable,
  input: { user: SessionUser; eventId: string; talentId: string; now: Date },
): Promise<{ view: repo.ChatView; deliver: () => void }> {
  const { user, eventId, talentId, now } = input;
  const facts = await repo.readBookingFacts(tx, { user, eventId, recruiterId: user.id, talentId });
  if (!facts?.takesPart) throw eventErrors.not_found();
  const { event } = facts;
  const day = walkInDayAt(facts.days, now, event.timeZone);
  const gap = day && recruiterGapAt({ now, bookings: facts.bookings, day, timeZone: event.timeZone });
  if (!day || !gap?.free) throw chatErrors.walk_in_no_gap();
  const time = { startsAt: now, endsAt: gap.until };
  if (firstOverlapping(time, facts.talentBookings)) throw chatErrors.walk_in_talent_busy();
  await refuseUnwelcomeChat(tx, { eventId, talentId, recruiterId: user.id, by: 'recruiter' });
  const chat = await repo.insertChat(tx, {
    eventId,
    talentId,
    recruiterId: user.id,
    initiatedBy: 'recruiter',
    createdById: user.id,
    state: 'confirmed',
    eventDayId: day.id,
    ...time,
    sequence: 1,
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertHistory(tx, {
    chatId: chat.id,
    kind: 'booked',
    actorId: user.id,
    side: 'recruiter',
    message: WALK_IN_MESSAGE,
    toStartsAt: now,
    at: now,
  });
  const view = (await repo.findChatView(tx, chat.id))!;
  const deliver = await announceChange(ctx, tx, {
    after: view,
    event,
    notices: (mail, created) => confirmedNotices(mail, created).filter((n) => n.userId === created.talent.id),
    slotChanged: true,
    now,
  });
  return { view, deliver };
}

/** The database's refusals of a walk-in chat, in the recruiter's words. */
export function settleWalkInRace(error: unknown): never {
  if (sqlState(error) === '23P01') {
    throw sqlConstraint(error) === 'chats_talent_no_overlap'
      ? chatErrors.walk_in_talent_busy()
      : chatErrors.walk_in_no_gap();
  }
  if (sqlState(error) === '23505' && sqlConstraint(error) === 'chats_one_open_per_pair') {
    throw chatErrors.walk_in_already_open();
  }
  throw error;
}
