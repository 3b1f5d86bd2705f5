import type { AppContext } from '../../context.js';

/** A recruiter's time a chat gave back before it was over (a no-show), which someone else might now use. */
export interface FreedTime {
  chatId: string;
  eventId: string;
  recruiterId: string;
  eventDayId: string;
  startsAt: Date;
  endsAt: Date;
}

type TimeFreedListener = (ctx: AppContext, freed: FreedTime) => Promise<void>;

/** Per app (its live hub stands for it): tests build many apps in one process. */
const listenersByApp = new WeakMap<object, Set<TimeFreedListener>>();

/**
 * Hears of every time freed, after the change that freed it committed (e.g. a waitlist offering it to the next
 * talent). A listener's failure is its own: the change stands. Returns the function that stops listening.
 */
export function onTimeFreed(ctx: Pick<AppContext, 'live'>, listener: TimeFreedListener): () => void {
  let listeners = listenersByApp.get(ctx.live);
  if (!listeners) {
    listeners = new Set();
    listenersByApp.set(ctx.live, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the listeners of `onTimeFreed`; called after commit. */
export async function timeFreed(ctx: AppContext, freed: FreedTime): Promise<void> {
  const listeners = [...(listenersByApp.get(ctx.live) ?? [])];
  await Promise.allSettled(listeners.map((listener) => listener(ctx, freed)));
}
