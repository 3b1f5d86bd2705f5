import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { describe, expect, test } from './support/browser.js';
import { createEventInAWeek } from './support/chats-setup.js';
import { listedRecruiter, newDemoTalent } from './support/newcomers.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An event of its own in a week, whose bookings open in three days: talents can only look and mark until then. */
function eventBeforeBookingsOpen() {
  return createEventInAWeek('Favourites Fair', {
    bookingsOpenAt: new Date(Date.now() + 3 * DAY_MS).toISOString(),
  });
}

/** A recruiter of the event with two slots open, confirmed: talents find them in the list. */
function bookableRecruiter(event: Event, eventName: string) {
  return listedRecruiter(event, eventName, ['09:00', '09:30']);
}

/** An event before bookings open with two recruiters listed and a talent of its own. */
async function fairWithTwoRecruiters(talentName: string) {
  const { name, event } = await eventBeforeBookingsOpen();
  const marked = await bookableRecruiter(event, name);
  const other = await bookableRecruiter(event, name);
  const talent = await newDemoTalent(talentName, name);
  return { name, marked, other, talent };
}

async function openChats(page: Page, email: string, eventName: string): Promise<TalentChatsPage> {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(eventName);
  await eventPage.openTab('1-1 Chats');
  return new TalentChatsPage(page).waitUntilShown();
}

describe('favourite recruiters', () => {
  test('before bookings open, a talent marks a recruiter, filters to favourites and still finds them after a reload', async ({
    page,
  }) => {
    const { name, marked, other, talent } = await fairWithTwoRecruiters('Fiona');
    const chats = await openChats(page, talent.email, name);
    await page
      .getByText(/^Bookings open in /)
      .first()
      .waitFor();
    const card = chats.recruiter(marked.name);
    // Asking waits for the opening; marking does not.
    expect(await card.getByRole('button', { name: 'Request 1-1 Chat', exact: true }).isDisabled()).toBe(true);
    const favourite = card.getByRole('button', { name: 'Favourite', exact: true });
    expect(await favourite.getAttribute('aria-pressed')).toBe('false');
    await favourite.click();
    await card.getByRole('status').getByText(`${marked.name} is one of your favourites.`).waitFor();
    expect(await favourite.getAttribute('aria-pressed')).toBe('true');
    const otherFavourite = chats
      .recruiter(other.name)
      .getByRole('button', { name: 'Favourite', exact: true });
    expect(await otherFavourite.getAttribute('aria-pressed')).toBe('false');

    const favouritesOnly = chats.recruiters.getByRole('switch', { name: 'Favourites only', exact: true });
    // The switch follows the URL, which the router updates in a transition: clicked, then waited for.
    await favouritesOnly.click();
    await page.waitForURL(/[?&]favourites=true/);
    await expect.poll(() => favouritesOnly.isChecked()).toBe(true);
    await chats.recruiter(other.name).waitFor({ state: 'detached' });
    await card.waitFor();

    await page.reload();
    await new TalentChatsPage(page).waitUntilShown();
    await card.waitFor();
    expect(await favouritesOnly.isChecked()).toBe(true);
    expect(await chats.recruiter(other.name).count()).toBe(0);
    expect(await favourite.getAttribute('aria-pressed')).toBe('true');

    // Unmarked in the filtered list, the recruiter leaves it.
    await favourite.click();
    await card.waitFor({ state: 'detached' });
    await chats.recruiters.getByText('No recruiter matches these filters').waitFor();
  });

  test("a mark made in one of the talent's tabs shows in the other without a reload", async ({ page }) => {
    const { name, marked, talent } = await fairWithTwoRecruiters('Gabriel');
    const first = await openChats(page, talent.email, name);
    const secondTab = await page.context().newPage();
    await secondTab.goto(page.url());
    const second = await new TalentChatsPage(secondTab).waitUntilShown();
    const favouriteIn = (chats: TalentChatsPage) =>
      chats.recruiter(marked.name).getByRole('button', { name: 'Favourite', exact: true });
    await favouriteIn(second).waitFor();

    await favouriteIn(first).click();
    await expect.poll(() => favouriteIn(second).getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true');
    await favouriteIn(second).click();
    await expect.poll(() => favouriteIn(first).getAttribute('aria-pressed'), { timeout: 5000 }).toBe('false');
  });

  test('a mark the server could not save goes back, and the talent hears so', async ({ page }) => {
    const { name, marked, talent } = await fairWithTwoRecruiters('Hana');
    const chats = await openChats(page, talent.email, name);
    const card = chats.recruiter(marked.name);
    const favourite = card.getByRole('button', { name: 'Favourite', exact: true });
    // The server's refusal is held back until the mark has shown: it shows at once, before any answer.
    let refuse = () => {};
    const refused = new Promise<void>((resolve) => {
      refuse = resolve;
    });
    await page.route('**/api/events/*/favourites/*', async (route) => {
      await refused;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'The service is unavailable.' } }),
      });
    });
    await favourite.click();
    await expect.poll(() => favourite.getAttribute('aria-pressed')).toBe('true');
    refuse();
    await card
      .getByRole('status')
      .getByText(`Could not change whether ${marked.name} is a favourite. Try again.`)
      .waitFor();
    expect(await favourite.getAttribute('aria-pressed')).toBe('false');
  });
});
