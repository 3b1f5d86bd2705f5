import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { ApiSession } from './support/api.js';
import { describe, test } from './support/browser.js';
import { newDemoTalent } from './support/newcomers.js';
import { directFair, nineOClockOf, recruiterWithOneSlot } from './support/waitlist-setup.js';
import { bookSlot } from './support/chats-setup.js';

describe('company waitlist', () => {
  test('a talent waits for anyone at a fully booked company, a recruiter of it cancels a chat, and the talent accepts the time offered', async ({
    page,
    openPage,
  }) => {
    const { name, event } = await directFair();
    const recruiter = await recruiterWithOneSlot(event, name);
    const holder = await newDemoTalent('Hana', name);
    const waiting = await newDemoTalent('Cora', name);

    const booked = await bookSlot(event, holder.email, recruiter.id, nineOClockOf(event));

    const eventPage = await (await new LoginPage(page).loginAs(waiting.email)).openEvent(name);
    await eventPage.openTab('1-1 Chats');
    const chats = await new TalentChatsPage(page).waitUntilShown();
    const company = page
      .getByRole('list', { name: 'Companies you can ask', exact: true })
      .getByRole('listitem', { name: recruiter.company, exact: true });
    await company.getByRole('button', { name: 'Join waitlist', exact: true }).click();
    await company.getByText('1st on the waitlist', { exact: true }).waitFor();
    await company.getByRole('button', { name: 'Leave waitlist', exact: true }).waitFor();

    // The company's team sees who waits for any of them.
    const recruiterPage = await openPage();
    const recruiterEvent = await (await new LoginPage(recruiterPage).loginAs(recruiter.email)).openEvent(
      name,
    );
    await recruiterEvent.openTab('1-1 Chats');
    await (await new ChatsRecruiterPage(recruiterPage).waitUntilShown()).manage();
    await recruiterPage.getByText(`1 talent waits on the waitlist of ${recruiter.company}`).waitFor();

    const recruiterApi = await ApiSession.login(recruiter.email);
    try {
      await recruiterApi.post(`/api/chats/${booked.id}/cancel`, { message: 'Called away' });
    } finally {
      await recruiterApi.dispose();
    }

    // Nobody reloads the page: the offer arrives over the live connection, as a chat with the company's recruiter.
    const offered = await chats.card('In Scheduling', recruiter.name);
    await offered.getByText(/is free and held for you until/).waitFor();
    await offered.getByRole('button', { name: 'Accept slot', exact: true }).click();

    const confirmed = await chats.card('Confirmed', recruiter.name);
    await confirmed
      .getByText(/09:00–09:30/)
      .first()
      .waitFor();
  });
});
