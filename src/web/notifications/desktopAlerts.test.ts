import { describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { desktopAlertsFor } from './desktopAlerts';

const NOW = Date.parse('2030-03-04T09:50:00.000Z');

const reminder: Notification = {
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c81',
  kind: 'reminder_ten_minutes',
  eventId: '0b3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718',
  chatId: '1c3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718',
  supportConversationId: null,
  params: { eventName: 'Spring Fair', otherName: 'Alex Morgan' },
  createdAt: new Date(NOW - 30_000).toISOString(),
  readAt: null,
};
const other = (id: string, changes: Partial<Notification> = {}): Notification => ({
  ...reminder,
  id: `5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c${id}`,
  ...changes,
});

describe('the desktop alert before a chat', () => {
  it('never alerts for what the first list holds: it was there before the page opened', () => {
    const { seen, alerts } = desktopAlertsFor([reminder], null, true, NOW);
    expect(alerts).toEqual([]);
    expect([...seen]).toEqual([reminder.id]);
  });

  it('alerts once for a new, fresh, unread "starts in 10 minutes" reminder', () => {
    const first = desktopAlertsFor([], null, true, NOW);
    const arrived = desktopAlertsFor([reminder], first.seen, true, NOW);
    expect(arrived.alerts).toEqual([reminder]);
    // The same list again (a refetch, another live update): no second alert.
    expect(desktopAlertsFor([reminder], arrived.seen, true, NOW).alerts).toEqual([]);
  });

  it('stays silent while alerts are off, and does not alert later for what arrived meanwhile', () => {
    const first = desktopAlertsFor([], null, false, NOW);
    const off = desktopAlertsFor([reminder], first.seen, false, NOW);
    expect(off.alerts).toEqual([]);
    expect(desktopAlertsFor([reminder], off.seen, true, NOW).alerts).toEqual([]);
  });

  it('leaves out other kinds, read reminders and reminders five minutes old or more', () => {
    const first = desktopAlertsFor([], null, true, NOW);
    const confirmed = other('82', { kind: 'chat_confirmed' });
    const read = other('83', { readAt: new Date(NOW).toISOString() });
    const stale = other('84', { createdAt: new Date(NOW - 5 * 60_000).toISOString() });
    const nearlyStale = other('85', { createdAt: new Date(NOW - 5 * 60_000 + 1).toISOString() });
    const { alerts, seen } = desktopAlertsFor([confirmed, read, stale, nearlyStale], first.seen, true, NOW);
    expect(alerts).toEqual([nearlyStale]);
    expect(seen.size).toBe(4);
  });
});
