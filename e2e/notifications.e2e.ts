import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { DEMO_EVENT } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { Mailbox } from './support/mail.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
/** Demo talents no other browser test sends requests as. */
const TALENTS = ['talent15@demo.parley.test', 'talent16@demo.parley.test', 'talent9@demo.parley.test'];
const ALL_ON = { email: { requests: true, answers: true, changes: true } };

/** A talent's request to Alex; returns the chat and a way to take it back afterwards. */
async function requestAlex(talentEmail: string, event: Event, recruiterId: string) {
  const talent = await ApiSession.login(talentEmail);
  const chat = await requestChat(talent, { eventId: event.id, recruiterId, answer: 'Robots.' });
  return {
    chat,
    withdraw: async () => {
      await talent.post<Chat>(`/api/chats/${chat.id}/withdraw`);
      await talent.dispose();
    },
  };
}

describe('notifications', () => {
  test("the recruiter's bell counts a talent's requests live, opens the chat, and Mark all as read sticks", async ({
    page,
  }) => {
    const alex = await ApiSession.login(ALEX.email);
    const cleanups: (() => Promise<void>)[] = [];
    try {
      const event = await findEvent(alex, DEMO_EVENT);
      const { recruiter } = await teamMember(alex, event.id, ALEX.email);
      await alex.put('/api/me/notification-preferences', ALL_ON);
      await alex.post('/api/me/notifications/read');

      await new LoginPage(page).loginAs(ALEX.email);
      const bell = new NotificationsBell(page);
      await bell.waitForUnread(0);
      expect(await page.title()).toBe('Parley');

      // Nobody reloads Alex's page: the bell hears of each request over the live connection.
      const first = await requestAlex(TALENTS[0]!, event, recruiter.id);
      cleanups.push(first.withdraw);
      await bell.waitForUnread(1);
      await expect.poll(() => page.title()).toBe('(1) Parley');
      const second = await requestAlex(TALENTS[1]!, event, recruiter.id);
      cleanups.push(second.withdraw);
      await bell.waitForUnread(2);

      await bell.open();
      const item = bell.item(new RegExp(`^Unread: ${first.chat.talent.name} requested a 1-1 chat with you`));
      await bell.panel.getByRole('heading', { name: 'Today' }).waitFor();
      await item.click();
      await page.waitForURL(`**/events/${event.id}/chats/all/${first.chat.id}`);
      await page.getByText(first.chat.talent.name).first().waitFor();
      await bell.waitForUnread(1);

      await bell.open();
      await bell.markAllAsRead();
      await bell.waitForUnread(0);
      await page.reload();
      await bell.waitForUnread(0);
      expect(await page.title()).toBe('Parley');
    } finally {
      for (const cleanup of cleanups) await cleanup();
      await alex.dispose();
    }
  });

  test('switching off the email for requests keeps them under the bell but sends no mail', async ({
    page,
  }) => {
    const alex = await ApiSession.login(ALEX.email);
    let withdraw: (() => Promise<void>) | undefined;
    try {
      const event = await findEvent(alex, DEMO_EVENT);
      const { recruiter } = await teamMember(alex, event.id, ALEX.email);
      await alex.put('/api/me/notification-preferences', ALL_ON);
      await alex.post('/api/me/notifications/read');

      await new LoginPage(page).loginAs(ALEX.email);
      await page.goto('/account');
      const requests = page.getByRole('switch', { name: 'New requests and invitations' });
      await expect.poll(() => requests.isChecked()).toBe(true);
      expect(await page.getByRole('switch', { name: 'Confirmed chats' }).isDisabled()).toBe(true);
      expect(await page.getByRole('switch', { name: 'Reminders before a chat' }).isDisabled()).toBe(true);
      await requests.click({ force: true });
      await expect.poll(() => requests.isChecked()).toBe(false);
      // What is saved, not what the page shows.
      await expect
        .poll(() => alex.get<typeof ALL_ON>('/api/me/notification-preferences'))
        .toEqual({ email: { requests: false, answers: true, changes: true } });

      const mailbox = new Mailbox().mark();
      const request = await requestAlex(TALENTS[2]!, event, recruiter.id);
      withdraw = request.withdraw;
      const bell = new NotificationsBell(page);
      await bell.waitForUnread(1);
      await bell.open();
      await bell.item(new RegExp(`${request.chat.talent.name} requested a 1-1 chat with you`)).waitFor();
      // A withdrawal is still mailed, and queued after the request: once it arrives, the request's would have too.
      await request.withdraw();
      withdraw = undefined;
      await mailbox.waitFor(ALEX.email, /withdrew their 1-1 chat request/);
      expect(mailbox.list(ALEX.email).map((mail) => mail.subject)).toEqual([
        `${request.chat.talent.name} withdrew their 1-1 chat request`,
      ]);
    } finally {
      await withdraw?.();
      await alex.put('/api/me/notification-preferences', ALL_ON);
      await alex.dispose();
    }
  });
});
