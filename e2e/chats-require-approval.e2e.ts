import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { dayName, eventInputOf, findEvent, restoreDemoEvent } from './support/chats-setup.js';
import { describedBy } from './support/locators.js';
import { bookableNewcomer, newcomerWithSlots, newDemoTalent } from './support/newcomers.js';

async function chatsTab(page: Page, email: string): Promise<void> {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(DEMO_EVENT);
  await eventPage.openTab('1-1 Chats');
}

describe('a recruiter who requires approval at a direct-booking event', () => {
  test('switches on Require approval and confirms; a talent requests them, books the others, and picks a time once approved', async ({
    openPage,
  }) => {
    const organizer = await ApiSession.login(ORGANIZER);
    let event: Event = await findEvent(organizer, DEMO_EVENT);
    event = await organizer.put<Event>(
      `/api/events/${event.id}`,
      eventInputOf(event, { bookingMode: 'direct' }),
    );
    await organizer.dispose();
    expect(event).toMatchObject({ bookingMode: 'direct', recruitersMayRequireApproval: true });
    const approving = await newcomerWithSlots(event);
    const booking = await bookableNewcomer(event, 'Which robot did you build last?');
    const talent = await newDemoTalent('Rui');
    try {
      const recruiterPage = await openPage();
      await chatsTab(recruiterPage, approving.email);
      const recruiterChats = await new ChatsRecruiterPage(recruiterPage).waitUntilShown();
      const editor = await (await recruiterChats.manage()).setUpAvailability(approving.name);
      const requireApproval = editor.requireApproval;
      expect(await requireApproval.isChecked()).toBe(false);
      expect(await describedBy(requireApproval)).toContain(
        'Talents send you a request instead of booking a free slot directly',
      );
      // By keyboard: the switch is a labelled control in the form's tab order.
      await requireApproval.focus();
      await recruiterPage.keyboard.press('Space');
      await expect.poll(() => requireApproval.isChecked()).toBe(true);
      await editor.confirm();

      const talentPage = await openPage();
      await chatsTab(talentPage, talent.email);
      const chats = await new TalentChatsPage(talentPage).waitUntilShown();
      await chats.bookButton(booking.name).waitFor();
      const requestButton = chats
        .recruiter(approving.name)
        .getByRole('button', { name: 'Request 1-1 Chat', exact: true });
      await requestButton.waitFor();
      expect(await chats.bookButton(approving.name).count()).toBe(0);
      expect(
        await chats.recruiter(booking.name).getByRole('button', { name: 'Request 1-1 Chat' }).count(),
      ).toBe(0);
      await chats.request(approving.name);
      await (await chats.card('Requests', approving.name)).waitFor();

      await (await editor.backToOverview()).backToRequests();
      await recruiterChats.waitUntilShown();
      await recruiterChats.approve(talent.name);

      const picker = await chats.pickTimeSlot(approving.name);
      await picker.choose(dayName(approving.day.date), '14:30');
      await picker.confirmButton.click();
      await picker.dialog.waitFor({ state: 'detached' });
      const confirmed = await chats.card('Confirmed', approving.name);
      await confirmed
        .getByText(/14:30–15:00/)
        .first()
        .waitFor();
    } finally {
      await restoreDemoEvent();
    }
  });
});
