import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOverlapping, overlaps, type TimeRange } from './overlap.js';

const MINUTE = 60_000;
const base = Date.UTC(2030, 2, 31);
const range = (from: number, to: number): TimeRange => ({
  startsAt: new Date(base + from * MINUTE),
  endsAt: new Date(base + to * MINUTE),
});
const ranges = fc
  .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 120 }))
  .map(([from, length]) => range(from, from + length));

describe('overlap', () => {
  it('is a shared minute, whatever the two lengths (partial, nested or equal ranges)', () => {
    fc.assert(
      fc.property(ranges, ranges, (a, b) => {
        const minutes = (r: TimeRange) => {
          const set = new Set<number>();
          for (let t = r.startsAt.getTime(); t < r.endsAt.getTime(); t += MINUTE) set.add(t);
          return set;
        };
        const shared = [...minutes(a)].some((t) => minutes(b).has(t));
        expect(overlaps(a, b)).toBe(shared);
        expect(overlaps(b, a)).toBe(shared);
      }),
    );
  });

  it('does not count ranges that only touch', () => {
    fc.assert(
      fc.property(ranges, fc.integer({ min: 1, max: 120 }), (a, length) => {
        const after = { startsAt: a.endsAt, endsAt: new Date(a.endsAt.getTime() + length * MINUTE) };
        expect(overlaps(a, after)).toBe(false);
        expect(overlaps(after, a)).toBe(false);
      }),
    );
  });

  it('finds a partial overlap of a chat of another duration', () => {
    const slot = range(60, 90);
    expect(overlaps(slot, range(75, 120))).toBe(true);
    expect(overlaps(slot, range(30, 61))).toBe(true);
    expect(overlaps(slot, range(30, 60))).toBe(false);
    expect(firstOverlapping(slot, [range(0, 60), range(89, 200), range(70, 80)])).toEqual(range(89, 200));
  });
});
