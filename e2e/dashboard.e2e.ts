import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { EventPage } from './pages/EventPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { ORGANIZER } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { bookSlot } from './support/chats-setup.js';
import { newDemoTalent } from './support/newcomers.js';
import { directFair, nineOClockOf, recruiterWithOneSlot } from './support/waitlist-setup.js';

describe("the organizer's dashboard", () => {
  test('counts a chat booked while it is open without a reload, and exports the chats as a CSV that parses back', async ({
    page,
  }) => {
    const { name, event } = await directFair();
    const recruiter = await recruiterWithOneSlot(event, name);
    const talent = await newDemoTalent('Dora', name);

    await (await new LoginPage(page).loginAs(ORGANIZER)).openEvent(name);
    const eventPage = new EventPage(page);
    expect(await eventPage.tabNames()).toContain('Dashboard');
    await page.getByRole('tab', { name: 'Dashboard', exact: true, selected: true }).waitFor();
    const chats = page.getByRole('region', { name: 'Chats', exact: true });
    const figure = (label: string) =>
      chats.getByText(label, { exact: true }).locator('xpath=following-sibling::dd');
    await expect.poll(() => figure('Confirmed, to come').textContent()).toBe('0');
    const slots = page.getByRole('region', { name: 'Slots per company', exact: true });
    await slots.getByRole('cell', { name: recruiter.company, exact: true }).waitFor();

    await bookSlot(event, talent.email, recruiter.id, nineOClockOf(event));
    // Nobody reloads: the booking reaches the organizer over the live connection.
    await expect.poll(() => figure('Confirmed, to come').textContent(), { timeout: 10_000 }).toBe('1');
    await slots.getByText('100%', { exact: true }).waitFor();
    // The company is full: the health panel offers a reminder, whose note shows how much of its limit is used.
    const full = page.getByRole('region', {
      name: `${recruiter.company} has no free slot left`,
      exact: true,
    });
    const note = full.getByRole('textbox', { name: 'Note (optional)' });
    await full.getByText('0/1000', { exact: true }).waitFor();
    await note.fill('Please open more slots.');
    await full.getByText('23/1000', { exact: true }).waitFor();

    // The funnel's numbers are also a table, for those who do not read charts.
    const funnel = page.getByRole('region', { name: 'Funnel', exact: true });
    await funnel.getByText('Table', { exact: true }).click();
    await funnel.getByRole('cell', { name: 'Booked a chat', exact: true }).waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^parley-waitlist-fair-.*-chats-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await readFile(await download.path()), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        talent_email: talent.email,
        recruiter_name: recruiter.name,
        company: recruiter.company,
        time_zone: event.timeZone,
      }),
    ]);
  });
});
