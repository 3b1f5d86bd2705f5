import type { Page } from 'playwright-core';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { ApiSession } from './support/api.js';
import { describe, test } from './support/browser.js';
import { bookSlot, createEventOfToday } from './support/chats-setup.js';
import { clockOf } from './support/daytime.js';
import { newDemoTalent } from './support/newcomers.js';
import { directFair, nineOClockOf, recruiterWithOneSlot } from './support/waitlist-setup.js';

const MINUTE = 60_000;

/** The talent opens the event's `1-1 Chats` and joins the waitlist of a recruiter with no free slot left. */
async function joinWaitlist(page: Page, email: string, eventName: string, recruiterName: string) {
  const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(eventName);
  await eventPage.openTab('1-1 Chats');
  const chats = await new TalentChatsPage(page).waitUntilShown();
  const card = chats.recruiter(recruiterName);
  await card.getByText('No free slots left', { exact: true }).waitFor();
  await card.getByRole('button', { name: 'Join waitlist', exact: true }).click();
  await card.getByText('1st on the waitlist', { exact: true }).waitFor();
  await card.getByRole('button', { name: 'Leave waitlist', exact: true }).waitFor();
  return chats;
}

/**
 * A virtual day of today in 15-minute chats, booked directly, whose talents count as no-shows a minute after a
 * chat's start; the day opens at `firstStart`, so the test waits for a start a minute or two away.
 */
function virtualDayOfToday(firstStart: Date) {
  return createEventOfToday(
    'Rest of Slot Fair',
    { mode: 'virtual', firstStart, durations: [15] },
    { bookingMode: 'direct', noShowAfterMinutes: 1 },
  );
}

describe('waitlist', () => {
  test('a talent waits for a fully booked recruiter, is offered the time another talent cancels, and accepts it from the bell', async ({
    page,
  }) => {
    const { name, event } = await directFair();
    const recruiter = await recruiterWithOneSlot(event, name);
    const holder = await newDemoTalent('Hugo', name);
    const waiting = await newDemoTalent('Wanda', name);

    const booked = await bookSlot(event, holder.email, recruiter.id, nineOClockOf(event));

    const chats = await joinWaitlist(page, waiting.email, name, recruiter.name);

    const bell = new NotificationsBell(page);
    await bell.waitForUnread(0);
    const holderApi = await ApiSession.login(holder.email);
    try {
      await holderApi.post(`/api/chats/${booked.id}/cancel`, { message: 'Something came up' });
    } finally {
      await holderApi.dispose();
    }

    // Nobody reloads the page: the offer arrives under the bell over the live connection.
    await bell.waitForUnread(1);
    await bell.open();
    await bell.item(new RegExp(`A slot with ${recruiter.name} is free: .* — accept by `)).click();
    await page.waitForURL(/[?&]tab=in_scheduling/);
    const offered = chats.panel('In Scheduling').getByRole('listitem', { name: recruiter.name, exact: true });
    await offered.getByText(/is free and held for you until/).waitFor();
    await offered.getByRole('button', { name: 'Accept slot', exact: true }).click();

    const confirmed = await chats.card('Confirmed', recruiter.name);
    await confirmed
      .getByText(/09:00–09:30/)
      .first()
      .waitFor();
  });

  test("a no-show's release offers the rest of the slot to the talent waiting, who takes it from the bell", {
    timeout: 300_000,
  }, async ({ page, openPage }) => {
    // Enough ahead to set up and book it by API; the browser steps run while it is under way.
    const startsAt = new Date(Math.ceil((Date.now() + 45_000) / MINUTE) * MINUTE);
    const { name, event } = await virtualDayOfToday(startsAt);
    const { timeZone } = event;
    const recruiter = await recruiterWithOneSlot(event, name, startsAt);
    const absent = await newDemoTalent('Nils', name);
    const waiting = await newDemoTalent('Wanda', name);
    await bookSlot(event, absent.email, recruiter.id, startsAt);

    const chats = await joinWaitlist(page, waiting.email, name, recruiter.name);

    // The talent who booked never comes: a minute after the start the recruiter marks the no-show.
    const recruiterPage = await openPage();
    const recruiterEvent = await (await new LoginPage(recruiterPage).loginAs(recruiter.email)).openEvent(
      name,
    );
    await recruiterEvent.openTab('1-1 Chats');
    const recruiterChats = await new ChatsRecruiterPage(recruiterPage).waitUntilShown();
    const absentCard = await recruiterChats.card('Confirmed', absent.name);
    const markNoShow = absentCard.getByRole('button', { name: 'Mark no-show', exact: true });
    await markNoShow.waitFor({ timeout: startsAt.getTime() + 2 * MINUTE - Date.now() });
    await markNoShow.click();
    await absentCard.waitFor({ state: 'detached' });

    // The rest of the slot, from the minute of the no-show to the slot's end, waits under the talent's bell.
    const endsAt = clockOf(new Date(startsAt.getTime() + 15 * MINUTE), timeZone);
    const bell = new NotificationsBell(page);
    await bell.waitForUnread(1);
    await bell.open();
    await bell.item(new RegExp(`A slot with ${recruiter.name} is free: .* — accept by `)).click();
    const offered = chats.panel('In Scheduling').getByRole('listitem', { name: recruiter.name, exact: true });
    await offered.getByText(/The rest of a slot .* is free now and held for you until/).waitFor();
    await offered.getByRole('button', { name: 'Accept slot', exact: true }).click();

    const confirmed = await chats.card('Confirmed', recruiter.name);
    await confirmed
      .getByText(new RegExp(`–${endsAt}`))
      .first()
      .waitFor();
  });
});
