import { z } from 'zod';
import { BookableRecruitersQuery } from './availability.schemas.js';
import { ExperienceLevel, TalentSearchQuery } from './talents.schemas.js';

/**
 * The filters of the list below the best matches, so both show the same people: a talent sends the recruiter
 * list's (`q`, `language`, `topic`, `dayId`, `mode`, `favourites`), a recruiter the talent search's (`q`,
 * `language`, `level`, `topic`); each side ignores the other's.
 */
export const BestMatchesQuery = BookableRecruitersQuery.pick({
  q: true,
  language: true,
  topic: true,
  dayId: true,
  mode: true,
  favourites: true,
}).extend(TalentSearchQuery.pick({ level: true }).shape);
export type BestMatchesQuery = z.infer<typeof BestMatchesQuery>;

/** One thing a match shares with the viewer: a language, topic or background in the talent's words, or a level. */
const MatchReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['language', 'topic', 'background']), value: z.string() }),
  z.object({ kind: z.literal('level'), value: ExperienceLevel }),
]);

/** A recruiter (for a talent) or a talent (for a recruiter), with what they share with the viewer. */
export const BestMatch = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The recruiter's company, or the talent's headline (what the Talent Profiles cards show). */
  detail: z.string(),
  /** Points as documented in src/shared/matching/match.ts. */
  score: z.number().int().positive(),
  /** What both share, in the order languages, topics, level, background; the screen words each ("Speaks German"). */
  reasons: z.array(MatchReason),
});
export type BestMatch = z.infer<typeof BestMatch>;

export const BestMatchesResponse = z.object({
  /** Whom the viewer is matched with: recruiters for a talent, talents for a recruiter. */
  side: z.enum(['recruiters', 'talents']),
  /** At most five, best first; empty when nobody shares anything with the viewer. */
  matches: z.array(BestMatch),
  /** Nothing of the viewer's own to match on yet: an empty profile, or a recruiter without details. */
  viewerHasNothingToMatch: z.boolean(),
  /** More candidates passed the filters than are scored per request: the matches come from the first ones. */
  candidatesCapped: z.boolean(),
});
export type BestMatchesResponse = z.infer<typeof BestMatchesResponse>;
