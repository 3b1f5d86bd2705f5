import type { AppContext } from './context.js';
import type { ClockJob } from './infra/clock.js';
import { sendDueAnnouncements } from './modules/announcements/announcements.usecases.js';
import { sweepAuth } from './modules/auth/auth.sweep.js';
import { markDueNoShows } from './modules/chats/chats.attendance.js';
import { completeEndedChats } from './modules/chats/chats.clock.js';
import { sendDueReminders } from './modules/chats/chats.reminders.js';
import { runWaitlists } from './modules/chats/chats.waitlist.js';

/**
 * The time-driven work every process runs on its clock: no-shows are marked where the event lets the clock (before
 * completion, which would otherwise take a chat that ended unattended), ended chats complete, reminders and due
 * announcements go out, lapsed offers pass to the next one waiting and freed times are offered, old rows go.
 */
export const clockJobs: ClockJob<AppContext>[] = [
  markDueNoShows,
  completeEndedChats,
  sendDueReminders,
  runWaitlists,
  sendDueAnnouncements,
  sweepAuth,
];
