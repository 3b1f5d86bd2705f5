import type { AppContext } from './context.js';
import type { ClockJob } from './infra/clock.js';
import { sweepAuth } from './modules/auth/auth.sweep.js';
import { completeEndedChats } from './modules/chats/chats.clock.js';
import { sendDueReminders } from './modules/chats/chats.reminders.js';
import { runWaitlists } from './modules/chats/chats.waitlist.js';

/**
 * The time-driven work every process runs on its clock: ended chats complete, reminders go out, lapsed offers pass
 * to the next one waiting and freed times are offered, old rows go.
 */
export const clockJobs: ClockJob<AppContext>[] = [
  completeEndedChats,
  sendDueReminders,
  runWaitlists,
  sweepAuth,
];
