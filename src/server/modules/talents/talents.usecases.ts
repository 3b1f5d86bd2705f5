import type {
  TalentProfile,
  TalentProfileInput,
  TalentSearchQuery,
  TalentSearchResponse,
} from '../../../shared/schemas/talents.schemas.js';
import type { RecruiterWants } from '../../../shared/matching/match.js';
import type { AppContext } from '../../context.js';
import { sessionsOfUserChanged, setUserName } from '../auth/index.js';
import { presentCv } from './talents.cv.usecases.js';
import { talentErrors } from './talents.errors.js';
import type { TalentUser } from './talents.policy.js';
import * as repo from './talents.repository.js';

/** Email only for those allowed to contact the talent directly: the talent and the event's organizer. */
function presentTalentProfile(
  record: repo.TalentProfileRecord,
  options: { showEmail: boolean },
): TalentProfile {
  return {
    id: record.id,
    name: record.name,
    email: options.showEmail ? record.email : null,
    headline: record.headline ?? '',
    background: record.background ?? '',
    level: record.level,
    languages: record.languages ?? [],
    topics: record.topics ?? [],
    bio: record.bio ?? '',
    links: record.links ?? [],
    cv:
      record.cvFileName !== null && record.cvSize !== null && record.cvUploadedAt !== null
        ? presentCv({ fileName: record.cvFileName, size: record.cvSize, uploadedAt: record.cvUploadedAt })
        : null,
  };
}

export async function getOwnProfile(input: { ctx: AppContext; user: TalentUser }): Promise<TalentProfile> {
  const record = await repo.findTalentProfile(input.ctx.db, input.user.id);
  if (!record) throw talentErrors.talents_only();
  return presentTalentProfile(record, { showEmail: true });
}

export async function updateOwnProfile(input: {
  ctx: AppContext;
  user: TalentUser;
  profile: TalentProfileInput;
}): Promise<TalentProfile> {
  const { ctx, user } = input;
  const { name, ...profile } = input.profile;
  await ctx.db.transaction(async (tx) => {
    await setUserName(tx, user.id, name);
    await repo.saveTalentProfile(tx, user.id, profile, ctx.now());
  });
  // The name travels with the session.
  await sessionsOfUserChanged(ctx, user.id);
  return getOwnProfile({ ctx, user });
}

/**
 * One filter choice per value whatever its case ("python" and "Python" filter alike), sorted as people read.
 * Of several spellings, the first in code-point order is kept: it prefers capitals ("Python" over "python").
 */
function foldCaseVariants(values: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const value of [...values].sort()) {
    const key = value.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, value);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Beyond this many words, a search narrows nothing a person would notice but costs a pass per word. */
const MAX_SEARCH_TERMS = 10;

function searchFilters(
  query: Pick<TalentSearchQuery, 'q' | 'language' | 'topic' | 'level'>,
): repo.TalentFilters {
  const terms = [...new Set((query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
  return {
    terms: terms.slice(0, MAX_SEARCH_TERMS),
    // An emptied filter field arrives as an empty string: it filters nothing.
    language: query.language || undefined,
    topic: query.topic || undefined,
    level: query.level,
  };
}

export async function searchEventTalents(input: {
  ctx: AppContext;
  eventId: string;
  query: TalentSearchQuery;
  showEmails: boolean;
}): Promise<TalentSearchResponse> {
  const { ctx, eventId, query } = input;
  const filters = searchFilters(query);
  const [records, summary] = await Promise.all([
    repo.searchEventTalents(ctx.db, eventId, filters, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    repo.countAndFacetEventTalents(ctx.db, eventId, filters),
  ]);
  return {
    talents: records.map((record) => presentTalentProfile(record, { showEmail: input.showEmails })),
    total: summary.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: { languages: foldCaseVariants(summary.languages), topics: foldCaseVariants(summary.topics) },
  };
}

export async function getEventTalentProfile(input: {
  ctx: AppContext;
  eventId: string;
  talentId: string;
  showEmail: boolean;
}): Promise<TalentProfile> {
  const record = await repo.findEventTalentProfile(input.ctx.db, input.eventId, input.talentId);
  if (!record) throw talentErrors.not_found();
  return presentTalentProfile(record, { showEmail: input.showEmail });
}

/**
 * The talents the search shows with these filters who share something with a recruiter's details, as the search
 * shows them (no email), at most `limit` of them in the search's order.
 */
export async function listTalentsSharing(input: {
  ctx: AppContext;
  eventId: string;
  query: Pick<TalentSearchQuery, 'q' | 'language' | 'topic' | 'level'>;
  wants: RecruiterWants;
  limit: number;
}): Promise<TalentProfile[]> {
  const filters = { ...searchFilters(input.query), sharingAnyOf: input.wants };
  const records = await repo.searchEventTalents(input.ctx.db, input.eventId, filters, {
    limit: input.limit,
    offset: 0,
  });
  return records.map((record) => presentTalentProfile(record, { showEmail: false }));
}
