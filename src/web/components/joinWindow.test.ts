import { describe, expect, it } from 'vitest';
import { msUntilNext } from './clock';
import { isJoinOpen, joinBoundaries } from './joinWindow';

const chat = {
  state: 'confirmed' as const,
  startsAt: '2030-03-04T09:00:00.000Z',
  endsAt: '2030-03-04T09:30:00.000Z',
};
const at = (iso: string) => Date.parse(iso);

describe('isJoinOpen', () => {
  it('opens ten minutes before the start and closes at the end', () => {
    expect(isJoinOpen(chat, at('2030-03-04T08:49:59.000Z'))).toBe(false);
    expect(isJoinOpen(chat, at('2030-03-04T08:50:00.000Z'))).toBe(true);
    expect(isJoinOpen(chat, at('2030-03-04T09:29:59.000Z'))).toBe(true);
    expect(isJoinOpen(chat, at('2030-03-04T09:30:00.000Z'))).toBe(false);
  });

  it('is never open for a chat that is not confirmed or has no time', () => {
    expect(isJoinOpen({ ...chat, state: 'cancelled' }, at('2030-03-04T09:00:00.000Z'))).toBe(false);
    expect(
      isJoinOpen({ state: 'confirmed', startsAt: null, endsAt: null }, at('2030-03-04T09:00:00.000Z')),
    ).toBe(false);
  });
});

describe('joinBoundaries', () => {
  it('are the opening ten minutes before the start and the end', () => {
    expect(joinBoundaries(chat)).toEqual([at('2030-03-04T08:50:00.000Z'), at('2030-03-04T09:30:00.000Z')]);
    expect(joinBoundaries({ startsAt: null, endsAt: null })).toEqual([]);
  });
});

describe('msUntilNext', () => {
  const boundaries = joinBoundaries(chat);

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
