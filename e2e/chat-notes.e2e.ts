import { LoginPage } from './pages/LoginPage.js';
import { RoomPage } from './pages/RoomPage.js';
import { runTag } from './support/accounts.js';
import { AccessibilitySweep } from './support/axe.js';
import { describe, expect, test } from './support/browser.js';
import { demoRoomChat } from './support/chats-setup.js';
import { field } from './support/locators.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
/** Alex's colleague at the same company. */
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };

test.override('chromiumOptions', { scope: 'file' }, { fakeMedia: true });

describe("a chat's notes, rating and next step", () => {
  test('written in the room by the recruiter, seen afterwards by a colleague on the chat page', async ({
    openPage,
  }) => {
    const chat = await demoRoomChat();
    const note = `Strong in Rust, wants to move to Berlin (${runTag()})`;

    const alexPage = await openPage();
    await RoomPage.instrument(alexPage);
    await new LoginPage(alexPage).loginAs(ALEX.email);
    const room = new RoomPage(alexPage);
    await room.goto(chat.id);
    await expect.poll(() => room.joinNow.isEnabled(), { timeout: 15_000 }).toBe(true);
    await room.join();
    await alexPage.getByRole('tab', { name: 'Notes' }).click();
    const panel = alexPage.getByRole('tabpanel', { name: 'Notes' });
    await field(panel, 'New note').fill(note);
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.getByText(note).waitFor();
    await field(panel, 'Rating').selectOption('4');
    await expect.poll(() => panel.getByText(`Rated by ${ALEX.name}`).count()).toBe(1);
    await field(panel, 'Next step').selectOption({ label: 'Invite to interview' });
    await expect.poll(() => field(panel, 'Next step').inputValue()).toBe('invite_to_interview');
    await expect.poll(() => panel.getByText(`Last changed by ${ALEX.name}`).count()).toBe(1);
    const sweep = new AccessibilitySweep();
    await sweep.check(alexPage, "the room's Notes tab");

    const samPage = await openPage();
    await new LoginPage(samPage).loginAs(SAM.email);
    await samPage.goto(`/events/${chat.eventId}/chats/all/${chat.id}`);
    await samPage.getByRole('heading', { name: 'Notes' }).waitFor();
    const article = samPage.getByRole('article').filter({ hasText: note });
    await article.getByText(ALEX.name).waitFor();
    // A colleague's note is read-only.
    expect(await article.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await field(samPage, 'Rating').inputValue()).toBe('4');
    await samPage.getByText(`Rated by ${ALEX.name}`).waitFor();
    expect(await field(samPage, 'Next step').inputValue()).toBe('invite_to_interview');
    await sweep.check(samPage, "the chat page's notes");
    sweep.assertClean();
  });
});
