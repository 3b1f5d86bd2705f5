/** How long the segmentation may take per frame, on average, before the effect gives up (about 4 frames a second). */
const SLOWEST_AVERAGE_FRAME_MS = 250;
/** Judged over this span, so one slow frame (a garbage collection, a busy moment) does not turn the effect off. */
export const JUDGED_OVER_MS = 3_000;

/**
 * The running average time a background effect takes per frame, over the last few seconds, and whether that is too
 * slow to keep. The first frame (loading and compiling the model) is not counted.
 */
export class FrameTiming {
  private readonly samples: { at: number; ms: number }[] = [];
  private firstSeen = false;
  private since: number | null = null;

  /** Records a frame that took `ms` and finished at `at` (both in milliseconds). */
  record(ms: number, at: number): void {
    if (!this.firstSeen) {
      this.firstSeen = true;
      return;
    }
    this.since ??= at - ms;
    this.samples.push({ at, ms });
    while (this.samples.length > 1 && this.samples[0]!.at < at - JUDGED_OVER_MS) this.samples.shift();
  }

  /** The average over the window, or null before any frame counted. */
  averageMs(): number | null {
    if (this.samples.length === 0) return null;
    return this.samples.reduce((sum, sample) => sum + sample.ms, 0) / this.samples.length;
  }

  /** Too slow once a full window of frames has been seen and their average exceeds the limit. */
  tooSlow(now: number): boolean {
    const average = this.averageMs();
    if (average === null || this.since === null || now - this.since < JUDGED_OVER_MS) return false;
    return average > SLOWEST_AVERAGE_FRAME_MS;
  }
}
