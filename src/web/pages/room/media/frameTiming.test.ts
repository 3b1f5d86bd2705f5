import { describe, expect, it } from 'vitest';
import { FrameTiming, JUDGED_OVER_MS } from './frameTiming';

/** Feeds frames of the given durations back to back from t = 0, as the effect's loop would. */
function run(timing: FrameTiming, durations: number[], start = 0): number {
  let now = start;
  for (const ms of durations) {
    now += ms;
    timing.record(ms, now);
  }
  return now;
}

describe('FrameTiming', () => {
  it('does not count the first frame, which loads the model', () => {
    const timing = new FrameTiming();
    run(timing, [4_000, 100, 100]);
    expect(timing.averageMs()).toBe(100);
  });

  it('keeps an effect at 170 ms a frame, as in headless Chromium', () => {
    const timing = new FrameTiming();
    const now = run(timing, [2_000, ...Array(40).fill(170)]);
    expect(timing.averageMs()).toBe(170);
    expect(timing.tooSlow(now)).toBe(false);
  });

  it('judges an effect too slow only once a full window of slow frames was seen', () => {
    const timing = new FrameTiming();
    let now = run(timing, [2_000, 400, 400, 400]);
    expect(timing.tooSlow(now)).toBe(false);
    now = run(timing, Array(6).fill(400), now);
    expect(now - 2_000).toBeGreaterThanOrEqual(JUDGED_OVER_MS);
    expect(timing.tooSlow(now)).toBe(true);
  });

  it('forgets frames older than the window, so a slow start followed by fast frames is kept', () => {
    const timing = new FrameTiming();
    let now = run(timing, [2_000, 900, 900]);
    now = run(timing, Array(40).fill(100), now);
    expect(timing.averageMs()).toBe(100);
    expect(timing.tooSlow(now)).toBe(false);
  });
});
