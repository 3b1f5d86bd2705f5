import { describe, expect, it } from 'vitest';
import { secondsUntilNextMessage, tooFastMessage } from './message-rate.js';

const now = new Date('2030-03-04T08:00:00Z');
/** `count` message times, newest first, `spacingMs` apart, the newest `ageMs` ago. */
const times = (count: number, spacingMs: number, ageMs = 0) =>
  Array.from({ length: count }, (_, i) => new Date(now.getTime() - ageMs - i * spacingMs));

describe('message rate', () => {
  it('lets a message through while every window has room', () => {
    expect(secondsUntilNextMessage([], now)).toBe(0);
    expect(secondsUntilNextMessage(times(9, 100), now)).toBe(0);
    // Ten messages, but the oldest of them left the ten-second window.
    expect(secondsUntilNextMessage(times(10, 1200), now)).toBe(0);
  });

  it('waits until the tenth newest message leaves the ten-second burst window', () => {
    expect(secondsUntilNextMessage(times(10, 500), now)).toBe(6);
    expect(tooFastMessage(6)).toBe('You are sending messages too fast; wait a few seconds.');
  });

  it('holds a sustained pace to sixty messages in five minutes', () => {
    // One message every 4.5 s never fills the burst window, but sixty of them fill five minutes.
    const steady = times(60, 4500);
    // The sixtieth newest was sent 265.5 s ago: it leaves the window in 34.5 s.
    expect(secondsUntilNextMessage(steady, now)).toBe(35);
    expect(tooFastMessage(35)).toBe('You are sending messages too fast; wait a minute.');
    expect(tooFastMessage(150)).toBe('You are sending messages too fast; wait 3 minutes.');
  });
});
