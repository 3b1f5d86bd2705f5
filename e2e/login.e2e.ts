import { describe, expect, test } from './support/browser.js';
import { EventsPage } from './pages/EventsPage.js';
import { DEMO_PASSWORD, LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { field } from './support/locators.js';
import { newDemoTalent } from './support/newcomers.js';

const recruiterTabs = ['1-1 Chats', 'Talent Profiles', 'My Schedule'];
const talentTabs = ['1-1 Chats', 'My Schedule'];

/** The demo accounts (README, Run it) with the tabs their role sees on the demo event. */
const accounts = [
  {
    email: 'organizer@demo.parley.test',
    name: 'Olivia Organizer',
    tabs: [
      'Dashboard',
      'Event setup',
      'Companies',
      'Talents',
      'Reports',
      'Notification log',
      'Announcements',
    ],
  },
  { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan', tabs: recruiterTabs },
  { email: 'recruiter2@demo.parley.test', name: 'Sam Lee', tabs: recruiterTabs },
  { email: 'recruiter3@demo.parley.test', name: 'Jordan Patel', tabs: recruiterTabs },
  { email: 'talent1@demo.parley.test', name: 'Taylor Kim', tabs: talentTabs },
  { email: 'talent2@demo.parley.test', name: 'Robin Weber', tabs: talentTabs },
  { email: 'talent3@demo.parley.test', name: 'Chris Novak', tabs: talentTabs },
  { email: 'talent4@demo.parley.test', name: 'Dana Costa', tabs: talentTabs },
  { email: 'talent5@demo.parley.test', name: 'Eli Schmidt', tabs: talentTabs },
  { email: 'talent6@demo.parley.test', name: 'Fran Okafor', tabs: talentTabs },
  { email: 'talent7@demo.parley.test', name: 'Gabi Rossi', tabs: talentTabs },
  { email: 'support@demo.parley.test', name: 'Sky Support', tabs: ['Support'] },
];

describe('logging in with the demo accounts', () => {
  test.for(accounts)(
    '$name ($email) opens the demo event, sees the tabs of the role and logs out',
    async (account, { page }) => {
      const events = await new LoginPage(page).loginAs(account.email);
      await page.getByText(account.name, { exact: true }).first().waitFor();

      const event = await events.openEvent(DEMO_EVENT);
      expect(await event.tabNames()).toEqual(account.tabs);
      await event.description.waitFor();
      expect(await event.description.textContent()).toContain(
        'Meet recruiters from Acme Robotics and Globex',
      );

      await event.logOut();
      await page.goto('/');
      await new LoginPage(page).heading.waitFor();
    },
  );

  test('a wrong password shows an error and stays on the login page', async ({ page }) => {
    const login = await new LoginPage(page).goto();
    await login.login(ORGANIZER, `${DEMO_PASSWORD}-wrong`);

    await login.error.waitFor();
    expect(await login.error.textContent()).toMatch(/\w/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await login.heading.waitFor();
  });

  test('a German browser gets the login page in German; the language menu switches it to English', async ({
    openPage,
  }) => {
    const page = await openPage({ locale: 'de-DE' });
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
    await field(page, 'E-Mail').waitFor();
    await field(page, 'Passwort').waitFor();
    await page.getByRole('link', { name: 'Passwort vergessen?' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    await page.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption({ label: 'English' });
    const login = new LoginPage(page);
    await login.heading.waitFor();
    await field(page, 'Email').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The choice outlives the page: the next visit starts in English although the browser asks for German.
    await page.reload();
    await login.heading.waitFor();
    expect(await page.getByRole('combobox', { name: 'Language', exact: true }).inputValue()).toBe('en');
  });

  test('English chosen on the login page of a German browser becomes the language of an account that had none', async ({
    openPage,
  }) => {
    const talent = await newDemoTalent('Lou');
    const page = await openPage({ locale: 'de-DE' });
    await page.goto('/login');
    await page.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption({ label: 'English' });
    const login = new LoginPage(page);
    await login.heading.waitFor();
    await login.login(talent.email, DEMO_PASSWORD);
    await new EventsPage(page).waitUntilShown();

    await page.reload();
    await new EventsPage(page).waitUntilShown();
    // The account's language, not only the browser's memory of the page: Account → Language names it.
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    const language = page.getByRole('combobox', { name: 'Language', exact: true });
    await expect.poll(() => language.inputValue()).toBe('English');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
