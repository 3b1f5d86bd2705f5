import { LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { approveChat, findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { newDemoTalent } from './support/newcomers.js';
import { describe, expect, test } from './support/browser.js';

const ALEX = 'recruiter1@demo.parley.test';
const SAM = 'recruiter2@demo.parley.test';

describe('the Today home', () => {
  test("shows a new request to the recruiter and to their colleague at once, then the talent's time to pick", async ({
    openPage,
  }) => {
    // A talent of their own: one open chat per talent and recruiter, and other files book Alex too.
    const { email: TALENT } = await newDemoTalent('Hana');
    const alexPage = await openPage();
    const alexHome = await new LoginPage(alexPage).loginAs(ALEX);
    const samPage = await openPage();
    const samHome = await new LoginPage(samPage).loginAs(SAM);
    const talentPage = await openPage();
    const talentHome = await new LoginPage(talentPage).loginAs(TALENT);

    const talent = await ApiSession.login(TALENT);
    const alex = await ApiSession.login(ALEX);
    try {
      const event = await findEvent(talent, DEMO_EVENT);
      const { recruiter } = await teamMember(alex, event.id, ALEX);
      const chat = await requestChat(talent, {
        eventId: event.id,
        recruiterId: recruiter.id,
        answer: 'Robots.',
      });

      // No reload: the live update brings it to both recruiters' homes, and Alex's notification with it.
      await alexHome.chatIn('Waiting for your answer', chat.talent.name).waitFor();
      await alexHome.section('Unread notifications').getByText(chat.talent.name).first().waitFor();
      const colleagues = samHome.chatIn("Your colleagues' requests", chat.talent.name);
      await colleagues.waitFor();
      expect(await colleagues.textContent()).toContain('Asked for Alex Morgan');
      expect(await colleagues.textContent()).toContain(DEMO_EVENT);

      await approveChat(alex, chat.id);
      const toPick = talentHome.chatIn('Pick a time', 'Alex Morgan');
      await toPick.waitFor();
      await toPick.getByRole('link', { name: 'Choose a time' }).click();
      await talentPage.getByRole('tab', { name: /In Scheduling/, selected: true }).waitFor();
      await talentPage.getByRole('button', { name: 'Pick a Time Slot' }).first().waitFor();

      // Answered, the request leaves the recruiter's list by itself.
      await alexHome.chatIn('Waiting for your answer', chat.talent.name).waitFor({ state: 'detached' });
    } finally {
      await talent.dispose();
      await alex.dispose();
    }
  });

  test('lists the events with what needs the organizer there, each a link named by the event', async ({
    page,
  }) => {
    const home = await new LoginPage(page).loginAs(ORGANIZER);
    await home.eventLink(DEMO_EVENT).waitFor();
    const card = page.getByRole('listitem').filter({ has: home.eventLink(DEMO_EVENT) });
    // The counts arrive with the home's own request, after the list of events.
    await card
      .getByText(/live now|chats? today|upcoming|waiting for an answer/)
      .first()
      .waitFor();
    await home.openEvent(DEMO_EVENT);
  });

  test('gives support agents their console', async ({ page }) => {
    await new LoginPage(page).loginAs('support@demo.parley.test');
    await page
      .getByRole('radiogroup', { name: 'Which conversations' })
      .or(page.getByLabel('Which conversations'))
      .first()
      .waitFor();
  });
});
