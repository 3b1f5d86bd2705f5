import type { Page } from 'playwright-core';
import { EventPage } from './pages/EventPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentsTab } from './pages/TalentsTab.js';
import { runTag, SECOND_ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { Mailbox } from './support/mail.js';
import { REFUSED_DOMAIN } from './support/mail-sink.js';

const TAYLOR = { email: 'talent1@demo.parley.test', name: 'Taylor Kim' };

/** An event of the second organizer, made through the API: the tests are about what happens in it. */
async function secondOrganizersEvent(name: string): Promise<void> {
  const api = await ApiSession.login(SECOND_ORGANIZER.email);
  await api.post('/api/events', {
    name,
    timeZone: 'Europe/Berlin',
    requestPolicy: 'both',
    days: [{ date: '2099-06-01', mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [15] }],
  });
  await api.dispose();
}

async function openTalentsTab(page: Page, eventName: string): Promise<TalentsTab> {
  const events = await new LoginPage(page).loginAs(SECOND_ORGANIZER.email);
  const event = await events.openEvent(eventName);
  await event.openTab('Talents');
  return new TalentsTab(page);
}

describe("the second organizer's imports and mail", () => {
  // First: mail queued by the import's hundreds of invitations would make it wait its turn.
  test('warns on the event page of an invitation the mail server keeps refusing', async ({ page }) => {
    const tag = runTag();
    const eventName = `Second Fair ${tag}`;
    await secondOrganizersEvent(eventName);
    const talents = await openTalentsTab(page, eventName);
    const unreachable = { name: 'Una Reachable', email: `una.${tag}@${REFUSED_DOMAIN}` };
    await talents.register(unreachable);

    const warning = page.getByRole('alert').filter({ hasText: '1 email could not be delivered yet' });
    // The mail worker tries every two seconds; the page asks once a minute, so a reload shows it sooner.
    await expect
      .poll(
        async () => {
          await page.reload();
          await new EventPage(page).waitUntilShown(eventName);
          return warning.count();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(1);
    // The log says which one, why, and that it is still tried.
    await warning.getByRole('link', { name: 'Open the notification log' }).click();
    const row = page.getByRole('row').filter({ hasText: unreachable.email }).first();
    await row.getByText('Retrying', { exact: true }).waitFor();
    await row.getByText(/Mailbox unavailable/).waitFor();
  });

  test("imports hundreds of talents with a progress bar, and registers the demo organizer's talent as they are", async ({
    page,
    openPage,
  }) => {
    const tag = runTag();
    const eventName = `Second Fair ${tag}`;
    await secondOrganizersEvent(eventName);
    const talents = await openTalentsTab(page, eventName);

    const newcomers = Array.from(
      { length: 400 },
      (_, n) => `new${n}.${tag}@talent.e2e.test,Newcomer ${n},,,,,,,`,
    );
    const csv = [
      'email,name,headline,background,level,languages,topics,bio,links',
      `${TAYLOR.email},Someone Else,Pastry chef,,,,,,`,
      ...newcomers,
    ].join('\n');
    const progressBar = page.getByRole('progressbar', { name: /of 401 rows imported$/ });
    const progressShown = progressBar.waitFor({ timeout: 60_000 });
    expect(await talents.csv.importCsv('talents.csv', csv)).toEqual({
      created: 400,
      updated: 1,
      unchanged: 0,
      withErrors: 0,
    });
    await progressShown;
    await progressBar.waitFor({ state: 'detached' });

    const notices = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Notice', exact: true }) });
    const notice = notices
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '2', exact: true }) });
    await notice
      .getByRole('cell', {
        name: `${TAYLOR.email} already has a Parley account; registered as is, name and profile not changed.`,
        exact: true,
      })
      .waitFor();
    expect(await notices.getByRole('row').count()).toBe(2);
    await talents.talent(TAYLOR.email).getByText(TAYLOR.name, { exact: true }).waitFor();
    expect(await talents.talent(TAYLOR.email).getByText('Someone Else').count()).toBe(0);

    const taylor = await openPage();
    await new LoginPage(taylor).loginAs(TAYLOR.email);
    await taylor.getByText(TAYLOR.name, { exact: true }).first().waitFor();
    expect(await taylor.getByText('Someone Else').count()).toBe(0);

    // The outbox sends in order, so the last newcomer's invitation arriving means all 400 went out (and later
    // tests' mail no longer waits behind them).
    await new Mailbox().waitFor(`new399.${tag}@talent.e2e.test`, /^You are invited to /, 180_000);
  });
});
