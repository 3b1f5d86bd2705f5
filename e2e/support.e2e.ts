import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import type { SupportConversation } from '../src/shared/schemas/support.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { SupportConsolePage } from './pages/SupportConsolePage.js';
import { SupportDrawer } from './pages/SupportDrawer.js';
import { DEMO_EVENT, runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { findEvent } from './support/chats-setup.js';

/** Demo people no other browser test writes to support as. */
const YUKI = { email: 'talent13@demo.parley.test', name: 'Yuki Tanaka' };
const OMAR = { email: 'talent14@demo.parley.test', name: 'Omar Haddad' };
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };
const AGENT = 'support@demo.parley.test';

describe('technical support', () => {
  test('a talent asks from the header; the agent sees the wait tick, replies, the talent sees it live; the agent closes', async ({
    openPage,
  }) => {
    const tag = runTag();
    const question = `My microphone is not detected (${tag})`;
    const answer = `Allow the microphone in the address bar, then reload (${tag})`;

    const talentPage = await openPage();
    await new LoginPage(talentPage).loginAs(YUKI.email);
    const drawer = await new SupportDrawer(talentPage).openFromHeader();
    await drawer.write(question);

    const agentPage = await openPage();
    await new LoginPage(agentPage).loginAs(AGENT);
    const agent = await new SupportConsolePage(agentPage).openFromHeader();
    const line = agent.line(YUKI.name).filter({ hasText: question });
    await line.waitFor();
    const waiting = agent.waiting(line);
    const firstReading = await waiting.textContent();
    expect(firstReading).toMatch(/^Waiting \d+ s$/);
    // The wait counts up on screen by itself.
    await expect.poll(() => waiting.textContent(), { timeout: 5_000 }).not.toBe(firstReading);

    const panel = await agent.open(YUKI.name);
    await agent.message(panel, question, YUKI.name).waitFor();
    await agent.reply(panel, answer);
    await expect.poll(() => agent.waiting(agent.line(YUKI.name)).textContent()).toBe('Answered');

    // The talent's drawer stayed open and was never reloaded: the reply arrives over the live connection.
    await drawer.message(answer, 'Support').waitFor();

    await agent.close(panel);
    await drawer.dialog.getByText(/Support closed this conversation/).waitFor();
    await agent.show('Closed');
    await agent.line(YUKI.name, 'Closed').filter({ hasText: answer }).waitFor();
    expect(await agent.waiting(agent.line(YUKI.name, 'Closed').first()).textContent()).toBe('Closed');
  });

  test("an event's Support tab shows that event's conversations, with the chat the person writes from", async ({
    page,
  }) => {
    const tag = runTag();
    const sam = await ApiSession.login(SAM.email);
    const omar = await ApiSession.login(OMAR.email);
    const agentApi = await ApiSession.login(AGENT);
    try {
      const event = await findEvent(agentApi, DEMO_EVENT);
      // Sam joins his colleague Alex's chat with Taylor (the demo chat) and asks from its room.
      const { chats } = await sam.get<{ chats: Chat[] }>(`/api/events/${event.id}/chats?recruiterId=team`);
      const chat = chats.find((c) => c.talent.name === 'Taylor Kim' && c.recruiter.name === 'Alex Morgan');
      if (!chat) throw new Error('The demo chat between Taylor Kim and Alex Morgan is gone');
      const fromRoom = `Taylor cannot hear me (${tag})`;
      const fromHeader = `Where do I change my password? (${tag})`;
      const samsQuestion = await sam.post<SupportConversation>('/api/support/messages', {
        body: fromRoom,
        chatId: chat.id,
      });
      const omarsQuestion = await omar.post<SupportConversation>('/api/support/messages', {
        body: fromHeader,
      });

      const eventPage = await (await new LoginPage(page).loginAs(AGENT)).openEvent(DEMO_EVENT);
      await eventPage.openTab('Support');
      const agent = new SupportConsolePage(page);
      const line = agent.line(SAM.name).filter({ hasText: fromRoom });
      await line.waitFor();
      await line.getByText('Recruiter · Acme Robotics', { exact: true }).waitFor();
      await line.getByText(/^Chat: Taylor Kim with Alex Morgan \(Acme Robotics\), /).waitFor();
      // Omar wrote from no event: he is in the console's full list, not in this event's tab.
      expect(await agent.line(OMAR.name).filter({ hasText: fromHeader }).count()).toBe(0);

      const panel = await agent.open(SAM.name);
      await panel.getByRole('link', { name: DEMO_EVENT, exact: true }).waitFor();
      await panel
        .getByText('1-1 chat: Taylor Kim with Alex Morgan (Acme Robotics)', { exact: true })
        .waitFor();

      await agent.openFromHeader();
      await agent.line(OMAR.name).filter({ hasText: fromHeader }).waitFor();

      for (const conversation of [samsQuestion, omarsQuestion])
        await agentApi.post(`/api/support/conversations/${conversation.id}/close`);
    } finally {
      await Promise.all([sam.dispose(), omar.dispose(), agentApi.dispose()]);
    }
  });
});
