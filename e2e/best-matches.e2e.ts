import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { confirmAvailability, createOwnEvent, openSlots, teamMember } from './support/chats-setup.js';
import { type Newcomer, newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An event of its own next week: one recruiter looking for German-speaking robotics students, and such a talent. */
async function fairWithAMatch() {
  const name = `Matching Fair ${runTag()}`;
  const event: Event = await createOwnEvent({
    name,
    days: [
      {
        date: new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10),
        mode: 'virtual',
        opensAt: '09:00',
        closesAt: '12:00',
        durations: [30],
      },
    ],
  });
  const recruiter = await newDemoRecruiter(name);
  const asRecruiter = await ApiSession.login(recruiter.email);
  try {
    const me = await teamMember(asRecruiter, event.id, recruiter.email);
    await openSlots(asRecruiter, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: event.days[0]!.id,
      durationMinutes: 30,
      labels: ['09:00', '09:30'],
    });
    await confirmAvailability(asRecruiter, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      details: { languages: ['German', 'English'], topics: ['Robotics'], levels: ['student'] },
    });
  } finally {
    await asRecruiter.dispose();
  }
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
