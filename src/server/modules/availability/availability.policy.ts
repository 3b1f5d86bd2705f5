import type { SessionUser } from '../../context.js';
import type { Queryable } from '../../infra/db/client.js';
import type { EventRow } from '../events/index.js';
import { loadEventForViewer } from '../events/index.js';
import { availabilityErrors } from './availability.errors.js';
import { findRecruiter } from './availability.repository.js';

/** A recruiter at an event their company attends: the scope of everything their team does there. */
export interface TeamScope {
  event: EventRow;
  companyId: string;
  user: SessionUser;
}

export async function loadTeamScope(q: Queryable, user: SessionUser, eventId: string): Promise<TeamScope> {
  const { event, viewerRole } = await loadEventForViewer(q, user, eventId);
  if (viewerRole !== 'recruiter' || !user.companyId) throw availabilityErrors.recruiters_only();
  return { event, companyId: user.companyId, user };
}

/** A recruiter may act for themself and for colleagues of the same company, nobody else. */
export async function loadColleague(q: Queryable, scope: TeamScope, recruiterId: string) {
  const recruiter = await findRecruiter(q, recruiterId);
  if (recruiter?.role !== 'recruiter' || recruiter.companyId !== scope.companyId) {
    throw availabilityErrors.not_colleague();
  }
  return recruiter;
}
