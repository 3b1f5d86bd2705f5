import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { AllChatsPage } from './pages/AllChatsPage.js';
import { AvailabilityEditor } from './pages/AvailabilityEditor.js';
import { ChatMoreActions } from './pages/ChatMoreActions.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { EventFormPage } from './pages/EventFormPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MeetInPersonPage } from './pages/MeetInPersonPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { RoomPage } from './pages/RoomPage.js';
import { SupportConsolePage } from './pages/SupportConsolePage.js';
import { SupportDrawer } from './pages/SupportDrawer.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { TalentProfilesPage } from './pages/TalentProfilesPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { AccessibilitySweep } from './support/axe.js';
import { describe, test } from './support/browser.js';
import { approveChat, bookDemoChat, findEvent, requestChat, teamMember } from './support/chats-setup.js';
import { bookableNewcomer, newDemoTalent } from './support/newcomers.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const TAYLOR = { email: 'talent1@demo.parley.test', name: 'Taylor Kim' };
/** A talent no other browser test uses: requests Alex, so that Alex has a request to decline. */
const DANIEL = { email: 'talent18@demo.parley.test', name: 'Daniel Mensah' };
const SUPPORT_AGENT = 'support@demo.parley.test';

// The video room needs a camera and a microphone.
test.override('chromiumOptions', { scope: 'file' }, { fakeMedia: true });

/** Daniel's request to Alex, made once for the file (a second one would be refused). */
async function requestToAlex(): Promise<void> {
  const daniel = await ApiSession.login(DANIEL.email);
  try {
    const event = await findEvent(daniel, DEMO_EVENT);
    const alex = await ApiSession.login(ALEX.email);
    const { recruiter } = await teamMember(alex, event.id, ALEX.email);
    await alex.dispose();
    const { chats } = await daniel.get<{ chats: Chat[] }>(`/api/events/${event.id}/chats`);
    if (!chats.some((chat) => chat.recruiter.id === recruiter.id))
      await requestChat(daniel, { eventId: event.id, recruiterId: recruiter.id, answer: 'Drones.' });
  } finally {
    await daniel.dispose();
  }
}

