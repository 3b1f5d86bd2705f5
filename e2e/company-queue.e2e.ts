import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { dayName, findEvent } from './support/chats-setup.js';
import { bookableNewcomer, newDemoTalent } from './support/newcomers.js';

async function chatsTab(page: Page, email: string): Promise<void> {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(DEMO_EVENT);
  await eventPage.openTab('1-1 Chats');
}

describe('the company queue', () => {
  test('a talent uses Request any recruiter on a company, a recruiter of it accepts, and the talent picks a time', async ({
    openPage,
  }) => {
    const organizer = await ApiSession.login(ORGANIZER);
    const event: Event = await findEvent(organizer, DEMO_EVENT);
    await organizer.dispose();
    // A company of its own (the demo recruiters' calendars belong to other test files), on approval as the demo event.
    const recruiter = await bookableNewcomer(event);
    const talent = await newDemoTalent('Quinn');

    // The talent on a phone: the company list and its dialog work there too.
    const talentPage = await openPage({ phone: true });
    await chatsTab(talentPage, talent.email);
    const chats = await new TalentChatsPage(talentPage).waitUntilShown();
    const companies = talentPage.getByRole('list', { name: 'Companies you can ask', exact: true });
    const company = companies.getByRole('listitem').filter({ hasText: recruiter.company });
    await company.getByRole('button', { name: 'Request any recruiter', exact: true }).click();
    const dialog = talentPage.getByRole('dialog', {
      name: `Request any recruiter at ${recruiter.company}`,
      exact: true,
    });
    await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill('Any of you, about robotics.');
    await dialog.getByRole('button', { name: 'Send Request', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Under Requests, labelled with the company; the company now says a request waits.
    const waiting = await chats.card('Requests', recruiter.company);
    await waiting.getByText('Waiting', { exact: true }).waitFor();
    await company.getByText('Request waiting', { exact: true }).waitFor();

    const recruiterPage = await openPage();
    await chatsTab(recruiterPage, recruiter.email);
    await (await new ChatsRecruiterPage(recruiterPage).waitUntilShown()).manage();
    const section = recruiterPage.getByRole('region', { name: /^Company requests/ });
    const request = section.getByRole('listitem', { name: talent.name, exact: true });
    await request.getByText('Any of you, about robotics.').waitFor();
    await section.getByLabel('1 waiting', { exact: true }).waitFor();
    await request.getByRole('button', { name: 'Accept', exact: true }).click();
    const accept = recruiterPage.getByRole('dialog', {
      name: `Accept the request of ${talent.name}`,
      exact: true,
    });
    await accept.getByRole('button', { name: 'Accept Request', exact: true }).click();
    await accept.waitFor({ state: 'detached' });
    await request.getByText('Accepted', { exact: true }).waitFor();
    await section.getByLabel('0 waiting', { exact: true }).waitFor();

    // The talent's page follows live: the request became a chat with the recruiter who took it.
    const picker = await chats.pickTimeSlot(recruiter.name);
    await picker.choose(dayName(recruiter.day.date), '14:30');
    await picker.confirmButton.click();
    await picker.dialog.waitFor({ state: 'detached' });
    const confirmed = await chats.card('Confirmed', recruiter.name);
    await confirmed
      .getByText(/14:30–15:00/)
      .first()
      .waitFor();
    // The chat keeps the talent's message from the company request.
    await confirmed.getByText('Any of you, about robotics.').first().waitFor();
    expect(await chats.tab('Requests').textContent()).not.toContain('1');
  });
});
