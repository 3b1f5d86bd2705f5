import type { AppContext } from '../../context.js';
import { appSignal } from '../../infra/signals/app-signal.js';

/** A recruiter's time a chat gave back before it was over (a no-show), which someone else might now use. */
export interface FreedTime {
  chatId: string;
  eventId: string;
  recruiterId: string;
  eventDayId: string;
  startsAt: Date;
  endsAt: Date;
}

const freed = appSignal<AppContext, FreedTime>();

/**
 * Hears of every time freed, after the change that freed it committed (e.g. a waitlist offering it to the next
 * talent). Returns the function that stops listening.
 */
export const onTimeFreed = freed.listen;

/** Tells the listeners of `onTimeFreed`; called after commit. */
export const timeFreed = freed.emit;
