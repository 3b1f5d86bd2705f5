import {
  explainMatch,
  matchWith,
  type RecruiterWants,
  rankMatches,
  type TalentOffers,
} from '../../../shared/matching/match.js';
import type { BestMatchesQuery, BestMatchesResponse } from '../../../shared/schemas/matches.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { findDetails, listBookableRecruiterDetails } from '../availability/index.js';
import { loadEventForViewer } from '../events/index.js';
import {
  getOwnProfile,
  listTalentsSharing,
  loadEventForTalentBrowsing,
  requireTalent,
} from '../talents/index.js';
import { matchErrors } from './matches.errors.js';

/**
 * Each request scores the viewer against at most this many candidates (O(n), never recruiters × talents): for a
 * talent, the first recruiters of their list's order (company, then name); for a recruiter, the first talents by
 * name among those sharing something with their details. Beyond it the answer says `candidatesCapped`.
 */
const MATCH_CANDIDATES = 2000;

const isEmpty = (wants: RecruiterWants) =>
  wants.backgrounds.length + wants.levels.length + wants.languages.length + wants.topics.length === 0;

const nothingToMatch = (side: BestMatchesResponse['side']): BestMatchesResponse => ({
  side,
  matches: [],
  viewerHasNothingToMatch: true,
  candidatesCapped: false,
});

export async function bestMatches(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: BestMatchesQuery;
}): Promise<BestMatchesResponse> {
  if (input.user.role === 'talent') return recruitersForTalent(input);
  if (input.user.role === 'recruiter') return talentsForRecruiter(input);
  // Those outside the event hear that it does not exist, as on every event route.
  await loadEventForViewer(input.ctx.db, input.user, input.eventId);
  throw matchErrors.participants_only();
}

/** The recruiters the talent's list shows, scored against the talent's profile. */
async function recruitersForTalent(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: BestMatchesQuery;
}): Promise<BestMatchesResponse> {
  const { ctx, user, eventId, query } = input;
  const recruiters = await listBookableRecruiterDetails({
    ctx,
    user,
    eventId,
    query,
    limit: MATCH_CANDIDATES + 1,
  });
  const talent: TalentOffers = await getOwnProfile({ ctx, user: requireTalent(user) });
  if (!talent.background && !talent.level && !talent.languages.length && !talent.topics.length) {
    return nothingToMatch('recruiters');
  }
  const ranked = rankMatches(recruiters.slice(0, MATCH_CANDIDATES), (recruiter) =>
    explainMatch(recruiter, talent),
  );
  return {
    side: 'recruiters',
    matches: ranked.map((r) => ({
      id: r.id,
      name: r.name,
      detail: r.companyName,
      score: r.score,
      reasons: r.reasons,
    })),
    viewerHasNothingToMatch: false,
    candidatesCapped: recruiters.length > MATCH_CANDIDATES,
  };
}

/** The talents Talent Profiles shows the recruiter, scored against the recruiter's own details at the event. */
async function talentsForRecruiter(input: {
  ctx: AppContext;
  user: SessionUser;
  eventId: string;
  query: BestMatchesQuery;
}): Promise<BestMatchesResponse> {
  const { ctx, user, query } = input;
  const { event } = await loadEventForTalentBrowsing(ctx.db, user, input.eventId);
  const details = await findDetails(ctx.db, event.id, user.id);
  const wants: RecruiterWants = details ?? { backgrounds: [], levels: [], languages: [], topics: [] };
  if (isEmpty(wants)) return nothingToMatch('talents');
  const talents = await listTalentsSharing({
    ctx,
    eventId: event.id,
    query,
    wants,
    limit: MATCH_CANDIDATES + 1,
  });
  const ranked = rankMatches(talents.slice(0, MATCH_CANDIDATES), matchWith(wants));
  return {
    side: 'talents',
    matches: ranked.map((t) => ({
      id: t.id,
      name: t.name,
      detail: t.headline,
      score: t.score,
      reasons: t.reasons,
    })),
    viewerHasNothingToMatch: false,
    candidatesCapped: talents.length > MATCH_CANDIDATES,
  };
}
