import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { type EventRow, loadEventForViewer } from '../events/index.js';
import { talentErrors } from './talents.errors.js';

export type TalentUser = SessionUser & { role: 'talent' };

export function requireTalent(user: SessionUser): TalentUser {
  if (user.role !== 'talent') throw talentErrors.talents_only();
  return user as TalentUser;
}

/**
 * Talent profiles of an event are for the companies meeting them and for the organizer running the event.
 * Talents do not browse each other and support staff have no business reading CVs. Contact details stay with the
 * organizer: recruiters reach talents through Parley's requests, not by email.
 */
export async function loadEventForTalentBrowsing(
  q: Queryable,
  user: SessionUser,
  eventId: string,
): Promise<{ event: EventRow; showEmails: boolean }> {
  const { event, viewerRole } = await loadEventForViewer(q, user, eventId);
  if (viewerRole !== 'organizer' && viewerRole !== 'recruiter') throw talentErrors.browse_forbidden();
  return { event, showEmails: viewerRole === 'organizer' };
}
