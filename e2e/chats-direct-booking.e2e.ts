import type { Event } from '../src/shared/schemas/events.schemas.js';
import { EventSetupTab } from './pages/EventSetupTab.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { dayName, eventInputOf, findEvent, restoreDemoEvent } from './support/chats-setup.js';
import { Mailbox } from './support/mail.js';
import { bookableNewcomer, newDemoTalent } from './support/newcomers.js';

describe('direct booking', () => {
  test('the organizer switches to Direct booking; a talent books a slot in one step and both get the confirmation', async ({
    openPage,
  }) => {
    const organizerApi = await ApiSession.login(ORGANIZER);
    const event = await findEvent(organizerApi, DEMO_EVENT);
    await organizerApi.dispose();
    const question = 'Which sensor would you add to our robot?';
    const recruiter = await bookableNewcomer(event, question);
    const talent = await newDemoTalent('Noor');
    try {
      const organizerPage = await openPage();
      const eventPage = await (await new LoginPage(organizerPage).loginAs(ORGANIZER)).openEvent(DEMO_EVENT);
      await eventPage.openTab('Event setup');
      const setup = await new EventSetupTab(organizerPage).waitUntilShown();
      await setup.chooseBookingMode('Direct booking');
      // A window that closes before it opens is refused on the field, before anything is saved.
      await setup.setBookingBound('Bookings open', { date: '2030-03-05', time: '10:00' });
      await setup.setBookingBound('Bookings close', { date: '2030-03-05', time: '09:00' });
      // Times are typed on the 24-hour clock, as everywhere in the app: the field shows what was typed.
      expect(await setup.bookingBoundTime('Bookings open').inputValue()).toBe('10:00');
      await setup.submit('Save changes');
      await organizerPage.getByText('Bookings must close after they open.').waitFor();
      await setup.setBookingBound('Bookings open', null);
      await setup.setBookingBound('Bookings close', null);
      await setup.submit('Save changes');
      const check = await ApiSession.login(ORGANIZER);
      await expect
        .poll(async () => (await check.get<Event>(`/api/events/${event.id}`)).bookingMode)
        .toBe('direct');
      await check.dispose();

      const mailbox = new Mailbox().mark();
      const chats = await TalentChatsPage.open(await openPage(), talent.email);
      await chats.bookingRules.getByText('Direct booking').waitFor();
      expect(
        await chats.recruiter(recruiter.name).getByRole('button', { name: 'Request 1-1 Chat' }).count(),
      ).toBe(0);
      const picker = await chats.book(recruiter.name);
      await picker.choose(dayName(recruiter.day.date), '14:30');
      await picker.dialog
        .getByRole('textbox', { name: question, exact: true })
        .fill('A lidar on a pan-tilt mount.');
      await picker.confirmButton.click();
      await picker.dialog.waitFor({ state: 'detached' });
      const booked = await chats.card('Confirmed', recruiter.name);
      await booked
        .getByText(/14:30–15:00/)
        .first()
        .waitFor();

      const forRecruiter = await mailbox.waitFor(
        recruiter.email,
        new RegExp(`^Confirmed: 1-1 chat with ${talent.name}`),
      );
      expect(forRecruiter.parts.some((part) => part.type === 'text/calendar')).toBe(true);
      await mailbox.waitFor(talent.email, new RegExp(`^Confirmed: 1-1 chat with ${recruiter.name}`));
    } finally {
      await restoreDemoEvent();
    }
  });

  test('before bookings open, Book 1-1 Chat waits under a countdown and comes alive at the opening without a reload', async ({
    openPage,
  }) => {
    const organizer = await ApiSession.login(ORGANIZER);
    const event = await findEvent(organizer, DEMO_EVENT);
    const recruiter = await bookableNewcomer(event, 'Any question for us?');
    const talent = await newDemoTalent('Ines');
    try {
      // The page loads well before the opening: logging in and opening the tab take a few seconds here.
      const opensAt = new Date(Date.now() + 20_000);
      await organizer.put(
        `/api/events/${event.id}`,
        eventInputOf(event, {
          bookingMode: 'direct',
          bookingsOpenAt: opensAt.toISOString(),
          bookingsCloseAt: null,
        }),
      );
      const page = await openPage();
      const chats = await TalentChatsPage.open(page, talent.email);
      const button = chats.bookButton(recruiter.name);
      await button.waitFor();
      expect(await button.isDisabled()).toBe(true);
      await chats.bookingRules.getByText(/^Bookings open in \d+ s$/).waitFor();
      const loads = { count: 0 };
      page.on('framenavigated', () => {
        loads.count += 1;
      });
      await expect.poll(() => button.isEnabled(), { timeout: 30_000, interval: 250 }).toBe(true);
      expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime() - 1_000);
      await chats.bookingRules.getByText(/^Bookings open in/).waitFor({ state: 'detached' });
      expect(loads.count).toBe(0);

      const picker = await chats.book(recruiter.name);
      await picker.choose(dayName(recruiter.day.date), '14:00');
      await picker.confirmButton.click();
      await picker.dialog.waitFor({ state: 'detached' });
      await (await chats.card('Confirmed', recruiter.name)).waitFor();
    } finally {
      await organizer.dispose();
      await restoreDemoEvent();
    }
  });
});
