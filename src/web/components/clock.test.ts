import { describe, expect, it } from 'vitest';
import { msUntilNext } from './clock';

const at = (iso: string) => Date.parse(iso);
const boundaries = [at('2030-03-04T08:50:00.000Z'), at('2030-03-04T09:30:00.000Z')];

describe('msUntilNext', () => {
  it('wakes at the next boundary ahead', () => {
    expect(msUntilNext(boundaries, at('2030-03-04T08:49:00.000Z'))).toBe(60_000);
    expect(msUntilNext(boundaries, at('2030-03-04T08:50:00.000Z'))).toBe(40 * 60_000);
  });

  it('does not wake once every boundary has passed', () => {
    expect(msUntilNext(boundaries, at('2030-03-04T09:30:00.000Z'))).toBeNull();
    expect(msUntilNext([], at('2030-03-04T09:30:00.000Z'))).toBeNull();
  });

  it('waits in steps a timer can take when the next boundary is weeks away', () => {
    expect(msUntilNext(boundaries, at('2030-01-01T00:00:00.000Z'))).toBe(2 ** 31 - 1);
  });
});
