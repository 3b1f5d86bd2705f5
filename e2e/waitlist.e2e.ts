import type { Chat, FreeSlotsResponse } from '../src/shared/schemas/chats.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { ApiSession } from './support/api.js';
import { describe, test } from './support/browser.js';
import { newDemoTalent } from './support/newcomers.js';
import { directFair, recruiterWithOneSlot } from './support/waitlist-setup.js';

describe('waitlist', () => {
  test('a talent waits for a fully booked recruiter, is offered the time another talent cancels, and accepts it from the bell', async ({
    page,
  }) => {
    const { name, event } = await directFair();
    const recruiter = await recruiterWithOneSlot(event, name);
    const holder = await newDemoTalent('Hugo', name);
    const waiting = await newDemoTalent('Wanda', name);

    const holderApi = await ApiSession.login(holder.email);
    const slots = await holderApi.get<FreeSlotsResponse>(
      `/api/events/${event.id}/recruiters/${recruiter.id}/slots`,
    );
    const booked = await holderApi.post<Chat>(`/api/events/${event.id}/recruiters/${recruiter.id}/book`, {
      startsAt: slots.days[0]!.slots[0]!.startsAt,
    });

    const eventPage = await (await new LoginPage(page).loginAs(waiting.email)).openEvent(name);
    await eventPage.openTab('1-1 Chats');
    const chats = await new TalentChatsPage(page).waitUntilShown();
    const card = chats.recruiter(recruiter.name);
    await card.getByText('No free slots left', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Join waitlist', exact: true }).click();
    await card.getByText('1st on the waitlist', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Leave waitlist', exact: true }).waitFor();

    const bell = new NotificationsBell(page);
    await bell.waitForUnread(0);
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
});
