import type { ExperienceLevel } from '../schemas/talents.schemas.js';

/*
 * Best matches: how well a recruiter's details (what they look for) fit a talent's profile, as points and the
 * reasons that earned them. No hidden model: a person can recount every score from the reasons shown.
 *
 * Weights:
 * - each topic both name: 3 points ("Robotics"); topics say most about a conversation worth having;
 * - each language both speak: 2 points ("Speaks German");
 * - level fit, the talent's level among those the recruiter looks for: 2 points ("Student");
 * - background fit, a background the recruiter looks for named in the talent's: 2 points ("Computer Science").
 * Words compare whatever their case, as the list filters do. Ranking: higher score first, then name, then id, so
 * equal scores always come in the same order; a score of 0 is no match.
 */

export const MATCH_POINTS = { topic: 3, language: 2, level: 2, background: 2 } as const;

/** What a recruiter looks for: their details at the event. */
export interface RecruiterWants {
  backgrounds: readonly string[];
  levels: readonly ExperienceLevel[];
  languages: readonly string[];
  topics: readonly string[];
}

/** What a talent offers: their profile. */
export interface TalentOffers {
  background: string;
  level: ExperienceLevel | null;
  languages: readonly string[];
  topics: readonly string[];
}

/**
 * One thing both share, as data the reader's screen words in its language ("Speaks German"): a language, a topic or
 * a background in the talent's spelling, or the talent's level.
 */
export type MatchReason =
  | { kind: 'language' | 'topic' | 'background'; value: string }
  | { kind: 'level'; value: ExperienceLevel };

export interface MatchExplained {
  score: number;
  /** In the order languages, topics, level, background. */
  reasons: MatchReason[];
}

const fold = (word: string) => word.trim().toLowerCase();

/** The talent's words the recruiter names too (`wanted`, folded), each once, in the talent's order. */
function shared(talentWords: readonly string[], wanted: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  return talentWords.filter((word) => {
    const key = fold(word);
    if (!key || !wanted.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function explainMatch(recruiter: RecruiterWants, talent: TalentOffers): MatchExplained {
  return matchWith(recruiter)(talent);
}

/** `explainMatch` against one recruiter, their words folded once: for scoring many talents in a row. */
export function matchWith(recruiter: RecruiterWants): (talent: TalentOffers) => MatchExplained {
  const languagesWanted = new Set(recruiter.languages.map(fold));
  const topicsWanted = new Set(recruiter.topics.map(fold));
  const backgroundsWanted = recruiter.backgrounds.map(fold).filter(Boolean);
  return (talent) => {
    const languages = shared(talent.languages, languagesWanted);
    const topics = shared(talent.topics, topicsWanted);
    const levelFits = talent.level !== null && recruiter.levels.includes(talent.level);
    const background = fold(talent.background);
    // A talent writes "Computer Science (MSc)" where the recruiter chose "Computer Science": named within is a fit.
    const backgroundFits = background !== '' && backgroundsWanted.some((b) => background.includes(b));
    const reasons: MatchReason[] = [
      ...languages.map((value) => ({ kind: 'language' as const, value })),
      ...topics.map((value) => ({ kind: 'topic' as const, value })),
      ...(levelFits && talent.level ? [{ kind: 'level' as const, value: talent.level }] : []),
      ...(backgroundFits ? [{ kind: 'background' as const, value: talent.background.trim() }] : []),
    ];
    const score =
      topics.length * MATCH_POINTS.topic +
      languages.length * MATCH_POINTS.language +
      (levelFits ? MATCH_POINTS.level : 0) +
      (backgroundFits ? MATCH_POINTS.background : 0);
    return { score, reasons };
  };
}

/** How many best matches a person is shown: a short list to start from, not a second directory. */
export const BEST_MATCHES_SHOWN = 5;

/**
 * The best `limit` candidates with a score above 0, ranked. Scores each candidate once and keeps only the best few
 * in order as it goes: O(n × limit), no sort of everyone.
 */
export function rankMatches<Candidate extends { id: string; name: string }>(
  candidates: readonly Candidate[],
  explain: (candidate: Candidate) => MatchExplained,
  limit: number = BEST_MATCHES_SHOWN,
): (Candidate & MatchExplained)[] {
  const best: Ranked<Candidate & MatchExplained>[] = [];
  for (const candidate of candidates) {
    const match = explain(candidate);
    if (match.score <= 0) continue;
    const ranked = { item: { ...candidate, ...match }, key: candidate.name.toLowerCase() };
    const last = best.at(-1);
    if (best.length >= limit && (!last || byRank(ranked, last) >= 0)) continue;
    const at = best.findIndex((other) => byRank(ranked, other) < 0);
    best.splice(at === -1 ? best.length : at, 0, ranked);
    if (best.length > limit) best.pop();
  }
  return best.map((ranked) => ranked.item);
}

interface Ranked<T extends { score: number; id: string }> {
  item: T;
  /** The name, case folded once. */
  key: string;
}

/** Code-point order, not the locale's: the same on every server and browser. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byRank<T extends { score: number; id: string }>(a: Ranked<T>, b: Ranked<T>): number {
  return b.item.score - a.item.score || compare(a.key, b.key) || compare(a.item.id, b.item.id);
}
