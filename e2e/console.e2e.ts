import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { ConsoleWatch } from './support/console.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
/** A talent no other browser test uses. */
const WEI = { email: 'talent20@demo.parley.test', name: 'Wei Chen' };

async function requestToAlex(): Promise<Chat> {
  const wei = await ApiSession.login(WEI.email);
  const alex = await ApiSession.login(ALEX.email);
  try {
    const event = await findEvent(wei, DEMO_EVENT);
    const { recruiter } = await teamMember(alex, event.id, ALEX.email);
    return await requestChat(wei, { eventId: event.id, recruiterId: recruiter.id, answer: 'Sensors.' });
  } finally {
    await wei.dispose();
    await alex.dispose();
  }
}

describe('the console stays clean for answers the page expects and shows', () => {
  test('logging in, opening the event and a refused decline log no error', async ({ page }) => {
    const chat = await requestToAlex();
    const console = new ConsoleWatch(page);

    const events = await new LoginPage(page).loginAs(ALEX.email);
    const event = await events.openEvent(DEMO_EVENT);
    const chats = await new ChatsRecruiterPage(page).waitUntilShown();
    const card = await chats.card('Requests', WEI.name);
    await card.getByRole('button', { name: 'Decline', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Decline request from ${WEI.name}`, exact: true });
    // A control character no keyboard types, but a paste can bring: the server refuses it, and the dialog says so
    // under the field.
    await dialog.getByRole('textbox', { name: 'Message', exact: true }).fill('Sorry\u0007');
    console.expectAnswer(400, new RegExp(`^/api/chats/${chat.id}/decline$`));
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    // The refusal is about the message, so it is shown under that field.
    await dialog.locator('textarea[aria-invalid="true"]').waitFor();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    await event.logOut();
    await page.goto('/');
    await new LoginPage(page).heading.waitFor();
    await page.reload();
    await new LoginPage(page).heading.waitFor();
    expect(console.unexpected()).toEqual([]);
  });
});
