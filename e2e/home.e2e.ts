import { LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { approveChat, bookSlot, findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';
import { directFair, nineOClockOf, recruiterWithOneSlot } from './support/waitlist-setup.js';
import { describe, expect, test } from './support/browser.js';

const ALEX = 'recruiter1@demo.parley.test';
const SAM = 'recruiter2@demo.parley.test';

const timeIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

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

  test('asks a new recruiter to confirm their availability, and shows a chat booked for later under the next chats with its time', async ({
    openPage,
  }) => {
    const { name, event } = await directFair();
    const newcomer = await newDemoRecruiter(name);
    const recruiter = await recruiterWithOneSlot(event, name);
    const talent = await newDemoTalent('Nico', name);
    const chat = await bookSlot(event, talent.email, recruiter.id, nineOClockOf(event));

    // Nothing set up yet: the home says where talents cannot reach them, and leads to the calendar.
    const newcomerHome = await new LoginPage(await openPage()).loginAs(newcomer.email);
    const toConfirm = newcomerHome.section('Availability to confirm');
    await toConfirm
      .getByText(`Talents cannot request you at ${name} until you confirm your availability.`)
      .waitFor();
    await toConfirm.getByRole('link', { name: 'Set up your availability' }).waitFor();

    // The talent's chat next week: under the next chats, at the time on the browser's clock (Kathmandu) and the
    // event's beside it.
    const talentHome = await new LoginPage(await openPage()).loginAs(talent.email);
    const next = talentHome.chatIn('Next chats', recruiter.name);
    await next.waitFor();
    const text = (await next.textContent()) ?? '';
    const clock = (timeZone: string) =>
      `${timeIn(chat.startsAt!, timeZone)}–${timeIn(chat.endsAt!, timeZone)}`;
    expect(text).toContain(clock('Asia/Kathmandu'));
    expect(text).toContain(`Event time: `);
    expect(text).toContain(clock(event.timeZone));
    expect(text).toContain(name);
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
