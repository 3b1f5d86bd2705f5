import { noBookingRules } from '../src/shared/booking/fair-use.js';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, test } from './support/browser.js';
import { dayName, eventInputOf, findEvent, restoreDemoEvent } from './support/chats-setup.js';
import { bookableNewcomer, newDemoTalent } from './support/newcomers.js';

/** `Thursday 5 March`: a date as the rules' sentences name it. */
const longDay = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${isoDate}T12:00:00Z`))
    .replace(',', '');

describe("the event's fair-use rules", () => {
  test('a talent reads the rules, is refused a request beyond the limit with a sentence naming it, and the picker says why a day has no slot', async ({
    openPage,
  }) => {
    const organizer = await ApiSession.login(ORGANIZER);
    const event = await findEvent(organizer, DEMO_EVENT);
    const [first, second, third] = [
      await bookableNewcomer(event),
      await bookableNewcomer(event),
      await bookableNewcomer(event),
    ];
    const talent = await newDemoTalent('Ravi');
    const save = (changes: Parameters<typeof eventInputOf>[1]) =>
      organizer.put<Event>(`/api/events/${event.id}`, eventInputOf(event, changes));
    try {
      await save({ rules: { ...noBookingRules, maxOpenRequestsPerTalent: 1 } });
      const page = await openPage();
      const chats = await TalentChatsPage.open(page, talent.email);
      await chats.eventRules.getByText('A talent has at most 1 open request at once.').waitFor();

      await chats.request(first.name);
      await chats
        .recruiter(second.name)
        .getByRole('button', { name: 'Request 1-1 Chat', exact: true })
        .click();
      const dialog = chats.requestDialog(second.name);
      await dialog.getByRole('button', { name: 'Send Request', exact: true }).click();
      await dialog
        .getByRole('alert')
        .getByText(
          "You already have 1 open request, the event's limit. Wait for an answer, or withdraw one first.",
        )
        .waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // Now one chat a day, booked directly: after the first, the picker of another recruiter says why it is empty.
      await save({ bookingMode: 'direct', rules: { ...noBookingRules, maxChatsPerTalentPerDay: 1 } });
      await page.reload();
      await chats.waitUntilShown();
      await chats.eventRules.getByText('A talent books at most 1 chat a day.').waitFor();
      const picker = await chats.book(second.name);
      await picker.choose(dayName(second.day.date), '14:00');
      await picker.confirmButton.click();
      await picker.dialog.waitFor({ state: 'detached' });
      await (await chats.card('Confirmed', second.name)).waitFor();

      const full = await chats.book(third.name);
      await full.dialog
        .getByText(`You already have 1 chat on ${longDay(third.day.date)}, the event's limit for one day.`)
        .waitFor();
      await full.dialog
        .getByText(`The event's rules leave no time slot of ${third.name} you can book now.`)
        .waitFor();
    } finally {
      await organizer.dispose();
      await restoreDemoEvent();
    }
  });
});
