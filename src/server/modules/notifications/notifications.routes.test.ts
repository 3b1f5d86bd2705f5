import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import type { LiveServerMessage } from '../../../shared/schemas/live.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import type { Notification } from '../../../shared/schemas/notifications.schemas.js';
import { withChatScene } from '../../test/chat-scene.js';
import { buildUser } from '../../test/factories.js';
import { type Client, loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import type { TestDatabase } from '../../test/test-database.js';
import { sendDueReminders } from '../chats/chats.reminders.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { scene, talentAtEvent, bookableRecruiter, mailsTo, slot } = stage;

async function notificationsOf(client: Client, query = '') {
  const response = await client.get(`/api/me/notifications${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { notifications: Notification[]; unreadCount: number; nextBefore: string | null };
}
/** The next change happens a second later, so newest first is one order. */
const later = () => t.clock.advance(1000);
const kindsOf = async (client: Client) => (await notificationsOf(client)).notifications.map((n) => n.kind);

/** A talent's request to a new recruiter of Acme, with a colleague of that recruiter; all three signed in. */
async function requested() {
  const talent = await talentAtEvent();
  const recruiter = await bookableRecruiter();
  const colleague = await bookableRecruiter();
  const asTalent = await loginAs(t.app, talent.email);
  const asRecruiter = await loginAs(t.app, recruiter.email);
  const asColleague = await loginAs(t.app, colleague.email);
  const chat = (
    await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id })
  ).json();
  return { talent, recruiter, colleague, asTalent, asRecruiter, asColleague, chat };
}

describe('a notification for each change', () => {
  it('tells the recruiter of a request, in the app and by email, naming the talent and the chat', async () => {
    const { talent, recruiter, asRecruiter, asTalent, chat } = await requested();
    const list = await notificationsOf(asRecruiter);
    expect(list.unreadCount).toBe(1);
    expect(list.notifications).toEqual([
      expect.objectContaining({
        kind: 'chat_requested',
        eventId: scene.event.id,
        chatId: chat.id,
        supportConversationId: null,
        readAt: null,
        params: expect.objectContaining({ eventName: scene.event.name, otherName: talent.name }),
      }),
    ]);
    expect((await mailsTo(recruiter.email)).map((m) => m.subject)).toEqual([
      `New 1-1 chat request from ${talent.name}`,
    ]);
    expect(await kindsOf(asTalent)).toEqual([]);
  });

  it('tells the talent of an approval and the recruiter when a colleague approved on their behalf', async () => {
    const { recruiter, colleague, asTalent, asRecruiter, asColleague, chat } = await requested();
    later();
    expect((await asColleague.post(`/api/chats/${chat.id}/approve`)).statusCode).toBe(200);
    const [approved] = (await notificationsOf(asTalent)).notifications;
    expect(approved).toMatchObject({
      kind: 'chat_approved',
      params: { otherName: recruiter.name, companyName: 'Acme Robotics' },
    });
    const [onBehalf] = (await notificationsOf(asRecruiter)).notifications;
    expect(onBehalf).toMatchObject({ kind: 'chat_approved_for_you', params: { actorName: colleague.name } });
    // In the app only: the recruiter's mailbox has the request and nothing about the approval.
    expect((await mailsTo(recruiter.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^New 1-1/),
    ]);
    expect(await kindsOf(asColleague)).toEqual([]);
  });

  it('tells the talent of a decline and the recruiter when a colleague declined for them', async () => {
    const { asTalent, asRecruiter, asColleague, chat } = await requested();
    later();
    await asColleague.post(`/api/chats/${chat.id}/decline`, { message: 'Not this time' });
    expect(await kindsOf(asTalent)).toEqual(['chat_declined']);
    expect(await kindsOf(asRecruiter)).toEqual(['chat_declined_for_you', 'chat_requested']);
  });

  it('tells the recruiter of a withdrawn request, and both sides of a confirmation, reschedule and move', async () => {
    const withdrawn = await requested();
    later();
    await withdrawn.asTalent.post(`/api/chats/${withdrawn.chat.id}/withdraw`);
    expect(await kindsOf(withdrawn.asRecruiter)).toEqual(['chat_withdrawn', 'chat_requested']);

    const { talent, recruiter, chat, asTalent, asRecruiter } = await stage.confirmedChat();
    // Both are mailed the confirmation with its calendar entry: both find it under the bell.
    expect(await kindsOf(asTalent)).toEqual(['chat_confirmed']);
    expect(await kindsOf(asRecruiter)).toEqual(['chat_confirmed']);
    later();
    await asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: slot('09:00').toISOString() });
    expect(await kindsOf(asTalent)).toEqual(['chat_moved', 'chat_confirmed']);
    // The one who acted hears nothing new in the app; their calendar copy still comes by email.
    expect(await kindsOf(asRecruiter)).toEqual(['chat_confirmed']);
    expect((await mailsTo(recruiter.email))[0]!.subject).toBe(`Moved: 1-1 chat with ${talent.name}`);
    later();
    await asTalent.post(`/api/chats/${chat.id}/reschedule`);
    expect(await kindsOf(asRecruiter)).toEqual(['chat_rescheduled', 'chat_confirmed']);
  });

  it('tells the talent and the recruiter when a colleague cancels for the recruiter', async () => {
    const { recruiter, chat, asTalent, asRecruiter } = await stage.confirmedChat();
    const colleague = await bookableRecruiter();
    const asColleague = await loginAs(t.app, colleague.email);
    later();
    await asColleague.post(`/api/chats/${chat.id}/cancel`, { message: 'Sorry' });
    expect(await kindsOf(asTalent)).toEqual(['chat_cancelled', 'chat_confirmed']);
    const [cancelled] = (await notificationsOf(asRecruiter)).notifications;
    expect(cancelled).toMatchObject({ kind: 'chat_cancelled', params: { actorName: colleague.name } });
    expect((await mailsTo(recruiter.email))[0]!.text).toContain(
      `${colleague.name} changed your 1-1 chat with`,
    );
  });

  it('tells the talent of an invitation, and the recruiter a colleague invited for, and both of a declined one', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const sender = await bookableRecruiter();
    const asSender = await loginAs(t.app, sender.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const asTalent = await loginAs(t.app, talent.email);
    const chat = (
      await asSender.post(`/api/events/${scene.event.id}/invitations`, {
        talentId: talent.id,
        recruiterId: recruiter.id,
      })
    ).json();
    expect(await kindsOf(asTalent)).toEqual(['chat_invited']);
    expect(await kindsOf(asRecruiter)).toEqual(['chat_invited_for_you']);
    later();
    await asTalent.post(`/api/chats/${chat.id}/decline`, { message: 'No, thanks.' });
    expect(await kindsOf(asRecruiter)).toEqual(['invitation_declined', 'chat_invited_for_you']);
    const [toSender] = (await notificationsOf(asSender)).notifications;
    expect(toSender).toMatchObject({
      kind: 'invitation_declined',
      params: { colleagueName: recruiter.name },
    });
  });

  it('tells the person of a support reply under the bell, and marks it read once their drawer shows it', async () => {
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const agent = await sessionClient(t.app, t.ctx, (await buildUser(t.ctx.db, { role: 'support' })).id);
    const conversation = (await asTalent.post('/api/support/messages', { body: 'No sound' })).json();
    await agent.post(`/api/support/conversations/${conversation.id}/replies`, { body: 'Try again' });
    const list = await notificationsOf(asTalent);
    expect(list.notifications).toEqual([
      expect.objectContaining({
        kind: 'support_reply',
        supportConversationId: conversation.id,
        readAt: null,
      }),
    ]);
    expect(await mailsTo(talent.email)).toEqual([]);
    await asTalent.get('/api/support/conversation');
    expect((await notificationsOf(asTalent)).unreadCount).toBe(0);
  });

  it('reminds both sides under the bell as by email', async () => {
    const { asTalent, asRecruiter, talent } = await stage.confirmedChat({ startsAt: slot('09:00') });
    t.clock.set('2030-03-04T08:05:00Z');
    try {
      await sendDueReminders({ ctx: t.ctx });
    } finally {
      t.clock.set('2030-03-01T12:00:00Z');
    }
    expect(await kindsOf(asTalent)).toEqual(['reminder_hour', 'chat_confirmed']);
    expect(await kindsOf(asRecruiter)).toEqual(['reminder_hour', 'chat_confirmed']);
    expect((await mailsTo(talent.email))[0]!.subject).toMatch(/^Reminder: /);
  });
});

describe('email preferences', () => {
  it('are all on by default, with confirmations and reminders not switchable', async () => {
    const asTalent = await loginAs(t.app, (await talentAtEvent()).email);
    expect((await asTalent.get('/api/me/notification-preferences')).json()).toEqual({
      email: { requests: true, answers: true, changes: true },
    });
    const refused = await asTalent.put('/api/me/notification-preferences', {
      email: { requests: true, answers: true, changes: true, confirmations: false },
    });
    // Unknown keys are dropped: there is nothing to switch off for confirmations.
    expect(refused.json()).toEqual({ email: { requests: true, answers: true, changes: true } });
  });

  it('keep the notification but send no email for a switched-off group, and still mail confirmations', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const off = { email: { requests: false, answers: false, changes: false } };
    expect((await asRecruiter.put('/api/me/notification-preferences', off)).json()).toEqual(off);
    const asTalent = await loginAs(t.app, talent.email);
    const chat = (
      await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id })
    ).json();
    expect(await kindsOf(asRecruiter)).toEqual(['chat_requested']);
    expect(await mailsTo(recruiter.email)).toEqual([]);

    later();
    await asRecruiter.post(`/api/chats/${chat.id}/approve`);
    later();
    await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: slot('08:00').toISOString() });
    expect((await mailsTo(recruiter.email)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Confirmed: 1-1 chat with /),
    ]);
    later();
    await asTalent.post(`/api/chats/${chat.id}/cancel`);
    expect(await kindsOf(asRecruiter)).toEqual(['chat_cancelled', 'chat_confirmed', 'chat_requested']);
    expect(await mailsTo(recruiter.email)).toHaveLength(1);

    await stage.confirmedChat({ recruiter, startsAt: slot('08:30') });
    t.clock.set('2030-03-04T07:35:00Z');
    try {
      await sendDueReminders({ ctx: t.ctx });
    } finally {
      t.clock.set('2030-03-01T12:00:00Z');
    }
    expect((await mailsTo(recruiter.email))[0]!.subject).toMatch(/^Reminder: 1-1 chat with /);
  });
});

describe('reading notifications', () => {
  it('marks one read, then all, and pages newest first', async () => {
    const recruiter = await bookableRecruiter();
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const talents = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      const talent = await talentAtEvent();
      talents.push(talent);
      const asTalent = await loginAs(t.app, talent.email);
      await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id });
    }
    const first = await notificationsOf(asRecruiter, '?limit=2');
    expect(first.unreadCount).toBe(5);
    expect(first.notifications.map((n) => n.params.otherName)).toEqual([talents[4]!.name, talents[3]!.name]);
    const second = await notificationsOf(asRecruiter, `?limit=2&before=${first.nextBefore}`);
    expect(second.notifications.map((n) => n.params.otherName)).toEqual([talents[2]!.name, talents[1]!.name]);
    const last = await notificationsOf(asRecruiter, `?limit=2&before=${second.nextBefore}`);
    expect(last.notifications.map((n) => n.params.otherName)).toEqual([talents[0]!.name]);
    expect(last.nextBefore).toBeNull();

    const one = first.notifications[0]!.id;
    expect((await asRecruiter.post(`/api/me/notifications/${one}/read`)).json()).toEqual({ unreadCount: 4 });
    // Reading it again keeps the first time it was read.
    const readAt = (await notificationsOf(asRecruiter)).notifications[0]!.readAt;
    t.clock.advance(60_000);
    expect((await asRecruiter.post(`/api/me/notifications/${one}/read`)).json()).toEqual({ unreadCount: 4 });
    expect((await notificationsOf(asRecruiter)).notifications[0]!.readAt).toBe(readAt);
    expect((await asRecruiter.post('/api/me/notifications/read')).json()).toEqual({ unreadCount: 0 });
    expect((await notificationsOf(asRecruiter)).notifications.every((n) => n.readAt !== null)).toBe(true);
  });

  it("answers 404 for another person's notification and 400 for a page before it, changing nothing", async () => {
    const { asRecruiter, asTalent } = await requested();
    const [theirs] = (await notificationsOf(asRecruiter)).notifications;
    const marked = await asTalent.post(`/api/me/notifications/${theirs!.id}/read`);
    expect(marked.statusCode).toBe(404);
    expect(marked.json().error.code).toBe('notifications.not_found');
    expect((await asTalent.get(`/api/me/notifications?before=${theirs!.id}`)).statusCode).toBe(400);
    expect((await notificationsOf(asRecruiter)).unreadCount).toBe(1);
  });

  it('tells every tab of the person after each change, and only them', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const heard: { to: string; message: LiveServerMessage }[] = [];
    const stops = [talent, recruiter].map((person) =>
      t.ctx.live.subscribe(liveTopics.user(person.id), (message) => heard.push({ to: person.id, message })),
    );
    try {
      const asTalent = await loginAs(t.app, talent.email);
      await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id });
      await (await loginAs(t.app, recruiter.email)).post('/api/me/notifications/read');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const changed = heard.filter((h) => h.message.type === 'notifications.changed').map((h) => h.to);
      expect(changed).toEqual([recruiter.id, recruiter.id]);
    } finally {
      for (const stop of stops) stop();
    }
  });

  it('counts from the database, so another process sharing it reads and hears the same', async () => {
    const other = await (t.database as TestDatabase).anotherProcess();
    const { app, ctx } = await createApp({
      database: other,
      sessionSecret: 'test-secret-test-secret-test-secret',
      publicUrl: 'http://parley.test',
      localMailbox: true,
      now: () => t.clock.now,
      webDir: '/nonexistent',
    });
    try {
      const talent = await talentAtEvent();
      const recruiter = await bookableRecruiter();
      const heard: LiveServerMessage[] = [];
      const stop = ctx.live.subscribe(liveTopics.user(recruiter.id), (message) => heard.push(message));
      const asTalent = await loginAs(t.app, talent.email);
      await asTalent.post(`/api/events/${scene.event.id}/chats`, { recruiterId: recruiter.id });
      const elsewhere = await loginAs(app, recruiter.email);
      expect((await notificationsOf(elsewhere)).unreadCount).toBe(1);
      if (t.database.kind === 'postgres') {
        // Only PostgreSQL has other processes: their hubs meet over LISTEN/NOTIFY.
        await expect.poll(() => heard).toContainEqual({ type: 'notifications.changed' });
      }
      stop();
    } finally {
      await app.close();
      await other.close();
    }
  });
});
