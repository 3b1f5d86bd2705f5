/** What other modules may use of chats; everything else in this folder is private to it. */
export { buildCalendar, escapeText } from './chats.calendar.js';
export type { CalendarChat } from './chats.calendar.js';
export { chatErrors } from './chats.errors.js';
export { chatCalendarEntry } from './chats.mails.js';
export { actorOf } from './chats.policy.js';
export { presentChat } from './chats.presenters.js';
export { findChatView, lockChat, selectChatView } from './chats.repository.js';
export type { ChatView } from './chats.repository.js';
export { settleWalkInRace, startWalkInChat } from './chats.walk-in.js';
export { checkIn } from './chats.attendance.js';
/** The seam where time given back before a chat is over (a no-show) reaches whoever can reuse it. */
export { onTimeFreed } from './chats.time-freed.js';
export { offerFreedTime } from './chats.waitlist.js';
/** A talent's account deletion calls off their chats through the moves they could make themselves. */
export { callOffChatsOfLeavingTalent } from './chats.leaving-talent.js';
