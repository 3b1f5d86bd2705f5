import { z } from 'zod';
import type { CalendarFeedLinks } from '../../../shared/schemas/schedule.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { translatorOfUser } from '../../i18n/index.js';
import { chatCalendarEntry } from '../chats/index.js';
import { scheduleErrors } from './schedule.errors.js';
import { buildCalendarFeed, feedLinks, feedToken, isFeedToken, tokenOfFile } from './schedule.feed.js';
import * as repo from './schedule.repository.js';

function requireScheduleOwner(user: SessionUser): void {
  if (user.role !== 'talent' && user.role !== 'recruiter') throw scheduleErrors.no_schedule();
}

function linksOf(ctx: AppContext, userId: string, version: number): CalendarFeedLinks {
  return feedLinks(ctx.publicUrl, userId, feedToken(ctx.secret, userId, version));
}

/** The viewer's own calendar feed address. */
export async function getCalendarFeedLinks(input: {
  ctx: AppContext;
  user: SessionUser;
}): Promise<CalendarFeedLinks> {
  const { ctx, user } = input;
  requireScheduleOwner(user);
  const owner = await repo.findFeedOwner(ctx.db, user.id);
  if (!owner) throw scheduleErrors.feed_not_found();
  return linksOf(ctx, user.id, owner.version);
}

/** A new feed address: the old one (perhaps shared by mistake) answers 404 from now on. */
export async function resetCalendarFeed(input: {
  ctx: AppContext;
  user: SessionUser;
}): Promise<CalendarFeedLinks> {
  const { ctx, user } = input;
  requireScheduleOwner(user);
  const version = await repo.raiseFeedVersion(ctx.db, user.id);
  return linksOf(ctx, user.id, version);
}

/**
 * The feed a calendar app fetches, authorized by the address alone. Every failure is the same 404, so an address
 * cannot be probed for which users exist.
 */
export async function renderCalendarFeed(input: {
  ctx: AppContext;
  userId: string;
  file: string;
}): Promise<string> {
  const { ctx } = input;
  const token = tokenOfFile(input.file);
  const owner = z.uuid().safeParse(input.userId).success
    ? await repo.findFeedOwner(ctx.db, input.userId)
    : undefined;
  if (!owner || !token || !isFeedToken(token, ctx.secret, owner.id, owner.version))
    throw scheduleErrors.feed_not_found();
  const views = await repo.listBookedChatViews(ctx.db, owner.id);
  const events = new Map(
    (await repo.findEventsByIds(ctx.db, [...new Set(views.map((view) => view.chat.eventId))])).map(
      (event) => [event.id, event],
    ),
  );
  const now = ctx.now();
  const entries = views.map((view) =>
    chatCalendarEntry(
      { publicUrl: ctx.publicUrl, mailFrom: ctx.mailFrom, event: events.get(view.chat.eventId)!, now },
      view,
      'REQUEST',
      owner.id,
    ),
  );
  return buildCalendarFeed(translatorOfUser(owner), owner.name, entries);
}
