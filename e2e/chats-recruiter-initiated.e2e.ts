import type { Page } from 'playwright-core';
import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { ChatMoreActions } from './pages/ChatMoreActions.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { EventSetupTab } from './pages/EventSetupTab.js';
import type { RequestPolicy } from './pages/EventFormPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { SlotPicker, TalentChatsPage } from './pages/TalentChatsPage.js';
import { TalentProfilesPage } from './pages/TalentProfilesPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { bookDemoChat, dayName, findEvent, teamMember, zonedInstant } from './support/chats-setup.js';
import { parseCalendar } from './support/ics.js';
import { Mailbox, type ReceivedMail } from './support/mail.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };
const GABI = { email: 'talent7@demo.parley.test', name: 'Gabi Rossi' };
const FRAN = { email: 'talent6@demo.parley.test', name: 'Fran Okafor' };
const SOFIA = { email: 'talent12@demo.parley.test', name: 'Sofia Lindqvist' };

let event: Event;
let day3: Event['days'][number];

async function demoEvent(): Promise<Event> {
  if (!event) {
    const api = await ApiSession.login(ORGANIZER);
    event = await findEvent(api, DEMO_EVENT);
    await api.dispose();
    day3 = event.days[2]!;
  }
  return event;
}

async function openTab(page: Page, email: string, tab: string): Promise<void> {
  const events = await new LoginPage(page).loginAs(email);
  const eventPage = await events.openEvent(DEMO_EVENT);
  await eventPage.openTab(tab);
}

async function talentChats(page: Page, email: string): Promise<TalentChatsPage> {
  await openTab(page, email, '1-1 Chats');
  return new TalentChatsPage(page).waitUntilShown();
}

async function recruiterChats(page: Page, email: string): Promise<ChatsRecruiterPage> {
  await openTab(page, email, '1-1 Chats');
  return new ChatsRecruiterPage(page).waitUntilShown();
}

/** The signed-in browser's own CSRF token, as the web client holds it, for a request outside the UI. */
async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get('/api/auth/session');
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

function calendarOf(mail: ReceivedMail) {
  const part = mail.parts.find((p) => p.type === 'text/calendar');
  if (!part) throw new Error(`no calendar in “${mail.subject}”`);
  return parseCalendar(part.bytes);
}

