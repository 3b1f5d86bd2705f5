import type { Page } from 'playwright-core';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { TalentProfilesPage } from './pages/TalentProfilesPage.js';
import { ORGANIZER } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { createEventInAWeek } from './support/chats-setup.js';
import { listedRecruiter, newDemoTalent } from './support/newcomers.js';

/** An event of its own in a week with a recruiter taking requests and a talent. */
async function fair(talentName: string) {
  const { name, event } = await createEventInAWeek('Safety Fair');
  const recruiter = await listedRecruiter(event, name, ['09:00', '09:30']);
  const talent = await newDemoTalent(talentName, name);
  return { name, recruiter, talent };
}

async function openTab(page: Page, email: string, eventName: string, tab: string) {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(eventName);
  await eventPage.openTab(tab);
}

describe('safety', () => {
  test("a talent blocks a recruiter, whose Request 1-1 Chat on the talent's profile is then refused with the reason", async ({
    page,
    openPage,
  }) => {
    const { name, recruiter, talent } = await fair('Bea');
    await openTab(page, talent.email, name, '1-1 Chats');
    const card = new TalentChatsPage(page).recruiter(recruiter.name);
    await card.getByRole('button', { name: `More for ${recruiter.name}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Block', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Block ${recruiter.name}?`, exact: true });
    await confirm.getByRole('button', { name: 'Block', exact: true }).click();
    await confirm.waitFor({ state: 'hidden' });

    const recruiterPage = await openPage();
    await openTab(recruiterPage, recruiter.email, name, 'Talent Profiles');
    const profile = await new TalentProfilesPage(recruiterPage).openProfile(talent.name);
    const sentence = `${talent.name} does not accept 1-1 chats with you.`;
    await profile.getByText(sentence, { exact: true }).waitFor();
    const request = profile.getByRole('button', { name: 'Request 1-1 Chat', exact: true });
    expect(await request.isDisabled()).toBe(true);
    expect(await request.getAttribute('aria-describedby')).toBeTruthy();
  });

  test("a recruiter's Report of a talent reaches the organizer's Reports list", async ({
    page,
    openPage,
  }) => {
    const { name, recruiter, talent } = await fair('Rory');
    await openTab(page, recruiter.email, name, 'Talent Profiles');
    const profile = await new TalentProfilesPage(page).openProfile(talent.name);
    await profile.getByRole('button', { name: `More for ${talent.name}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Report ${talent.name}`, exact: true });
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Spam', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'What happened' }).fill('Sent the same message ten times.');
    await dialog.getByRole('button', { name: 'Send report', exact: true }).click();
    await dialog
      .getByRole('status')
      .getByText(/^Thank you\./)
      .waitFor();

    const organizerPage = await openPage();
    await openTab(organizerPage, ORGANIZER, name, 'Reports');
    const row = organizerPage.getByRole('row').filter({ hasText: 'Sent the same message ten times.' });
    await row.waitFor();
    expect(await row.textContent()).toContain(recruiter.name);
    expect(await row.textContent()).toContain(talent.name);
    expect(await row.textContent()).toContain('Spam');
    await row.getByRole('button', { name: /^Mark the report of / }).click();
    await row.getByText('Handled', { exact: true }).waitFor();
  });
});
