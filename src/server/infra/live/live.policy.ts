import type { SessionUser } from '../../context.js';
import type { Queryable } from '../db/client.js';
import { loadEventForViewer } from '../../modules/events/events.policy.js';
import { type Topic, topics } from './live.topics.js';

/**
 * The topics a user may follow at an event: whoever may see the event gets its public changes, and a recruiter also
 * their own company's team there. Throws the events module's not-found error for everyone else.
 */
export async function eventTopicsFor(q: Queryable, user: SessionUser, eventId: string): Promise<Topic[]> {
  const { viewerRole } = await loadEventForViewer(q, user, eventId);
  const allowed = [topics.event(eventId)];
  if (viewerRole === 'recruiter' && user.companyId)
    allowed.push(topics.companyAtEvent(user.companyId, eventId));
  return allowed;
}
