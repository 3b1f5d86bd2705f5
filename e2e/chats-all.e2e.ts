import type { Page } from 'playwright-core';
import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import type { AllChatsPage } from './pages/AllChatsPage.js';
import { ChatMoreActions } from './pages/ChatMoreActions.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { approveChat, findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { Mailbox } from './support/mail.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };
/** Talents no other browser test uses. */
const INVITED_FOR_SAM = 'talent10@demo.parley.test';
const SCHEDULING_WITH_ALEX = 'talent11@demo.parley.test';

interface Person {
  id: string;
  name: string;
  email: string;
}

async function signedIn(email: string): Promise<{ api: ApiSession; me: Person }> {
  const api = await ApiSession.login(email);
  const { user } = await api.get<{ user: Person }>('/api/auth/session');
  return { api, me: user };
}

/**
 * Two chats of Acme to find in `All 1-1 Chats`: Alex's invitation on behalf of his colleague Sam (under Requests,
 * Sam's), and a talent's request to Alex he approved (under In Scheduling, Alex's).
 */
async function twoChatsOfAcme(): Promise<{ forSam: Person; withAlex: Person }> {
  const alex = await signedIn(ALEX.email);
  const invited = await signedIn(INVITED_FOR_SAM);
  const scheduling = await signedIn(SCHEDULING_WITH_ALEX);
  try {
    const event = await findEvent(alex.api, DEMO_EVENT);
    const sam = await teamMember(alex.api, event.id, SAM.email);
    await alex.api.post<Chat>(`/api/events/${event.id}/invitations`, {
      talentId: invited.me.id,
      recruiterId: sam.recruiter.id,
      message: 'Sam runs our hiring for the gripper team.',
    });
    const request = await requestChat(scheduling.api, { eventId: event.id, recruiterId: alex.me.id });
    await approveChat(alex.api, request.id);
    return { forSam: invited.me, withAlex: scheduling.me };
  } finally {
    await Promise.all([alex.api.dispose(), invited.api.dispose(), scheduling.api.dispose()]);
  }
}

async function openAllChats(page: Page, email: string): Promise<AllChatsPage> {
  const events = await new LoginPage(page).loginAs(email);
  const eventPage = await events.openEvent(DEMO_EVENT);
  await eventPage.openTab('1-1 Chats');
  const chats = await new ChatsRecruiterPage(page).waitUntilShown();
  return (await chats.manage()).allChats();
}

describe('All 1-1 Chats', () => {
  test('Alex filters his company’s chats by status and by recruiter, opens Sam’s chat and cancels it for him', async ({
    page,
  }) => {
    const { forSam, withAlex } = await twoChatsOfAcme();
    const all = await openAllChats(page, ALEX.email);
    await all.row(forSam.name).getByText(SAM.name, { exact: true }).waitFor();
    await all.row(withAlex.name).getByText(ALEX.name, { exact: true }).waitFor();

    await all.filterByStatus('Requests');
    await all.row(forSam.name).getByText('Requests', { exact: true }).waitFor();
    await expect.poll(() => all.row(withAlex.name).count()).toBe(0);
    await all.filterByStatus('In Scheduling');
    await all.row(withAlex.name).waitFor();
    await expect.poll(() => all.row(forSam.name).count()).toBe(0);

    await all.filterByStatus('All statuses');
    await all.filterByRecruiter(SAM.name);
    await all.row(forSam.name).waitFor();
    await expect.poll(() => all.row(withAlex.name).count()).toBe(0);
    await all.filterByRecruiter(`${ALEX.name} (you)`);
    await all.row(withAlex.name).waitFor();
    await expect.poll(() => all.row(forSam.name).count()).toBe(0);

    // Sam's chat, opened and acted on by his colleague.
    await all.filterByRecruiter(SAM.name);
    await all.filterByStatus('Requests');
    const card = await all.open(forSam.name);
    await card.getByText(`Invited by ${ALEX.name}`, { exact: false }).waitFor();
    await card.getByText(SAM.name, { exact: true }).waitFor();
    const mailbox = new Mailbox().mark();
    const actions = new ChatMoreActions(page);
    await actions.choose(card, 'Cancel');
    await actions.submit(`Cancel the 1-1 chat with ${forSam.name}?`, 'Cancel chat', 'Sam is away that week.');
    await page.getByText('Cancelled', { exact: true }).first().waitFor();
    const mail = await mailbox.waitFor(forSam.email, /^Cancelled: 1-1 chat with Sam Lee/);
    expect(mail.text).toContain('Sam is away that week.');

    // Back in the list, as it was filtered: the chat has left Requests and shows under Cancelled.
    await all.backToList();
    expect(await page.getByRole('combobox', { name: 'Recruiter', exact: true }).inputValue()).toBe(SAM.name);
    await expect.poll(() => all.row(forSam.name).count()).toBe(0);
    await all.filterByStatus('Cancelled');
    await all.row(forSam.name).getByText('Cancelled', { exact: true }).waitFor();
  });
});
