import type { Page } from 'playwright-core';
import { EventPage } from './pages/EventPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentsTab } from './pages/TalentsTab.js';
import { runTag, SECOND_ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { Mailbox } from './support/mail.js';
import { FLAKY_DOMAIN } from './support/mail-sink.js';

/**
 * The run's SMTP sink refuses the first message to each address of `FLAKY_DOMAIN` and accepts it the next time:
 * a mail server down, then up again, for one person, while every other test's mail flows.
 */
describe('the notification log', () => {
  test('shows an email retrying with its error, then sent, and resends it as a logged copy', async ({
    page,
  }) => {
    const tag = runTag();
    const eventName = `Log Fair ${tag}`;
    const api = await ApiSession.login(SECOND_ORGANIZER.email);
    await api.post('/api/events', {
      name: eventName,
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      days: [{ date: '2099-06-01', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [15] }],
    });
    await api.dispose();
    const talent = { name: 'Flo Flaky', email: `flo.${tag}@${FLAKY_DOMAIN}` };

    const events = await new LoginPage(page).loginAs(SECOND_ORGANIZER.email);
    const event = await (await events.openEvent(eventName)).waitUntilShown(eventName);
    await event.openTab('Talents');
    await new TalentsTab(page).register(talent);
    await event.openTab('Notification log');

    const row = () => page.getByRole('row').filter({ hasText: talent.email }).first();
    const statusOf = async (pageRef: Page) => {
      // The log asks again every 30 seconds; a reload shows the worker's progress sooner.
      await pageRef.reload();
      await new EventPage(pageRef).waitUntilShown(eventName);
      await pageRef.getByRole('tab', { name: 'Notification log', selected: true }).waitFor();
      return (await row().count()) === 0 ? '' : row().textContent();
    };
    await expect
      .poll(() => statusOf(page), { timeout: 30_000, interval: 1_000 })
      .toMatch(/Retrying[\s\S]*Mailbox unavailable/);
    expect(await row().textContent()).toContain(`You are invited to ${eventName} on Parley`);
    // The worker tries again 15 seconds later; the server takes it then.
    await expect.poll(() => statusOf(page), { timeout: 60_000, interval: 2_000 }).toMatch(/Sent/);

    const mailbox = new Mailbox().mark();
    await row()
      .getByRole('button', { name: new RegExp(`^Resend .* to ${talent.email.replaceAll('.', '\\.')}$`) })
      .click();
    await page.getByRole('status').filter({ hasText: 'A copy was queued' }).waitFor();
    const copy = page
      .getByRole('row')
      .filter({ hasText: talent.email })
      .filter({ hasText: 'Resent by Oscar Second' });
    await copy.waitFor();
    await mailbox.waitFor(talent.email, new RegExp(`You are invited to ${eventName}`), 30_000);
    // Clicking the recipient shows what they were sent, and nothing else.
    await row()
      .getByRole('button', { name: `Show what ${talent.name} was sent` })
      .click();
    await expect.poll(() => page.getByRole('textbox', { name: /Person/ }).inputValue()).toBe(talent.email);
    await expect.poll(() => page.getByRole('row').filter({ hasNotText: talent.email }).count()).toBe(1);
  });
});
