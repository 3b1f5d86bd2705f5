import { EventSetupTab } from './pages/EventSetupTab.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { ORGANIZER, runTag } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { createOwnEvent } from './support/chats-setup.js';

/** A demo talent no other test file books with: registered as is at the event of this test. */
const GABI = { email: 'talent7@demo.parley.test', name: 'Gabi Rossi' };

const PER_DAY = 'Max chats per talent a day';
const GAP = 'Minimum gap between chats (minutes)';
/** What everyone reads of a day limit of 2 and a gap of 10 minutes. */
const SENTENCES = ['A talent books at most 2 chats a day.', "At least 10 min between a talent's chats."];

/** `YYYY-MM-DD`, some days from now: far enough ahead that the event is upcoming whatever the zone. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('fair-use rules', () => {
  test('the organizer sets rules, a value out of range is refused on its field, the rules survive a reload and a talent reads them', async ({
    page,
    openPage,
  }) => {
    const name = `Fair Rules Fair ${runTag()}`;
    await createOwnEvent(
      {
        name,
        days: [
          { date: daysFromNow(30), mode: 'virtual', opensAt: '09:00', closesAt: '17:00', durations: [30] },
        ],
      },
      [GABI],
    );

    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const newEvent = await events.createEvent();
    // A new event proposes two modest rules; an existing one keeps what it has (here: none).
    expect(await newEvent.rule('Max open requests per talent').inputValue()).toBe('10');
    expect(await newEvent.rule('Minimum notice (hours)').inputValue()).toBe('1');

    const eventPage = await (await events.goto()).openEvent(name);
    await eventPage.openTab('Event setup');
    const setup = await new EventSetupTab(page).waitUntilShown();
    expect(await setup.rule('Max open requests per talent').inputValue()).toBe('');
    expect(await setup.rule(PER_DAY).getAttribute('placeholder')).toBe('No limit');

    const approvalSwitch = page.getByRole('switch', { name: 'Recruiters may require approval' });
    expect(await approvalSwitch.count()).toBe(0);
    await setup.chooseBookingMode('Direct booking');
    expect(await approvalSwitch.isChecked()).toBe(true);

    await setup.rule(PER_DAY).fill('51');
    await setup.submit('Save changes');
    await page.getByText('The chats per talent a day can be at most 50.').waitFor();
    expect(await setup.rule(PER_DAY).getAttribute('aria-invalid')).toBe('true');

    await setup.rule(PER_DAY).fill('2');
    await setup.rule(GAP).fill('10');
    await setup.submit('Save changes');
    await page.getByText(`${name} is up to date.`).waitFor();

    await page.reload();
    await eventPage.waitUntilShown(name);
    await setup.waitUntilShown();
    expect(await setup.rule(PER_DAY).inputValue()).toBe('2');
    expect(await setup.rule(GAP).inputValue()).toBe('10');
    expect(await setup.rule('Max chats per talent').inputValue()).toBe('');
    const preview = page.getByRole('region', {
      name: 'What talents and recruiters read on the 1-1 Chats tab',
    });
    expect(await preview.getByRole('listitem').allInnerTexts()).toEqual(SENTENCES);

    const talentPage = await openPage();
    const talentEvent = await (await new LoginPage(talentPage).loginAs(GABI.email)).openEvent(name);
    await talentEvent.openTab('1-1 Chats');
    const chats = new TalentChatsPage(talentPage);
    await chats.eventRules.waitFor();
    expect(await chats.eventRules.getByRole('listitem').allInnerTexts()).toEqual(SENTENCES);
  });
});