/** A date as the reschedule dialog names a day of free slots: `Friday, 6 December 2030`. */
function longDayName(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Live updates must arrive without a reload, within a few seconds. */
const LIVE = { timeout: 5_000 };

/** The chat the first test books and the second one changes. */
let bookedChatId: string | undefined;

describe('recruiter-initiated 1-1 chats', () => {
  test('Sam invites Gabi on behalf of his colleague Alex; Gabi gets the email, sees who sent it, and books a slot with Alex', async ({
    openPage,
  }) => {
    await demoEvent();
    const mailbox = new Mailbox().mark();
    const samPage = await openPage();
    await openTab(samPage, SAM.email, 'Talent Profiles');
    const profiles = new TalentProfilesPage(samPage);
    const profile = await profiles.openProfile(GABI.name);
    const invite = await profiles.invite(profile, GABI.name);
    expect(await invite.event.inputValue()).toBe(DEMO_EVENT);
    await invite.chooseEvent(DEMO_EVENT);
    await invite.chatWith(ALEX.name);
    await invite.continueToTimeSelection();
    // Alex's calendar, with his open slots, is what Gabi will pick from.
    const alexDay = invite.day(dayName(day3.date));
    await alexDay.getByRole('button', { name: '14:00', exact: true, pressed: true }).waitFor();
    const message = 'Alex leads our perception team and would love to hear about your thesis.';
    await invite.attachMessage(message);
    await invite.send();

    const mail = await mailbox.waitFor(GABI.email, /^Alex Morgan invites you to a 1-1 chat$/);
    expect(mail.text).toContain(`${SAM.name}, a colleague, sent this invitation on ${ALEX.name}'s behalf.`);
    expect(mail.text).toContain(message);

    const gabiPage = await openPage();
    const gabi = await talentChats(gabiPage, GABI.email);
    const invitation = await gabi.card('Requests', ALEX.name);
    await invitation.getByText(`Invitation sent by ${SAM.name} on behalf of ${ALEX.name}.`).waitFor();
    await invitation.getByText(`Message from ${SAM.name}`, { exact: true }).waitFor();
    await invitation.getByText(message).waitFor();
    await invitation.getByRole('button', { name: 'Pick a Time Slot', exact: true }).click();
    const picker = new SlotPicker(gabiPage, ALEX.name);
    await picker.choose(dayName(day3.date), '14:00');
    await picker.confirmButton.click();
    await picker.dialog.waitFor({ state: 'detached' });
    const booked = await gabi.card('Confirmed', ALEX.name);
    await booked
      .getByText(/14:00–14:20/)
      .first()
      .waitFor();

    const chats = (await (await gabiPage.request.get(`/api/events/${event.id}/chats`)).json()) as {
      chats: Chat[];
    };
    bookedChatId = chats.chats.find((c) => c.recruiter.name === ALEX.name && c.state === 'confirmed')?.id;
    expect(bookedChatId).toBeDefined();
  });

  test('Alex lets Gabi pick again, Gabi rebooks and then cancels; Alex’s email cancels the calendar entry, and the old slot link is refused', async ({
    openPage,
  }) => {
    await demoEvent();
    expect(bookedChatId, 'runs after the invitation test, which books the chat').toBeDefined();
    const actions = (page: Page) => new ChatMoreActions(page);

    const alexPage = await openPage();
    const alex = await recruiterChats(alexPage, ALEX.email);
    const gabiPage = await openPage();
    const gabi = await talentChats(gabiPage, GABI.email);
    await (await gabi.card('Confirmed', ALEX.name)).waitFor();

    const confirmedForAlex = await alex.card('Confirmed', GABI.name);
    await actions(alexPage).choose(confirmedForAlex, 'Reschedule');
    await actions(alexPage).submit(
      `Reschedule the 1-1 chat with ${GABI.name}`,
      'Let the talent pick again',
      'Something came up at 14:00, sorry.',
    );

    // Gabi's page was open all along: the chat moves back to In Scheduling by itself.
    await gabi.openTab('In Scheduling');
    await gabi.panel('In Scheduling').getByRole('listitem', { name: ALEX.name, exact: true }).waitFor(LIVE);
    let mailbox = new Mailbox().mark();
    const picker = await gabi.pickTimeSlot(ALEX.name);
    await picker.choose(dayName(day3.date), '14:40');
    await picker.confirmButton.click();
    await picker.dialog.waitFor({ state: 'detached' });
    const rebooked = await gabi.card('Confirmed', ALEX.name);
    await rebooked
      .getByText(/14:40–15:00/)
      .first()
      .waitFor();
    const confirmation = calendarOf(
      await mailbox.waitFor(ALEX.email, /^Confirmed: 1-1 chat with Gabi Rossi/),
    );

    mailbox = new Mailbox().mark();
    await actions(gabiPage).choose(rebooked, 'Cancel');
    await actions(gabiPage).submit(
      `Cancel the 1-1 chat with ${ALEX.name}?`,
      'Cancel chat',
      'I accepted another offer.',
    );
    await rebooked.waitFor({ state: 'detached' });

    const cancelled = await mailbox.waitFor(ALEX.email, /^Cancelled: 1-1 chat with Gabi Rossi/);
    expect(cancelled.text).toContain('I accepted another offer.');
    const calendar = calendarOf(cancelled);
    expect(calendar.properties.get('METHOD')).toBe('CANCEL');
    expect(calendar.event.get('UID')).toEqual(confirmation.event.get('UID'));
    expect(Number(calendar.event.get('SEQUENCE')![0])).toBeGreaterThan(
      Number(confirmation.event.get('SEQUENCE')![0]),
    );

    // An old "pick a slot" page or link cannot bring the cancelled chat back.
    const revival = await gabiPage.request.post(`/api/chats/${bookedChatId}/confirm`, {
      data: { startsAt: zonedInstant(day3.date, '15:00', event.timeZone).toISOString() },
      headers: { 'x-csrf-token': await csrfToken(gabiPage) },
    });
    expect(revival.status()).toBe(409);
  });

  test('Alex moves Sofia’s chat with a message, which Sofia reads on the card and in its history; Alex then cancels with a message, and Sofia finds the chat under Declined, labelled Cancelled', async ({
    openPage,
  }) => {
    await demoEvent();
    await bookDemoChat({
      event: DEMO_EVENT,
      talentEmail: SOFIA.email,
      recruiterEmail: ALEX.email,
      pick: (free) => free.days.find((d) => d.date === day3.date)!.slots.find((s) => s.label === '16:00')!,
    });
    const actions = (page: Page) => new ChatMoreActions(page);
    const alexPage = await openPage();
    const alex = await recruiterChats(alexPage, ALEX.email);
    const sofiaPage = await openPage();
    const sofia = await talentChats(sofiaPage, SOFIA.email);

    const moveMessage = 'A panel runs late: could we meet twenty minutes later?';
    await actions(alexPage).choose(await alex.card('Confirmed', SOFIA.name), 'Reschedule');
    await actions(alexPage).moveTo(
      `Reschedule the 1-1 chat with ${SOFIA.name}`,
      moveMessage,
      longDayName(day3.date),
      '16:20',
    );

    const moved = await sofia.card('Confirmed', ALEX.name);
    await moved
      .getByText(/16:20–16:40/)
      .first()
      .waitFor(LIVE);
    await moved.getByText('Latest message', { exact: true }).waitFor();
    await moved.getByText(moveMessage).waitFor();
    const showHistory = moved.getByRole('button', { name: 'Show history', exact: true });
    expect(await showHistory.getAttribute('aria-expanded')).toBe('false');
    await showHistory.click();
    const history = moved.getByRole('list', { name: 'History', exact: true });
    const moveEntry = history.getByRole('listitem').filter({ hasText: 'moved the chat to a new time' });
    await moveEntry.getByText(moveMessage).waitFor();
    expect(await moveEntry.textContent()).toContain(ALEX.name);
    expect(await history.getByRole('listitem').first().textContent()).toContain('requested the chat');

    const cancelMessage = 'The role was filled this morning, sorry.';
    await actions(alexPage).choose(await alex.card('Confirmed', SOFIA.name), 'Cancel');
    await actions(alexPage).submit(`Cancel the 1-1 chat with ${SOFIA.name}?`, 'Cancel chat', cancelMessage);
    await moved.waitFor({ state: 'detached', ...LIVE });

    const cancelled = await sofia.card('Declined', ALEX.name);
    await cancelled.getByText('Cancelled', { exact: true }).waitFor();
    await cancelled.getByText(`Cancelled by ${ALEX.name} on`, { exact: false }).waitFor();
    await cancelled.getByText(cancelMessage).waitFor();
    // Alex finds it under Declined too.
    const forAlex = await alex.card('Declined', SOFIA.name);
    await forAlex.getByText('Cancelled', { exact: true }).waitFor();
    await forAlex.getByText(cancelMessage).waitFor();
  });

  test('when only talents may request chats, Sam can no longer invite, neither from a profile nor through the API', async ({
    openPage,
  }) => {
    const { id } = await demoEvent();
    const organizerPage = await openPage();
    await openTab(organizerPage, ORGANIZER, 'Event setup');
    const setup = await new EventSetupTab(organizerPage).waitUntilShown();
    const organizer = await ApiSession.login(ORGANIZER);
    const setPolicy = async (policy: RequestPolicy, saved: Event['requestPolicy']) => {
      await organizerPage
        .getByRole('radiogroup', { name: 'Who may send requests' })
        .getByRole('radio', { name: policy, exact: true })
        .check();
      await setup.submit('Save changes');
      await expect
        .poll(async () => (await organizer.get<Event>(`/api/events/${id}`)).requestPolicy)
        .toBe(saved);
    };
    try {
      await setPolicy('Talents may request chats', 'talents');

      const samPage = await openPage();
      await openTab(samPage, SAM.email, 'Talent Profiles');
      const profiles = new TalentProfilesPage(samPage);
      const profile = await profiles.openProfile(FRAN.name);
      expect(await profile.getByRole('button', { name: 'Request 1-1 Chat', exact: true }).count()).toBe(0);

      const talentId = profiles.talentId();
      const sam = await ApiSession.login(SAM.email);
      const alex = await teamMember(sam, id, ALEX.email);
      await sam.dispose();
      const refused = await samPage.request.post(`/api/events/${id}/invitations`, {
        data: { talentId, recruiterId: alex.recruiter.id },
        headers: { 'x-csrf-token': await csrfToken(samPage) },
      });
      expect(refused.status(), await refused.text()).toBe(403);
    } finally {
      await setPolicy('Both: talents request and recruiters invite', 'both');
      await organizer.dispose();
    }
  });
});
