import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/schemas/notifications.schemas';
import { activateLocale } from '../i18n/i18n';
import { de } from '../i18n/messages/de/index';
import { deLater } from '../i18n/messages/de/later';
import { en } from '../i18n/messages/en/index';
import { enLater } from '../i18n/messages/en/later';
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

describe("an organizer's reminder", () => {
  it('says what the organizer asks, at which event, with their note when there is one', () => {
    const reminder = {
      ...base,
      kind: 'organizer_reminder' as const,
      chatId: null,
      params: { eventName: 'Spring Fair', reminder: 'company_full' as const, note: 'Doors open at 9' },
    };
    expect(notificationText(reminder, 'recruiter', 'Europe/Berlin')).toBe(
      'Your team has no free slots left: the organizer asks you to open more at Spring Fair — Doors open at 9',
    );
    expect(notificationText({ ...reminder, params: {} }, 'recruiter', 'Europe/Berlin')).toBe(
      'The organizer asks you to confirm your availability at the event',
    );
  });

  it('tells who made a change and by when a waitlist offer must be accepted', () => {
    const cancelled = {
      ...base,
      kind: 'chat_cancelled' as const,
      params: { ...base.params, actorName: 'Sam Lee' },
    };
    expect(notificationText(cancelled, 'talent', 'Europe/Berlin')).toBe(
      'Your 1-1 chat with Alex Morgan (Acme Robotics) was cancelled by Sam Lee',
    );
    const offer = {
      ...base,
      kind: 'waitlist_offer' as const,
      params: { otherName: 'Alex Morgan', startsAt: base.createdAt, acceptBy: '2030-03-04T07:30:00.000Z' },
    };
    expect(notificationText(offer, 'talent', 'Europe/London')).toBe(
      'A slot with Alex Morgan is free: Mon, 4 Mar 2030, 08:00 — accept by 07:30',
    );
    expect(
      notificationText(
        { ...base, kind: 'chat_running_late', params: { otherName: 'Dana Costa', minutes: 10 } },
        'talent',
        'UTC',
      ),
    ).toBe('Dana Costa is running 10 minutes late for your 1-1 chat');
  });
});

describe('a notification in German', () => {
  beforeAll(() => activateLocale('de', { ...de, ...deLater }));
  afterAll(() => activateLocale('en', { ...en, ...enLater }));

  it('reads as German, with German dates on the reader’s clock', () => {
    expect(notificationText(base, 'talent', 'Europe/Berlin')).toBe(
      'Ihr 1:1-Gespräch mit Alex Morgan (Acme Robotics) braucht eine neue Zeit: Bitte wählen Sie eine',
    );
    const confirmed = {
      ...base,
      kind: 'chat_confirmed' as const,
      params: { ...base.params, startsAt: base.createdAt },
    };
    expect(notificationText(confirmed, 'talent', 'Europe/London')).toBe(
      'Ihr 1:1-Gespräch mit Alex Morgan (Acme Robotics) ist bestätigt: Mo., 4. März 2030, 08:00',
    );
    expect(
      notificationText(
        { ...base, kind: 'company_requested', chatId: null, params: { otherName: 'Alex Morgan' } },
        'recruiter',
        'UTC',
      ),
    ).toBe('Alex Morgan möchte mit jemandem aus Ihrem Unternehmen sprechen');
    expect(
      notificationText(
        { ...base, kind: 'chat_running_late', params: { otherName: 'Dana Costa', minutes: 1 } },
        'talent',
        'UTC',
      ),
    ).toBe('Dana Costa kommt 1 Minute später zu Ihrem 1:1-Gespräch');
  });

  it('names the bell and the days in German', () => {
    expect(bellLabel(3)).toBe('Benachrichtigungen, 3 ungelesen');
    expect(bellLabel(0)).toBe('Benachrichtigungen');
    const now = new Date('2030-03-05T00:30:00Z');
    expect(dayLabel('2030-03-04T23:30:00Z', now, 'Europe/Berlin')).toBe('Heute');
    expect(dayLabel('2030-03-04T22:30:00Z', now, 'Europe/Berlin')).toBe('Gestern');
  });
});

describe("the bell's name", () => {
  it('says how many are unread, and only when some are', () => {
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(1)).toBe('Notifications, 1 unread');
    expect(bellLabel(0)).toBe('Notifications');
  });
});
