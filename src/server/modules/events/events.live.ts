import { type LiveTopic, liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import type { LiveFeature } from '../../infra/live/live.features.js';
import { publication } from '../../infra/live/live.hub.js';
import { loadEventForViewer } from './events.policy.js';

/**
 * Watching an event: whoever may see the event gets its public changes, a recruiter also their own company's
 * team there, and its organizer every chat's change (the dashboard). Everyone else is refused with the events module's not-found error, as over HTTP.
 */
export function eventsLive(ctx: AppContext): LiveFeature<SessionUser> {
  return {
    async watchEvent(user, eventId) {
      const { viewerRole } = await loadEventForViewer(ctx.db, user, eventId);
      const allowed: LiveTopic[] = [liveTopics.event(eventId)];
      if (viewerRole === 'recruiter' && user.companyId) {
        allowed.push(liveTopics.companyAtEvent(user.companyId, eventId));
      }
      if (viewerRole === 'organizer') allowed.push(liveTopics.organizersOfEvent(eventId));
      return allowed;
    },
  };
}

/**
 * Within the transaction of an organizer's change to the event (details, days, publication, registrations,
 * booths): every page open on it, in any app process, refetches what it shows once the change commits. Call the
 * returned function after the commit.
 */
export function publishEventChanged(ctx: AppContext, q: Queryable, eventId: string): Promise<() => void> {
  return ctx.live.publishWithin(q, [
    publication([liveTopics.event(eventId)], { type: 'event.changed', eventId }),
  ]);
}
