import type { AppError } from '../http/errors.js';

/**
 * How fast one person may write in one room or support conversation: a short burst, and a sustained pace.
 * Counted from the stored messages, so it holds across processes; callers check it under a lock that serializes
 * the sender's messages there, so concurrent requests cannot all slip under the limit.
 */
const MESSAGE_RATE_WINDOWS = [
  { seconds: 10, max: 10 },
  { seconds: 300, max: 60 },
] as const;

const LONGEST = MESSAGE_RATE_WINDOWS.reduce((a, b) => (a.seconds > b.seconds ? a : b));

/** The sender's recent messages the windows need: those of the longest window, at most its limit. */
function messageRateLookback(now: Date) {
  return { since: new Date(now.getTime() - LONGEST.seconds * 1000), limit: LONGEST.max };
}

/** Whole seconds until one more message fits every window (0: it fits now), from recent times newest first. */
export function secondsUntilNextMessage(recentNewestFirst: Date[], now: Date): number {
  let waitMs = 0;
  for (const window of MESSAGE_RATE_WINDOWS) {
    // The window is full while its max-th newest message is still inside it.
    const blocking = recentNewestFirst[window.max - 1];
    if (!blocking) continue;
    const freesAt = blocking.getTime() + window.seconds * 1000;
    waitMs = Math.max(waitMs, freesAt - now.getTime());
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

export function tooFastMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds <= 15) return 'You are sending messages too fast; wait a few seconds.';
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `You are sending messages too fast; wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`;
}

/**
 * Refuses one more message when the sender's recent ones fill a window. `tooFast` builds the module's error; the
 * error handler turns `retryAfterSeconds` into the `Retry-After` header.
 */
export async function checkMessageRate(input: {
  now: Date;
  recentTimes: (since: Date, limit: number) => Promise<Date[]>;
  tooFast: (message: string, details: { retryAfterSeconds: number }) => AppError;
}): Promise<void> {
  const { since, limit } = messageRateLookback(input.now);
  const wait = secondsUntilNextMessage(await input.recentTimes(since, limit), input.now);
  if (wait > 0) throw input.tooFast(tooFastMessage(wait), { retryAfterSeconds: wait });
}
