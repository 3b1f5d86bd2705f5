import { EventPage } from './pages/EventPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { ORGANIZER, runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { field } from './support/locators.js';
import { Mailbox } from './support/mail.js';
import { newDemoTalent } from './support/newcomers.js';

describe('announcements', () => {
  test("the organizer's announcement to all talents reaches a talent's bell and inbox", async ({
    page,
    openPage,
  }) => {
    const tag = runTag();
    const eventName = `Announce Fair ${tag}`;
    // An event of its own, so the message goes to one talent and to no one another test watches.
    const api = await ApiSession.login(ORGANIZER);
    const created = await api.post<{ id: string }>('/api/events', {
      name: eventName,
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      days: [{ date: '2099-06-01', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [15] }],
    });
    await api.post(`/api/events/${created.id}/publish`);
    await api.dispose();
    const talent = await newDemoTalent('Ann', eventName);

    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const event = await (await events.openEvent(eventName)).waitUntilShown(eventName);
    await event.openTab('Announcements');
    const subject = `Doors open at 9 ${tag}`;
    const mailbox = new Mailbox().mark();
    await page.getByRole('combobox', { name: 'Send to', exact: true }).click();
    await page.getByRole('option', { name: 'All talents', exact: true }).click();
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('textbox', { name: 'Message' }).fill('Bring your CV.\n\n<b>Not bold</b>');
    await page.getByRole('button', { name: 'Send announcement' }).click();
    const row = page.getByRole('row').filter({ hasText: subject });
    await row.waitFor();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toMatch(/Sent[\s\S]*1/);

    const mail = await mailbox.waitFor(talent.email, new RegExp(`^${subject} — ${eventName}$`), 60_000);
    expect(mail.text).toContain('Bring your CV.');
    expect(mail.text).toContain('<b>Not bold</b>');

    const talentPage = await openPage();
    await new LoginPage(talentPage).loginAs(talent.email);
    const bell = new NotificationsBell(talentPage);
    await bell.open();
    await bell.item(new RegExp(`${eventName}: ${subject}`)).click();
    await talentPage.waitForURL('**/events/*/chats**');
    await new EventPage(talentPage).waitUntilShown(eventName);
  });

  test('a scheduled announcement is timed on the 24-hour clock, and its time reads 14:30', async ({
    page,
  }) => {
    const tag = runTag();
    const eventName = `Announce Later ${tag}`;
    const api = await ApiSession.login(ORGANIZER);
    await api.post('/api/events', {
      name: eventName,
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      days: [{ date: '2099-06-01', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [15] }],
    });
    await api.dispose();

    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const event = await (await events.openEvent(eventName)).waitUntilShown(eventName);
    await event.openTab('Announcements');
    const subject = `Lunch break ${tag}`;
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('textbox', { name: 'Message' }).fill('The booths close for lunch.');
    await page.getByRole('radio', { name: 'Schedule', exact: true }).check();
    const date = field(page, 'Date');
    const time = field(page, 'Time');
    // The time is typed as the app writes times, never as the browser's `02:30 PM`; the date is described the same way.
    expect(await time.getAttribute('placeholder')).toBe('HH:MM');
    await date.fill('2099-06-01');
    await time.fill('14:30');
    await page.getByText('Mon, 1 Jun 2099', { exact: true }).waitFor();
    // 14:30 in Berlin (summer time) is 18:15 in the browser's zone, Asia/Kathmandu.
    await page.getByText('Your time: Mon, 1 Jun 2099, 18:15 (Asia/Kathmandu)').waitFor();
    await page.getByRole('button', { name: 'Schedule announcement' }).click();
    const row = page.getByRole('row').filter({ hasText: subject });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Scheduled');
    expect(text).toContain('Mon, 1 Jun 2099, 18:15 (Mon, 1 Jun 2099, 14:30 Europe/Berlin)');
    await row.getByRole('button', { name: 'Cancel' }).click();
    await row.getByText('Cancelled').waitFor();
  });
});
