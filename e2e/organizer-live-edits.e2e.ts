import { EventPage } from './pages/EventPage.js';
import { EventSetupTab } from './pages/EventSetupTab.js';
import { LoginPage } from './pages/LoginPage.js';
import { ORGANIZER } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { createEventInAWeek } from './support/chats-setup.js';
import { field } from './support/locators.js';
import { newDemoTalent } from './support/newcomers.js';

/** A live message, not a refetch on focus or a reload, has to bring the change within this. */
const LIVE = { timeout: 5_000 };

describe("the organizer's edits reach the pages open on the event", () => {
  test("a talent's event page and the organizer's other tab show a new description and a day's hours without a reload", async ({
    openPage,
  }) => {
    const { name, event } = await createEventInAWeek('Live Edits Fair', {
      description: 'Welcome to the fair.',
    });
    const talent = await newDemoTalent('Lena', name);

    const talentPage = await openPage();
    await new LoginPage(talentPage).loginAs(talent.email);
    await talentPage.goto(`/events/${event.id}`);
    const talentView = await new EventPage(talentPage).waitUntilShown(name);
    await expect.poll(() => talentView.description.textContent()).toBe('Welcome to the fair.');
    // The talent stays on their default tab, which watches the event.
    await talentPage.getByRole('tab', { name: '1-1 Chats', selected: true }).waitFor();

    const [editing, watching] = [await openPage(), await openPage()];
    for (const page of [editing, watching]) {
      await new LoginPage(page).loginAs(ORGANIZER);
      await page.goto(`/events/${event.id}/setup`);
      await new EventSetupTab(page).waitUntilShown();
    }
    const other = new EventSetupTab(watching);
    await expect.poll(() => field(other.day(1), 'Closes at').inputValue()).toBe('12:00');

    const setup = new EventSetupTab(editing);
    await field(editing, 'Description').fill('Doors open at 10:00. Bring your CV.');
    await field(setup.day(1), 'Closes at').fill('13:00');
    await setup.submit('Save changes');
    await editing.getByText('Changes saved').waitFor();

    await talentView.description.getByText('Doors open at 10:00. Bring your CV.').waitFor(LIVE);
    const watchingView = new EventPage(watching);
    await watchingView.description.getByText('Doors open at 10:00. Bring your CV.').waitFor(LIVE);
    await expect.poll(() => field(other.day(1), 'Closes at').inputValue(), LIVE).toBe('13:00');
    await expect
      .poll(() => field(watching, 'Description').inputValue(), LIVE)
      .toBe('Doors open at 10:00. Bring your CV.');
  });
});
