import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { describe, test } from './support/browser.js';
import { bookSlot, createEventOfToday, openOneSlot } from './support/chats-setup.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

const MINUTE = 60_000;
const CHAT_MINUTES = 5;

/**
 * An event of its own running today from `firstStart` in 5-minute chats, booked directly, whose talents count as
 * no-shows one minute after a chat's start: chats around now, which no other test file sees. Its day opens at
 * `firstStart` (the zones' offsets are whole hours, so a UTC minute is one on their clocks too), so the test waits
 * for a start two minutes or so away rather than for the next 5-minute mark.
 */
function eventOfToday(firstStart: Date) {
  return createEventOfToday(
    'Check-in Fair',
    { mode: 'in_person', firstStart, durations: [CHAT_MINUTES] },
    { bookingMode: 'direct', noShowAfterMinutes: 1 },
  );
}

describe("check-in and no-shows around a chat's start", () => {
  test("the talent's I'm here reaches the recruiter live; a talent who did not come is marked a no-show", {
    timeout: 300_000,
  }, async ({ page, openPage }) => {
    // The first slot, far enough ahead to set up and book it: check-in (10 minutes before) is already open.
    const startsAt = new Date(Math.ceil((Date.now() + 90_000) / MINUTE) * MINUTE);
    const { name, event } = await eventOfToday(startsAt);
    const [hostA, hostB] = [await newDemoRecruiter(name), await newDemoRecruiter(name)];
    const [present, absent] = [await newDemoTalent('Paula', name), await newDemoTalent('Nils', name)];
    const [idA, idB] = [
      await openOneSlot(event, hostA.email, startsAt),
      await openOneSlot(event, hostB.email, startsAt),
    ];
    await bookSlot(event, present.email, idA, startsAt);
    await bookSlot(event, absent.email, idB, startsAt);

    // The recruiter's list is open when the talent checks in: it changes without a reload.
    const recruiterPage = await openPage();
    const recruiterEvent = await (await new LoginPage(recruiterPage).loginAs(hostA.email)).openEvent(name);
    await recruiterEvent.openTab('1-1 Chats');
    const recruiterChats = await new ChatsRecruiterPage(recruiterPage).waitUntilShown();
    const recruiterCard = await recruiterChats.card('Confirmed', present.name);
    await recruiterCard.getByRole('button', { name: 'Check-in QR code', exact: true }).waitFor();

    const talentEvent = await (await new LoginPage(page).loginAs(present.email)).openEvent(name);
    await talentEvent.openTab('1-1 Chats');
    const talentChats = await new TalentChatsPage(page).waitUntilShown();
    const talentCard = await talentChats.card('Confirmed', hostA.name);
    await talentCard.getByRole('button', { name: "I'm here", exact: true }).click();
    await talentCard.getByText('You are checked in', { exact: true }).waitFor();

    await recruiterCard.getByText(`${present.name} is here`, { exact: true }).waitFor();

    // The other talent never checks in: a minute after the start, `Mark no-show` appears by itself.
    const otherPage = await openPage();
    const otherEvent = await (await new LoginPage(otherPage).loginAs(hostB.email)).openEvent(name);
    await otherEvent.openTab('1-1 Chats');
    const otherChats = await new ChatsRecruiterPage(otherPage).waitUntilShown();
    const absentCard = await otherChats.card('Confirmed', absent.name);
    const markNoShow = absentCard.getByRole('button', { name: 'Mark no-show', exact: true });
    await markNoShow.waitFor({ timeout: startsAt.getTime() + 2 * MINUTE - Date.now() });
    await markNoShow.click();
    await absentCard.waitFor({ state: 'detached' });

    const completed = await otherChats.card('Completed', absent.name);
    await completed.getByText('No-show', { exact: true }).waitFor();
  });
});
