import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import type { RegisteredCompany } from '../src/shared/schemas/registrations.schemas.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentProfilesPage } from './pages/TalentProfilesPage.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { newDemoTalent } from './support/newcomers.js';
import { describe, expect, test } from './support/browser.js';
import { dayName, findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { describedBy } from './support/locators.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const SAM = { name: 'Sam Lee' };
/** A talent no other browser test uses. */

async function openTab(page: Page, email: string, tab: string): Promise<void> {
  const events = await new LoginPage(page).loginAs(email);
  const eventPage = await events.openEvent(DEMO_EVENT);
  await eventPage.openTab(tab);
}

/** A new recruiter of Acme Robotics, registered by the organizer, with nothing set up yet. */
async function newColleague(): Promise<{ name: string; event: Event }> {
  const name = `Casey Reed ${runTag()}`;
  const organizer = await ApiSession.login(ORGANIZER);
  try {
    const event = await findEvent(organizer, DEMO_EVENT);
    const { companies } = await organizer.get<{ companies: RegisteredCompany[] }>(
      `/api/events/${event.id}/companies`,
    );
    const acme = companies.find((company) => company.name === 'Acme Robotics')!;
    await organizer.post(`/api/events/${event.id}/companies/${acme.id}/recruiters`, {
      name,
      email: `${name.toLowerCase().replaceAll(' ', '.')}@acme.e2e.test`,
    });
    return { name, event };
  } finally {
    await organizer.dispose();
  }
}

describe('forms that say what is wrong and what is left to do', () => {
  test('Set Up Availability stays until Confirm Availability; an over-long topic is named under Topics, with a counter', async ({
    page,
  }) => {
    const { name: casey, event } = await newColleague();
    await openTab(page, ALEX.email, '1-1 Chats');
    const overview = await (await new ChatsRecruiterPage(page).waitUntilShown()).manage();
    expect(await overview.status(casey)).toBe('Not set up');

    const editor = await overview.setUpAvailability(casey);
    const third = editor.day(dayName(event.days[2]!.date));
    const slot = editor.slot(third, '09:00');
    await slot.click();
    await expect.poll(() => editor.isOpen(slot)).toBe(true);
    await editor.waitSaved(third);

    // A saved slot is not a confirmed availability: the call to action stays.
    const back = await editor.backToOverview();
    await expect.poll(() => back.status(casey)).toBe('Not confirmed yet');
    expect(await back.setUpButton(casey).count()).toBe(1);

    const again = await back.setUpAvailability(casey);
    const topics = again.tagsField('Topics');
    await topics.fill('Robotics');
    await topics.press('Enter');
    const tooLong = 'Autonomous mobile robots for warehouses, factories and hospitals';
    expect(tooLong.length).toBe(64);
    await topics.fill(tooLong);
    await expect.poll(() => describedBy(topics)).toContain('64/60');
    expect(await describedBy(topics)).toContain('A topic can be at most 60 characters.');
    await topics.press('Enter');
    await page.getByRole('button', { name: 'Confirm Availability', exact: true }).click();
    await expect.poll(() => describedBy(topics)).toContain('A topic can be at most 60 characters.');
    expect(await topics.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(/topics\.\d|Too big/).count()).toBe(0);

    // Without the long topic the availability is confirmed, and only then does the call to action go.
    await topics.press('Backspace');
    await again.confirm();
    const confirmed = await again.backToOverview();
    await expect.poll(() => confirmed.status(casey)).toBe('Confirmed');
    expect(await confirmed.setUpButton(casey).count()).toBe(0);
  });

  test('the invitation shows an open chat with the talent, refuses a second at once, and names whose calendar it is', async ({
    page,
  }) => {
    // A talent of their own: other files book Alex too, and a pair has one open chat at a time.
    const SOFIA = await newDemoTalent('Sofia');
    const sofia = await ApiSession.login(SOFIA.email);
    const alex = await ApiSession.login(ALEX.email);
    try {
      const event = await findEvent(sofia, DEMO_EVENT);
      const { recruiter } = await teamMember(alex, event.id, ALEX.email);
      await requestChat(sofia, { eventId: event.id, recruiterId: recruiter.id, answer: 'Robots.' });
    } finally {
      await sofia.dispose();
      await alex.dispose();
    }

    await openTab(page, ALEX.email, 'Talent Profiles');
    const profiles = new TalentProfilesPage(page);
    const profile = await profiles.openProfile(SOFIA.name);
    await profile.getByText(`Open 1-1 chats with ${SOFIA.name}`).waitFor();
    expect(await profile.getByRole('listitem').filter({ hasText: ALEX.name }).textContent()).toContain(
      'Requests',
    );

    const invite = await profiles.invite(profile, SOFIA.name);
    // Alex invites for himself first: the option reads `Alex Morgan (you) · …`.
    await invite.chatWith(`${ALEX.name} \\(you\\)`);
    await invite.dialog.getByText(`${ALEX.name} already has an open 1-1 chat with ${SOFIA.name}`).waitFor();
    expect(await invite.continueButton.isDisabled()).toBe(true);

    await invite.chatWith(SAM.name);
    await expect.poll(() => invite.continueButton.isEnabled()).toBe(true);
    await invite.continueToTimeSelection();
    await invite.dialog.getByRole('heading', { name: `${SAM.name}'s availability`, exact: true }).waitFor();
  });
});
