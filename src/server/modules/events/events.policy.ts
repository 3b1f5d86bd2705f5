import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { requireUser } from '../auth/index.js';
import { eventErrors } from './events.errors.js';
import { type EventRow, findEventById, isCompanyAtEvent, isTalentAtEvent } from './events.repository.js';

export type EventViewerRole = 'organizer' | 'recruiter' | 'talent' | 'support';

/**
 * Who may see an event and as what: its own organizer (drafts too); once published, recruiters of registered
 * companies, registered talents, and support staff. Everyone else is told it does not exist, since even an
 * event's existence is private to those taking part.
 */
export async function loadEventForViewer(
  q: Queryable,
  user: SessionUser,
  eventId: string,
): Promise<{ event: EventRow; viewerRole: EventViewerRole }> {
  const event = await findEventById(q, eventId);
  if (!event) throw eventErrors.not_found();
  if (user.role === 'organizer') {
    if (event.organizerId === user.id) return { event, viewerRole: 'organizer' };
    throw eventErrors.not_found();
  }
  if (!event.publishedAt) throw eventErrors.not_found();
  if (user.role === 'support') return { event, viewerRole: 'support' };
  if (user.role === 'recruiter' && user.companyId && (await isCompanyAtEvent(q, eventId, user.companyId))) {
    return { event, viewerRole: 'recruiter' };
  }
  if (user.role === 'talent' && (await isTalentAtEvent(q, eventId, user.id))) {
    return { event, viewerRole: 'talent' };
  }
  throw eventErrors.not_found();
}

/** The event, if the user is its organizer; others get 404 or 403 as `loadEventForViewer` decides. */
export async function loadEventAsOrganizer(
  q: Queryable,
  user: SessionUser,
  eventId: string,
): Promise<EventRow> {
  const { event, viewerRole } = await loadEventForViewer(q, user, eventId);
  if (viewerRole !== 'organizer') throw eventErrors.not_organizer();
  return event;
}

/**
 * An `onRequest` hook for every event route: it runs before body validation, so an anonymous caller hears 401
 * rather than a complaint about the body.
 */
export const signedIn = async (request: FastifyRequest) => {
  requireUser(request);
};
