import { describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { bellLabel, dayLabel, notificationLink, notificationText } from './notificationText';

const base: Notification = {
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  kind: 'chat_rescheduled',
  eventId: '0b3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718',
  chatId: '1c3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718',
  supportConversationId: null,
  params: { eventName: 'Spring Fair', otherName: 'Alex Morgan', companyName: 'Acme Robotics' },
  createdAt: '2030-03-04T08:00:00.000Z',
  readAt: null,
};

describe('a notification as its reader sees it', () => {
  it('asks the talent to pick a new time and tells the recruiter the talent will', () => {
    expect(notificationText(base, 'talent', 'Europe/Berlin')).toBe(
      'Your 1-1 chat with Alex Morgan (Acme Robotics) needs a new time: please pick one',
    );
    const forRecruiter = { ...base, params: { otherName: 'Dana Costa' } };
    expect(notificationText(forRecruiter, 'recruiter', 'Europe/Berlin')).toBe(
      'Dana Costa will pick a new time for your 1-1 chat',
    );
  });

  it("shows times on the reader's clock", () => {
    const confirmed = {
      ...base,
      kind: 'chat_confirmed' as const,
      params: { ...base.params, startsAt: base.createdAt },
    };
    expect(notificationText(confirmed, 'talent', 'Europe/London')).toBe(
      'Your 1-1 chat with Alex Morgan (Acme Robotics) is confirmed: Mon, 4 Mar 2030, 08:00',
    );
  });

  it('leads the recruiter to the chat and the talent to the list holding it', () => {
    expect(notificationLink(base, 'recruiter')).toBe(`/events/${base.eventId}/chats/all/${base.chatId}`);
    expect(notificationLink(base, 'talent')).toBe(`/events/${base.eventId}/chats?tab=in_scheduling`);
    expect(notificationLink({ ...base, kind: 'support_reply', chatId: null }, 'talent')).toBeNull();
  });

  it("shows an announcement's subject with its event and leads to the event", () => {
    const announcement = {
      ...base,
      kind: 'announcement' as const,
      chatId: null,
      params: { eventName: 'Spring Fair', subject: 'Doors open at 9' },
    };
    expect(notificationText(announcement, 'talent', 'Europe/Berlin')).toBe('Spring Fair: Doors open at 9');
    expect(notificationLink(announcement, 'recruiter')).toBe(`/events/${base.eventId}/chats`);
  });

  it('names the company of a company request and leads to where it is listed', () => {
    const requested = { ...base, kind: 'company_requested' as const, chatId: null };
    expect(notificationText(requested, 'recruiter', 'Europe/Berlin')).toBe(
      'Alex Morgan asks to talk to anyone at Acme Robotics',
    );
    expect(notificationLink(requested, 'recruiter')).toBe(`/events/${base.eventId}/chats/manage`);
    const declined = { ...base, kind: 'company_request_declined' as const, chatId: null };
    expect(notificationText(declined, 'talent', 'Europe/Berlin')).toBe(
      'Acme Robotics declined your company request',
    );
    expect(notificationLink(declined, 'talent')).toBe(`/events/${base.eventId}/chats?tab=declined`);
  });

  it("tells a called talent it's their turn at the booth, and leads to the event's queues", () => {
    const called = { ...base, kind: 'booth_called' as const, chatId: null };
    expect(notificationText(called, 'talent', 'Europe/Berlin')).toBe(
      "It's your turn at Acme Robotics's booth — go to the booth",
    );
    expect(notificationLink(called, 'talent')).toBe(`/events/${base.eventId}/chats`);
    const missed = { ...base, kind: 'booth_missed' as const, chatId: null };
    expect(notificationText(missed, 'talent', 'Europe/Berlin')).toBe(
      'Acme Robotics called you, but you were not there: you may queue again',
    );
    expect(notificationLink(missed, 'talent')).toBe(`/events/${base.eventId}/chats`);
  });

  it('groups by day on the reader’s clock', () => {
    const now = new Date('2030-03-05T00:30:00Z');
    expect(dayLabel('2030-03-04T23:30:00Z', now, 'Europe/Berlin')).toBe('Today');
    expect(dayLabel('2030-03-04T22:30:00Z', now, 'Europe/Berlin')).toBe('Yesterday');
    expect(dayLabel('2030-03-04T23:30:00Z', now, 'UTC')).toBe('Yesterday');
    expect(dayLabel('2030-03-01T12:00:00Z', now, 'Europe/Berlin')).toBe('Fri, 1 Mar 2030');
  });
});

describe("the bell's name", () => {
  it('says how many are unread, and only when some are', () => {
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(1)).toBe('Notifications, 1 unread');
    expect(bellLabel(0)).toBe('Notifications');
  });
});
