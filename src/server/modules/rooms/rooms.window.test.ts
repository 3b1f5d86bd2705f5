import { describe, expect, it } from 'vitest';
import { hasRoom, roomStatus } from './rooms.window.js';

const startsAt = new Date('2030-03-04T08:00:00Z');
const endsAt = new Date('2030-03-04T08:30:00Z');

describe('room window', () => {
  it.each([
    ['2030-03-04T07:49:59Z', 'waiting'],
    ['2030-03-04T07:50:00Z', 'open'],
    ['2030-03-04T08:29:59Z', 'open'],
    ['2030-03-04T08:30:00Z', 'ended'],
  ])('at %s the room is %s', (now, status) => {
    expect(roomStatus({ startsAt, endsAt }, new Date(now))).toBe(status);
  });

  it('exists only for a chat with a confirmed time', () => {
    expect(hasRoom({ state: 'confirmed', startsAt, endsAt })).toBe(true);
    expect(hasRoom({ state: 'completed', startsAt, endsAt })).toBe(true);
    expect(hasRoom({ state: 'in_scheduling', startsAt: null, endsAt: null })).toBe(false);
    expect(hasRoom({ state: 'cancelled', startsAt, endsAt })).toBe(false);
  });
});
