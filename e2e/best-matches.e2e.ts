import type { Page } from 'playwright-core';
import { LoginPage } from './pages/LoginPage.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { createEventInAWeek } from './support/chats-setup.js';
import { type Newcomer, listedRecruiter, newDemoTalent } from './support/newcomers.js';

/** An event of its own next week: one recruiter looking for German-speaking robotics students, and such a talent. */
async function fairWithAMatch() {
  const { name, event } = await createEventInAWeek('Matching Fair');
  const recruiter = await listedRecruiter(event, name, ['09:00', '09:30'], {
    languages: ['German', 'English'],
    topics: ['Robotics'],
    levels: ['student'],
  });
  const talent: Newcomer = await newDemoTalent('Greta', name);
  const asTalent = await ApiSession.login(talent.email);
  try {
    await asTalent.put('/api/me/profile', {
      name: talent.name,
      headline: 'Robotics student',
      level: 'student',
      languages: ['German'],
      topics: ['Robotics', 'CAD'],
    });
  } finally {
    await asTalent.dispose();
  }
  return { name, recruiter, talent };
}

async function openTab(page: Page, email: string, eventName: string, tab: string) {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(eventName);
  await eventPage.openTab(tab);
}

const bestMatches = (page: Page) => page.getByRole('region', { name: 'Best matches' });

describe('best matches', () => {
  test('a talent sees the recruiter who fits them among the recruiters, with the reasons; the recruiter sees the talent', async ({
    page,
    openPage,
  }) => {
    const { name, recruiter, talent } = await fairWithAMatch();

    await openTab(page, talent.email, name, '1-1 Chats');
    const forTalent = bestMatches(page);
    const match = forTalent.getByRole('listitem', { name: recruiter.name });
    await match.waitFor();
    expect(await match.getByText('Speaks German · Robotics · Student').isVisible()).toBe(true);
    expect(await match.getByText(recruiter.company, { exact: true }).isVisible()).toBe(true);
    // The list below still lists them, with the way to ask.
    expect(await page.getByRole('heading', { name: 'Recruiters', exact: true }).isVisible()).toBe(true);

    const recruiterPage = await openPage();
    await openTab(recruiterPage, recruiter.email, name, 'Talent Profiles');
    const forRecruiter = bestMatches(recruiterPage).getByRole('listitem', { name: talent.name });
    await forRecruiter.waitFor();
    expect(await forRecruiter.getByText('Speaks German · Robotics · Student').isVisible()).toBe(true);
    await forRecruiter.getByRole('link', { name: 'Open profile', exact: true }).click();
    await recruiterPage.getByRole('dialog').getByText('Robotics student').first().waitFor();
  });
});
