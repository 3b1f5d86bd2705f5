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

export interface MatchExplained {
  score: number;
  /** Short texts in the order languages, topics, level, background; the talent's spelling of shared words. */
  reasons: string[];
}

const levelReason: Record<ExperienceLevel, string> = {
  student: 'Student',
  entry: 'Entry level',
  mid: 'Experienced',
  senior: 'Senior',
  executive: 'Executive',
};

const fold = (word: string) => word.trim().toLowerCase();

/** The talent's words the recruiter names too, each once, in the talent's order. */
function shared(talentWords: readonly string[], recruiterWords: readonly string[]): string[] {
  const wanted = new Set(recruiterWords.map(fold));
  const seen = new Set<string>();
  return talentWords.filter((word) => {
    const key = fold(word);
    if (!key || !wanted.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function explainMatch(recruiter: RecruiterWants, talent: TalentOffers): MatchExplained {
  const languages = shared(talent.languages, recruiter.languages);
  const topics = shared(talent.topics, recruiter.topics);
  const levelFits = talent.level !== null && recruiter.levels.includes(talent.level);
  const background = fold(talent.background);
  // A talent writes "Computer Science (MSc)" where the recruiter chose "Computer Science": named within is a fit.
  const backgroundFits =
    background !== '' && recruiter.backgrounds.some((b) => fold(b) !== '' && background.includes(fold(b)));
  const reasons = [
    ...languages.map((language) => `Speaks ${language}`),
    ...topics,
    ...(levelFits && talent.level ? [levelReason[talent.level]] : []),
    ...(backgroundFits ? [talent.background.trim()] : []),
  ];
  const score =
    topics.length * MATCH_POINTS.topic +
    languages.length * MATCH_POINTS.language +
    (levelFits ? MATCH_POINTS.level : 0) +
    (backgroundFits ? MATCH_POINTS.background : 0);
  return { score, reasons };
}

/** How many best matches a person is shown: a short list to start from, not a second directory. */
export const BEST_MATCHES_SHOWN = 5;

/**
 * The best `limit` candidates with a score above 0, ranked. Scores each candidate once (O(n)) and sorts only those
 * that match.
 */
export function rankMatches<Candidate extends { id: string; name: string }>(
  candidates: readonly Candidate[],
  explain: (candidate: Candidate) => MatchExplained,
  limit: number = BEST_MATCHES_SHOWN,
): (Candidate & MatchExplained)[] {
  const matching: (Candidate & MatchExplained)[] = [];
  for (const candidate of candidates) {
    const match = explain(candidate);
    if (match.score > 0) matching.push({ ...candidate, ...match });
  }
  return matching.sort(byRank).slice(0, limit);
}

/** Code-point order, not the locale's: the same on every server and browser. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byRank(a: { score: number; name: string; id: string }, b: typeof a): number {
  return b.score - a.score || compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.id, b.id);
}
