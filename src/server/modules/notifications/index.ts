/** What other modules may use of notifications; everything else in this folder is private to it. */
export {
  announceNotified,
  deliverNotices,
  markSupportNotificationsRead,
  notifiedAnnouncement,
  type Notice,
  type Notified,
} from './notifications.usecases.js';
export { deleteNotificationsOf } from './notifications.repository.js';
