import { readFile } from 'node:fs/promises';
import type { AllChatsPage } from './pages/AllChatsPage.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { DEMO_PASSWORD, LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { findEvent, requestChat } from './support/chats-setup.js';
import { field } from './support/locators.js';
import { bookableNewcomer, newDemoTalent } from './support/newcomers.js';

describe('Your data and account deletion', () => {
  test('a talent downloads their data, deletes the account and cannot log in; the recruiter sees "Deleted talent"', async ({
    openPage,
  }) => {
    const talent = await newDemoTalent('Dana');
    const api = await ApiSession.login(talent.email);
    const event = await findEvent(api, DEMO_EVENT);
    const recruiter = await bookableNewcomer(event);
    try {
      await requestChat(api, { eventId: event.id, recruiterId: recruiter.id });
    } finally {
      await api.dispose();
    }

    const page = await openPage();
    await new LoginPage(page).loginAs(talent.email);
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Your data', exact: true }).waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my data', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^parley-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(data.account.email).toBe(talent.email);
    expect(data.chats).toHaveLength(1);

    await page.getByRole('button', { name: 'Delete account', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?', exact: true });
    await dialog.getByText('This cannot be undone.', { exact: false }).waitFor();
    await field(dialog, 'Your password').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Delete account', exact: true }).click();
    await dialog.getByText('The password is not correct.', { exact: true }).waitFor();
    await field(dialog, 'Your password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Delete account', exact: true }).click();

    const login = new LoginPage(page);
    await login.heading.waitFor();
    await page.getByText('Your account was deleted.', { exact: false }).waitFor();
    await login.login(talent.email, DEMO_PASSWORD);
    await login.error.getByText('That email and password do not match.', { exact: true }).waitFor();

    // The request was cancelled as the talent left; the recruiter's list keeps it under the placeholder name.
    const recruiterPage = await openPage();
    const events = await new LoginPage(recruiterPage).loginAs(recruiter.email);
    const eventPage = await events.openEvent(DEMO_EVENT);
    await eventPage.openTab('1-1 Chats');
    const chats = await new ChatsRecruiterPage(recruiterPage).waitUntilShown();
    const all: AllChatsPage = await (await chats.manage()).allChats();
    await all.filterByStatus('Cancelled');
    await all.row('Deleted talent').getByText('Cancelled', { exact: true }).waitFor();
    expect(await recruiterPage.getByText(talent.name).count()).toBe(0);
  });
});
