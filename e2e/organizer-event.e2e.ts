import type { EventInput } from './pages/EventFormPage.js';
import { EventPage } from './pages/EventPage.js';
import { EventSetupTab } from './pages/EventSetupTab.js';
import { LoginPage } from './pages/LoginPage.js';
import { ORGANIZER, runTag } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';

/** `YYYY-MM-DD`, some days from now: far enough ahead that the event is upcoming whatever the zone. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the organizer sets up an event', () => {
  test('creates a three-day event with different modes and durations, publishes it, and sees the same after a reload', async ({
    page,
  }) => {
    const input: EventInput = {
      name: `Spring Tech Fair ${runTag()}`,
      description: 'Three days of 1-1 chats with engineering teams.',
      timeZone: { search: 'Berlin', option: 'Europe/Berlin' },
      requestPolicy: 'Both: talents request and recruiters invite',
      days: [
        { date: daysFromNow(30), mode: 'Virtual', opensAt: '09:00', closesAt: '17:00', durations: [15, 30] },
        { date: daysFromNow(31), mode: 'In-person', opensAt: '10:00', closesAt: '16:00', durations: [20] },
        { date: daysFromNow(32), mode: 'Virtual', opensAt: '09:00', closesAt: '12:00', durations: [45] },
      ],
    };
    const expected = { ...input, timeZone: input.timeZone.option };

    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const form = await events.createEvent();
    await form.fill(input);
    await form.submit('Create event');

    const event = await new EventPage(page).waitUntilShown(input.name);
    expect(await event.tabNames()).toEqual([
      'Dashboard',
      'Event setup',
      'Companies',
      'Talents',
      'Reports',
      'Notification log',
      'Announcements',
    ]);
    await event.openTab('Event setup');
    const setup = new EventSetupTab(page);
    await setup.waitUntilShown();
    const draftBadge = page.getByText('Draft', { exact: true });
    await draftBadge.waitFor();
    await setup.publish();
    await draftBadge.waitFor({ state: 'detached' });
    expect(await setup.read()).toEqual(expected);

    await page.reload();
    await event.waitUntilShown(input.name);
    await setup.waitUntilShown();
    await setup.unpublishButton.waitFor();
    expect(await draftBadge.count()).toBe(0);
    expect(await setup.read()).toEqual(expected);

    const list = await events.goto();
    await list.eventLink(input.name).waitFor();
  });
});
