import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExperienceLevel } from '../schemas/talents.schemas.js';
import {
  BEST_MATCHES_SHOWN,
  explainMatch,
  MATCH_POINTS,
  matchWith,
  type RecruiterWants,
  rankMatches,
  type TalentOffers,
} from './match.js';

const nobody: RecruiterWants = { backgrounds: [], levels: [], languages: [], topics: [] };
const blank: TalentOffers = { background: '', level: null, languages: [], topics: [] };

describe('explainMatch', () => {
  it('scores and explains every kind of fit with its documented weight, languages first', () => {
    const match = explainMatch(
      {
        backgrounds: ['Computer Science'],
        levels: ['student', 'entry'],
        languages: ['English', 'German'],
        topics: ['Robotics', 'Go'],
      },
      {
        background: 'Computer Science (MSc)',
        level: 'student',
        languages: ['German', 'French'],
        topics: ['Robotics', 'Rust'],
      },
    );
    expect(match.reasons).toEqual([
      { kind: 'language', value: 'German' },
      { kind: 'topic', value: 'Robotics' },
      { kind: 'level', value: 'student' },
      { kind: 'background', value: 'Computer Science (MSc)' },
    ]);
    expect(match.score).toBe(
      MATCH_POINTS.language + MATCH_POINTS.topic + MATCH_POINTS.level + MATCH_POINTS.background,
    );
    expect(match.score).toBe(9);
  });

  it('compares words whatever their case and spacing, showing the talent’s spelling once', () => {
    const match = explainMatch(
      { ...nobody, languages: ['german'], topics: ['machine learning'] },
      { ...blank, languages: ['German', ' GERMAN '], topics: ['Machine Learning'] },
    );
    expect(match).toEqual({
      score: 5,
      reasons: [
        { kind: 'language', value: 'German' },
        { kind: 'topic', value: 'Machine Learning' },
      ],
    });
  });

  it('gives nothing for a level the recruiter does not look for, or for no level or background', () => {
    expect(explainMatch({ ...nobody, levels: ['senior'] }, { ...blank, level: 'student' }).score).toBe(0);
    expect(explainMatch({ ...nobody, levels: ['senior'], backgrounds: ['Design'] }, blank).score).toBe(0);
    expect(explainMatch({ ...nobody, backgrounds: [''] }, { ...blank, background: 'Physics' }).score).toBe(0);
  });

  const words = fc.array(fc.constantFrom('English', 'german', 'German', 'Robotics', 'Go', 'CAD', ' '), {
    maxLength: 6,
  });
  const recruiters = fc.record({
    backgrounds: fc.array(fc.constantFrom('Computer Science', 'Design', 'physics'), { maxLength: 3 }),
    levels: fc.array(fc.constantFrom(...ExperienceLevel.options), { maxLength: 5 }),
    languages: words,
    topics: words,
  });
  const talents = fc.record({
    background: fc.constantFrom('', 'Computer Science', 'Applied Physics', 'Law'),
    level: fc.constantFrom(null, ...ExperienceLevel.options),
    languages: words,
    topics: words,
  });

  it('earns 2 or 3 points per reason, each reason once, no reason no score, however it is called (properties)', () => {
    fc.assert(
      fc.property(recruiters, talents, (recruiter, talent) => {
        const { score, reasons } = explainMatch(recruiter, talent);
        expect(matchWith(recruiter)(talent)).toEqual({ score, reasons });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score === 0).toBe(reasons.length === 0);
        // Every reason is worth at least 2 and at most 3 points.
        expect(score).toBeGreaterThanOrEqual(2 * reasons.length);
        expect(score).toBeLessThanOrEqual(3 * reasons.length);
        expect(new Set(reasons.map((r) => `${r.kind} ${r.value.toLowerCase()}`)).size).toBe(reasons.length);
      }),
    );
  });

  it('ignores the order of the recruiter’s lists, and never scores less when the recruiter looks for more (properties)', () => {
    fc.assert(
      fc.property(recruiters, talents, recruiters, (recruiter, talent, more) => {
        const base = explainMatch(recruiter, talent).score;
        const reversed = {
          backgrounds: [...recruiter.backgrounds].reverse(),
          levels: [...recruiter.levels].reverse(),
          languages: [...recruiter.languages].reverse(),
          topics: [...recruiter.topics].reverse(),
        };
        expect(explainMatch(reversed, talent).score).toBe(base);
        const wider = {
          backgrounds: [...recruiter.backgrounds, ...more.backgrounds],
          levels: [...recruiter.levels, ...more.levels],
          languages: [...recruiter.languages, ...more.languages],
          topics: [...recruiter.topics, ...more.topics],
        };
        expect(explainMatch(wider, talent).score).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

describe('rankMatches', () => {
  const robotics = { kind: 'topic', value: 'Robotics' } as const;
  const scored = (score: number) => ({ score, reasons: score > 0 ? [robotics] : [] });

  it('ranks by score, then name whatever its case, then id, dropping those without a match', () => {
    const ranked = rankMatches(
      [
        { id: 'c', name: 'bea', points: 3 },
        { id: 'b', name: 'Bea', points: 3 },
        { id: 'a', name: 'Ann', points: 3 },
        { id: 'd', name: 'Zoe', points: 5 },
        { id: 'e', name: 'Al', points: 0 },
      ],
      (candidate) => scored(candidate.points),
    );
    expect(ranked.map((m) => m.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(ranked[0]).toMatchObject({ name: 'Zoe', score: 5, reasons: [robotics] });
  });

  it(`shows at most ${BEST_MATCHES_SHOWN}, or the limit asked`, () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: String(i), name: `N${i}` }));
    expect(rankMatches(many, () => scored(2))).toHaveLength(BEST_MATCHES_SHOWN);
    expect(rankMatches(many, () => scored(2), 2)).toHaveLength(2);
  });

  it('gives the same ranking whatever the order of the candidates (properties)', () => {
    const candidates = fc.uniqueArray(
      fc.record({ id: fc.uuid(), name: fc.constantFrom('Ann', 'ann', 'Bo', 'Cy'), points: fc.nat(6) }),
      { selector: (c) => c.id, maxLength: 20 },
    );
    fc.assert(
      fc.property(candidates, fc.nat(10), (list, limit) => {
        const ranked = rankMatches(list, (c) => scored(c.points), limit);
        const shuffled = rankMatches([...list].reverse(), (c) => scored(c.points), limit);
        expect(shuffled).toEqual(ranked);
        expect(ranked.length).toBe(Math.min(limit, list.filter((c) => c.points > 0).length));
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        }
        const lowestShown = ranked.at(-1)?.score ?? 0;
        if (limit > 0 && ranked.length === limit) {
          const left = list.filter((c) => !ranked.some((r) => r.id === c.id));
          expect(left.every((c) => c.points <= lowestShown)).toBe(true);
        }
      }),
    );
  });
});