describe('every screen passes axe-core (WCAG 2.1 AA, no serious or critical violation)', () => {
  test('before login: log in, forgot password', async ({ page }) => {
    const sweep = new AccessibilitySweep();
    const login = await new LoginPage(page).goto();
    await sweep.check(page, 'login');
    await login.login(ORGANIZER, 'wrong-password');
    await login.error.waitFor();
    await sweep.check(page, 'login with an error');
    await page.getByRole('link', { name: /forgot/i }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await sweep.check(page, 'forgot password');
    sweep.assertClean();
  });

  test('organizer: events, event setup, companies, talents, reports, notification log, announcements, new event, account, 404', async ({
    page,
  }) => {
    const sweep = new AccessibilitySweep();
    const events = await new LoginPage(page).loginAs(ORGANIZER);
    await sweep.check(page, 'events list');
    const event = await events.openEvent(DEMO_EVENT);
    for (const tab of [
      'Dashboard',
      'Event setup',
      'Companies',
      'Talents',
      'Reports',
      'Notification log',
      'Announcements',
    ]) {
      await event.openTab(tab);
      await page.getByRole('tabpanel').first().waitFor();
      await page.waitForLoadState('networkidle');
      await sweep.check(page, `organizer's ${tab} tab`);
    }
    await page.goto('/events/new');
    await new EventFormPage(page).waitUntilShown();
    await sweep.check(page, 'new event');
    await page.goto('/account');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await sweep.check(page, 'account');
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await sweep.check(page, 'page not found');
    sweep.assertClean();
  });

  test('recruiter: notifications, chats, decline, reschedule and cancel dialogs, manage, availability, all chats, a chat, talents, invite, schedule', async ({
    page,
  }) => {
    await requestToAlex();
    const sweep = new AccessibilitySweep();
    const events = await new LoginPage(page).loginAs(ALEX.email);
    await sweep.check(page, 'recruiter events list');
    // Daniel's request is among Alex's notifications.
    const bell = await new NotificationsBell(page).open();
    await bell.panel.getByRole('button').first().waitFor();
    await sweep.check(page, 'notifications panel');
    await page.keyboard.press('Escape');
    await bell.panel.waitFor({ state: 'hidden' });
    const event = await events.openEvent(DEMO_EVENT);
    const chats = await new ChatsRecruiterPage(page).waitUntilShown();
    const request = await chats.card('Requests', DANIEL.name);
    await sweep.check(page, 'recruiter 1-1 Chats, Requests');
    await request.getByRole('button', { name: 'Decline', exact: true }).click();
    const decline = page.getByRole('dialog', { name: `Decline request from ${DANIEL.name}`, exact: true });
    await decline.waitFor();
    await sweep.check(page, 'decline dialog');
    await decline.getByRole('button', { name: 'Cancel', exact: true }).click();
    await decline.waitFor({ state: 'detached' });

    const confirmed = await chats.card('Confirmed', TAYLOR.name);
    await sweep.check(page, 'recruiter 1-1 Chats, Confirmed');
    await new ChatMoreActions(page).choose(confirmed, 'Reschedule');
    const reschedule = page.getByRole('dialog').filter({ hasText: 'Reschedule' }).first();
    await reschedule.waitFor();
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'reschedule dialog');
    await page.keyboard.press('Escape');
    await reschedule.waitFor({ state: 'detached' });
    await new ChatMoreActions(page).choose(confirmed, 'Cancel');
    const cancel = page.getByRole('dialog').filter({ hasText: 'Cancel' }).first();
    await cancel.waitFor();
    await sweep.check(page, 'cancel dialog');
    await page.keyboard.press('Escape');
    await cancel.waitFor({ state: 'detached' });

    const manage = await chats.manage();
    await sweep.check(page, 'Manage 1-1 Chats');
    await manage.openCalendar(ALEX.name);
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'availability editor');
    await new AvailabilityEditor(page).backToOverview();
    await manage.allChats();
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'All 1-1 Chats');
    await new AllChatsPage(page).open(TAYLOR.name);
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'a chat of All 1-1 Chats');

    await event.openTab('Talent Profiles');
    const profiles = new TalentProfilesPage(page);
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'Talent Profiles');
    const profile = await profiles.openProfile(TAYLOR.name);
    await sweep.check(page, 'talent profile drawer');
    const invite = await profiles.invite(profile, TAYLOR.name);
    await sweep.check(page, 'invite dialog');
    await invite.chooseEvent(DEMO_EVENT);
    await invite.dialog.getByRole('combobox', { name: 'Chat with', exact: true }).click();
    // Alex already has a chat with Taylor (the demo's), so the invitation goes on Sam's behalf.
    await page.getByRole('option', { name: /^Sam Lee\b/ }).click();
    await invite.continueToTimeSelection();
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'invite dialog, time selection');
    await page.keyboard.press('Escape');

    await event.openTab('My Schedule');
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'recruiter My Schedule');
    await page.goto('/account');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await sweep.check(page, 'recruiter account');
    sweep.assertClean();
  });

  test('talent: chats, schedule, profile, support drawer, the video room before and in the call', async ({
    page,
  }) => {
    const sweep = new AccessibilitySweep();
    await RoomPage.instrument(page);
    const events = await new LoginPage(page).loginAs(TAYLOR.email);
    const event = await events.openEvent(DEMO_EVENT);
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'talent 1-1 Chats');
    await event.openTab('My Schedule');
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'talent My Schedule');
    await new SupportDrawer(page).openFromHeader();
    await sweep.check(page, 'support drawer');
    await page.keyboard.press('Escape');
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'talent profile');

    const api = await ApiSession.login(TAYLOR.email);
    const demo = await findEvent(api, DEMO_EVENT);
    const { chats } = await api.get<{ chats: Chat[] }>(`/api/events/${demo.id}/chats`);
    await api.dispose();
    const chat = chats.find((c) => c.recruiter.name === ALEX.name && c.state === 'confirmed')!;
    const room = await new RoomPage(page).goto(chat.id);
    await room.joinNow.waitFor();
    await sweep.check(page, 'room before joining');
    await room.join();
    await sweep.check(page, 'room in the call');
    await room.leave.click();
    sweep.assertClean();
  });

  test('a new talent: home, request dialog, slot picker, and the in-person meeting page', async ({
    page,
  }) => {
    // A talent of their own with an in-person chat booked with Alex, and a request a new recruiter approved, so a
    // time is to pick.
    let picker = '';
    let askable = '';
    const talent = await newDemoTalent('Axel');
    const inPerson = await bookDemoChat({
      event: DEMO_EVENT,
      talentEmail: talent.email,
      recruiterEmail: ALEX.email,
      pick: (free) => free.days.find((day) => day.mode === 'in_person')!.slots.at(-1)!,
    });
    const api = await ApiSession.login(talent.email);
    try {
      const event = await findEvent(api, DEMO_EVENT);
      const newcomer = await bookableNewcomer(event);
      const chat = await requestChat(api, { eventId: event.id, recruiterId: newcomer.id });
      const approver = await ApiSession.login(newcomer.email);
      await approveChat(approver, chat.id);
      await approver.dispose();
      picker = newcomer.name;
      // A recruiter of the talent's own to ask, whatever other files did with the demo recruiters' slots.
      askable = (await bookableNewcomer(event)).name;
    } finally {
      await api.dispose();
    }

    const sweep = new AccessibilitySweep();
    const home = await new LoginPage(page).loginAs(talent.email);
    await home.chatIn('Pick a time', picker).waitFor();
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'talent home');
    await home.openEvent(DEMO_EVENT);
    const chats = await new TalentChatsPage(page).waitUntilShown();
    await chats.recruiter(askable).getByRole('button', { name: 'Request 1-1 Chat', exact: true }).click();
    const request = chats.requestDialog(askable);
    await request.waitFor();
    await sweep.check(page, 'request dialog');
    await page.keyboard.press('Escape');
    await request.waitFor({ state: 'detached' });
    await chats.pickTimeSlot(picker);
    await page.waitForLoadState('networkidle');
    await sweep.check(page, 'slot picker');
    await page.keyboard.press('Escape');

    await page.goto(`/meet/${inPerson.id}`);
    await new MeetInPersonPage(page).waitUntilShown();
    await sweep.check(page, 'meet in person');
    sweep.assertClean();
  });

  test('support agent: console and a conversation', async ({ page }) => {
    const talent = await ApiSession.login(DANIEL.email);
    await talent.post('/api/support/messages', { body: 'My camera does not start.' });
    await talent.dispose();
    const sweep = new AccessibilitySweep();
    await new LoginPage(page).loginAs(SUPPORT_AGENT);
    const console = await new SupportConsolePage(page).openFromHeader();
    await sweep.check(page, 'support console');
    await console.open(DANIEL.name);
    await sweep.check(page, 'support conversation');
    sweep.assertClean();
  });
});
