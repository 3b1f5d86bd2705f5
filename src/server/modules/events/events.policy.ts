import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import { requireUser } from '../auth/index.js';
import { eventErrors } from './events.errors.js';
import { type EventRow, findEventForUser } from './events.repository.js';

export type EventViewerRole = 'organizer' | 'recruiter' | 'talent' | 'support';

/**
 * Who may see an event and as what: its own organizer (drafts too); once published, recruiters of registered
 * companies, registered talents, and support staff (the rules of `takesPartIn`). Everyone else is told it does not
 * exist, since even an event's existence is private to those taking part.
 */
export async function loadEventForViewer(
  q: Queryable,
  user: SessionUser,
  eventId: string,
): Promise<{ event: EventRow; viewerRole: EventViewerRole }> {
  const found = await findEventForUser(q, user, eventId);
  if (!found?.takesPart) throw eventErrors.not_found();
  return { event: found.event, viewerRole: user.role };
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
