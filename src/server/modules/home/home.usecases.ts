import { canJoin } from '../../../shared/booking/chat-phase.js';
import type { HomeResponse } from '../../../shared/schemas/home.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { type ChatView, presentChat } from '../chats/index.js';
import * as repo from './home.repository.js';

/** How many of a list the home shows; each list links to the place that has all of them. */
const UPCOMING_SHOWN = 5;
const COLLEAGUES_REQUESTS_SHOWN = 5;

/** What the viewer should do now, across every event they take part in. */
export async function getHome(input: { ctx: AppContext; user: SessionUser }): Promise<HomeResponse> {
  const { ctx, user } = input;
  const now = ctx.now();
  const present = (views: ChatView[]) => views.map((view) => presentChat(view, now));
  const home: HomeResponse = {
    live: [],
    upcoming: [],
    waitingForMe: [],
    waitingForColleagues: { chats: [], total: 0 },
    toPick: [],
    availabilityToConfirm: [],
    events: await repo.countByEvent(ctx.db, user, now),
  };
  if (user.role === 'talent') {
    const views = await repo.listOpenChatsOf(ctx.db, { talentId: user.id }, now);
    const booked = bookedOf(views, now);
    return {
      ...home,
      live: present(booked.live),
      upcoming: present(booked.upcoming),
      waitingForMe: present(oldestFirst(inState(views, 'invited'))),
      toPick: present(oldestFirst(inState(views, 'in_scheduling'))),
    };
  }
  if (user.role === 'recruiter' && user.companyId) {
    // Chats of an event the company no longer attends stay in its archive, not on the home.
    const views = (await repo.listOpenChatsOf(ctx.db, { recruiterId: user.id }, now)).filter(
      (view) => view.companyAttends,
    );
    const colleagues = await repo.listColleaguesRequests(
      ctx.db,
      { id: user.id, companyId: user.companyId },
      COLLEAGUES_REQUESTS_SHOWN,
    );
    const booked = bookedOf(views, now);
    return {
      ...home,
      live: present(booked.live),
      upcoming: present(booked.upcoming),
      waitingForMe: present(oldestFirst(inState(views, 'requested'))),
      waitingForColleagues: { chats: present(colleagues.views), total: colleagues.total },
      availabilityToConfirm: await repo.listEventsAwaitingAvailability(ctx.db, user, now),
    };
  }
  return home;
}

const inState = (views: ChatView[], state: ChatView['chat']['state']) =>
  views.filter((view) => view.chat.state === state);

/** The booked chats (the list comes soonest first): those whose room is open now, and the next ones. */
function bookedOf(views: ChatView[], now: Date) {
  const live = views.filter((view) => canJoin(view.chat, now));
  const upcoming = inState(views, 'confirmed')
    .filter((view) => !live.includes(view))
    .slice(0, UPCOMING_SHOWN);
  return { live, upcoming };
}

const oldestFirst = (views: ChatView[]) =>
  [...views].sort(
    (a, b) => a.chat.createdAt.getTime() - b.chat.createdAt.getTime() || a.chat.id.localeCompare(b.chat.id),
  );
