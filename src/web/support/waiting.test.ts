import { describe, expect, it } from 'vitest';
import { waitedText } from './waiting';

const since = '2030-03-04T08:00:00.000Z';
const secondsLater = (seconds: number) => Date.parse(since) + seconds * 1000;

describe('waitedText', () => {
  it('counts seconds, then minutes, then hours and minutes', () => {
    expect(waitedText(since, secondsLater(0))).toBe('0 s');
    expect(waitedText(since, secondsLater(59.9))).toBe('59 s');
    expect(waitedText(since, secondsLater(60))).toBe('1 min');
    expect(waitedText(since, secondsLater(59 * 60 + 59))).toBe('59 min');
    expect(waitedText(since, secondsLater(3600))).toBe('1 h 00 min');
    expect(waitedText(since, secondsLater(2 * 3600 + 5 * 60))).toBe('2 h 05 min');
  });

  it('reads a browser clock behind the server as no wait yet', () => {
    expect(waitedText(since, secondsLater(-30))).toBe('0 s');
  });
});
