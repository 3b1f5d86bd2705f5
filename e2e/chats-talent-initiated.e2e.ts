import type { Page } from 'playwright-core';
import type { Event } from '../src/shared/schemas/events.schemas.js';
import { ChatsRecruiterPage } from './pages/ChatsRecruiterPage.js';
import { CompaniesTab } from './pages/CompaniesTab.js';
import type { EventPage } from './pages/EventPage.js';
import { EventsPage } from './pages/EventsPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { type SlotPicker, TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import {
  approveChat,
  bookDemoChat,
  confirmAvailability,
  createEventInAWeek,
  dayName,
  findEvent,
  openSlots,
  requestChat,
  teamMember,
  zonedInstant,
} from './support/chats-setup.js';
import { parseCalendar, utcDateTime } from './support/ics.js';
import { Mailbox } from './support/mail.js';
import { field } from './support/locators.js';
import { newDemoTalent } from './support/newcomers.js';
import { recruiterWithOneSlot } from './support/waitlist-setup.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };
const JORDAN = { email: 'recruiter3@demo.parley.test', name: 'Jordan Patel' };
const ROBIN = { email: 'talent2@demo.parley.test', name: 'Robin Weber' };
const CHRIS = { email: 'talent3@demo.parley.test', name: 'Chris Novak' };
const FRAN = { email: 'talent6@demo.parley.test', name: 'Fran Okafor' };
const RACERS = [
  { email: 'talent4@demo.parley.test', name: 'Dana Costa' },
  { email: 'talent5@demo.parley.test', name: 'Eli Schmidt' },
];
/** recruiter1's question in the demo data. */
const ALEX_QUESTION = 'Which robot or hardware project are you proudest of?';

/** What Sam sets up in the first test, or what the API sets up when a later test runs alone. */
const SAM_SETUP = {
  durationMinutes: 20,
  day3Slots: ['10:00', '10:20', '11:00'],
  details: {
    backgrounds: ['Mechanical Engineering'],
    languages: ['English', 'French'],
    topics: ['Motion control', 'Hiring process'],
    customQuestion: 'Which motor or actuator have you tuned yourself?',
  },
};

let event: Event;
let day2: Event['days'][number];
let day3: Event['days'][number];

async function demoEvent(): Promise<Event> {
  if (!event) {
    const api = await ApiSession.login(ORGANIZER);
    event = await findEvent(api, DEMO_EVENT);
    await api.dispose();
    [, day2, day3] = event.days as [Event['days'][number], Event['days'][number], Event['days'][number]];
  }
  return event;
}

/** Lets a test run alone: Sam's availability as the first test leaves it, unless it is there already. */
async function ensureSamConfirmed(): Promise<void> {
  const { id } = await demoEvent();
  const api = await ApiSession.login(SAM.email);
  const sam = await teamMember(api, id, SAM.email);
  if (!sam.confirmed) {
    await openSlots(api, {
      eventId: id,
      recruiterId: sam.recruiter.id,
      dayId: day3.id,
      durationMinutes: SAM_SETUP.durationMinutes,
      labels: SAM_SETUP.day3Slots,
    });
    await confirmAvailability(api, {
      eventId: id,
      recruiterId: sam.recruiter.id,
      details: SAM_SETUP.details,
    });
  }
  await api.dispose();
}

async function openChatsTab(page: Page, email: string): Promise<EventPage> {
  const events = await new LoginPage(page).loginAs(email);
  const eventPage = await events.openEvent(DEMO_EVENT);
  await eventPage.openTab('1-1 Chats');
  return eventPage;
}

async function recruiterChats(page: Page, email: string): Promise<ChatsRecruiterPage> {
  await openChatsTab(page, email);
  return new ChatsRecruiterPage(page).waitUntilShown();
}

async function talentChats(page: Page, email: string): Promise<TalentChatsPage> {
  await openChatsTab(page, email);
  return new TalentChatsPage(page).waitUntilShown();
}

/** Live updates must arrive without a reload, within a few seconds. */
const LIVE = { timeout: 5_000 };

describe('talent-initiated 1-1 chats', () => {
  test('Sam sets up and confirms his availability, then changes his colleague Alex’s calendar', async ({
    page,
  }) => {
    await demoEvent();
    const chats = await recruiterChats(page, SAM.email);
    const overview = await chats.manage();
    await overview.member(SAM.name).waitFor();
    await overview.member(ALEX.name).waitFor();
    // Alex confirmed in the demo data; only Sam still needs setting up.
    expect(await overview.status(ALEX.name)).toBe('Confirmed');
    expect(await overview.setUpButton(ALEX.name).count()).toBe(0);
    expect(await overview.status(SAM.name)).toBe('Not set up');

    const editor = await overview.setUpAvailability(SAM.name);
    const third = editor.day(dayName(day3.date));
    await expect.poll(() => editor.duration(third).inputValue()).toBe('15 minutes');
    await editor.chooseDuration(third, SAM_SETUP.durationMinutes);
    await editor.slot(third, '09:20').waitFor();
    for (const label of SAM_SETUP.day3Slots) {
      const slot = editor.slot(third, label);
      expect(await editor.isOpen(slot)).toBe(false);
      await slot.click();
      await expect.poll(() => editor.isOpen(slot)).toBe(true);
    }
    await editor.waitSaved(third);
    expect(await editor.isOpen(editor.slot(third, '09:00'))).toBe(false);

    const second = editor.day(dayName(day2.date));
    await editor.selectAll(second);
    const secondSlots = second.getByRole('button', { name: /^\d\d:\d\d$/ });
    expect(await secondSlots.count()).toBe(24); // 09:00–17:00 in 20 minutes
    for (const pressed of await secondSlots.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('aria-pressed')),
    ))
      expect(pressed).toBe('true');

    await editor.fillDetails(SAM_SETUP.details);
    await editor.confirm();

    // Saved on the server, not only on the screen.
    await page.reload();
    await editor.waitUntilShown(SAM.name);
    expect(await editor.isOpen(editor.slot(third, '10:20'))).toBe(true);
    expect(await editor.isOpen(editor.slot(third, '09:40'))).toBe(false);
    await editor.confirmedStatus.waitFor();
    expect(await page.getByRole('textbox', { name: 'Custom question', exact: true }).inputValue()).toBe(
      SAM_SETUP.details.customQuestion,
    );

    // A colleague's calendar: Sam closes one of Alex's slots and opens it again.
    const back = await editor.backToOverview();
    expect(await back.setUpButton(SAM.name).count()).toBe(0);
    await expect.poll(() => back.status(SAM.name)).toBe('Confirmed');
    const alex = await back.openCalendar(ALEX.name);
    const alexDay = alex.day(dayName(day3.date));
    const alexSlot = alex.slot(alexDay, '16:40');
    expect(await alex.isOpen(alexSlot)).toBe(true);
    await alexSlot.click();
    await expect.poll(() => alex.isOpen(alexSlot)).toBe(false);
    await alex.waitSaved(alexDay);
    await page.reload();
    await alex.waitUntilShown(ALEX.name);
    expect(await alex.isOpen(alexSlot)).toBe(false);
    await alexSlot.click();
    await expect.poll(() => alex.isOpen(alexSlot)).toBe(true);
    await alex.waitSaved(alexDay);
  });

  test('Robin requests Sam, Sam approves live, Robin books a slot, both see it confirmed, and Robin gets a valid .ics over SMTP', async ({
    openPage,
  }) => {
    await demoEvent();
    await ensureSamConfirmed();
    const mailbox = new Mailbox().mark();
    const samPage = await openPage();
    const sam = await recruiterChats(samPage, SAM.email);
    await sam.openTab('Requests');

    const robin = await talentChats(await openPage(), ROBIN.email);
    await robin.recruiter(SAM.name).waitFor();
    const answer = 'The stepper drivers of my 3D printer, tuned by ear and oscilloscope.';
    await robin.request(SAM.name, { question: SAM_SETUP.details.customQuestion, text: answer });
    const requested = await robin.card('Requests', SAM.name);
    await requested.waitFor();

    // Sam's page was open all along: the request appears by itself.
    const request = sam.panel('Requests').getByRole('article', { name: ROBIN.name, exact: true });
    await request.waitFor(LIVE);
    await request.getByText(answer).waitFor();
    await sam.approve(ROBIN.name);

    await requested.waitFor({ state: 'detached', ...LIVE });
    const picker = await robin.pickTimeSlot(SAM.name);
    await picker.choose(dayName(day3.date), '10:00');
    await picker.confirmButton.click();
    await picker.dialog.waitFor({ state: 'detached' });
    const booked = await robin.card('Confirmed', SAM.name);
    await booked.waitFor();
    await booked
      .getByText(/10:00–10:20/)
      .first()
      .waitFor();

    const confirmed = await sam.card('Confirmed', ROBIN.name);
    await confirmed.waitFor(LIVE);
    const editor = await (await sam.manage()).openCalendar(SAM.name);
    const slot = editor.slot(editor.day(dayName(day3.date)), '10:00');
    expect(await slot.isDisabled()).toBe(true);
    expect(await editor.isOpen(slot)).toBe(false);
    expect(await editor.isOpen(editor.slot(editor.day(dayName(day3.date)), '10:20'))).toBe(true);

    const mail = await mailbox.waitFor(ROBIN.email, /^Confirmed: 1-1 chat with Sam Lee/);
    const calendarParts = mail.parts.filter((part) => part.type === 'text/calendar');
    expect(calendarParts).toHaveLength(1);
    const inline = calendarParts[0]!;
    expect(inline.params.method).toBe('REQUEST');
    const calendar = parseCalendar(inline.bytes);
    expect(calendar.properties.get('VERSION')).toBe('2.0');
    expect(calendar.properties.get('METHOD')).toBe('REQUEST');
    const [uid] = calendar.event.get('UID')!;
    expect(uid).toMatch(/\S+@\S+/);
    expect(calendar.event.get('SEQUENCE')?.[0]).toMatch(/^\d+$/);
    const start = zonedInstant(day3.date, '10:00', event.timeZone);
    expect(utcDateTime(calendar.event.get('DTSTART')![0]!)).toEqual(start);
    expect(utcDateTime(calendar.event.get('DTEND')![0]!)).toEqual(new Date(start.getTime() + 20 * 60_000));
    utcDateTime(calendar.event.get('DTSTAMP')![0]!);
    expect(
      calendar.event.get('ATTENDEE')!.some((a) => a.toLowerCase().endsWith(`mailto:${ROBIN.email}`)),
    ).toBe(true);
    // The invite.ics attachment carries the same invitation; base64 keeps its bytes exactly as the app wrote them.
    const attachment = mail.parts.find((part) => part.params.name === 'invite.ics');
    expect(attachment?.disposition).toBe('attachment');
    expect(parseCalendar(attachment!.bytes).event.get('UID')).toEqual([uid]);
    expect(attachment!.text).toBe(inline.text);
    // Sam's copy is the same calendar entry.
    const samMail = await mailbox.waitFor(SAM.email, /^Confirmed: 1-1 chat with Robin Weber/);
    const samCalendar = parseCalendar(samMail.parts.find((part) => part.type === 'text/calendar')!.bytes);
    expect(samCalendar.event.get('UID')).toEqual([uid]);
  });

  test('Alex declines Chris with a message and suggests Sam; Chris sees both and requests Sam in one click', async ({
    openPage,
  }) => {
    await demoEvent();
    await ensureSamConfirmed();
    const chris = await talentChats(await openPage(), CHRIS.email);
    await chris.request(ALEX.name, {
      question: ALEX_QUESTION,
      text: 'A line-following robot for a school fair.',
    });
    const requested = await chris.card('Requests', ALEX.name);
    await requested.waitFor();

    const alex = await recruiterChats(await openPage(), ALEX.email);
    const message = 'Our perception roles are filled, but Sam hires for motion control.';
    await alex.decline(CHRIS.name, { message, suggest: SAM.name });
    const declinedForAlex = await alex.card('Declined', CHRIS.name);
    await declinedForAlex.getByText(message).waitFor();

    await requested.waitFor({ state: 'detached', ...LIVE });
    const declined = await chris.card('Declined', ALEX.name);
    await declined.getByText(message).waitFor();
    await declined.getByText(/suggests talking to their colleague Sam Lee/).waitFor();
    await declined.getByRole('button', { name: `Request 1-1 Chat with ${SAM.name}`, exact: true }).click();
    await chris.sendRequest(SAM.name, {
      question: SAM_SETUP.details.customQuestion,
      text: 'The servo of a robot arm kit.',
    });
    await (await chris.card('Requests', SAM.name)).waitFor();
  });

  test('a decline needs a message: an empty one is refused on the field, a ready-made reason reaches the talent', async ({
    openPage,
  }) => {
    // An event of its own: a request only this test answers.
    const { name, event: fair } = await createEventInAWeek('Decline Fair');
    const recruiter = await recruiterWithOneSlot(fair, name);
    const talent = await newDemoTalent('Dara', name);
    const api = await ApiSession.login(talent.email);
    await requestChat(api, { eventId: fair.id, recruiterId: recruiter.id });
    await api.dispose();

    const recruiterPage = await openPage();
    await (await new LoginPage(recruiterPage).loginAs(recruiter.email)).openEvent(name);
    const chats = await new ChatsRecruiterPage(recruiterPage).waitUntilShown();
    const card = await chats.card('Requests', talent.name);
    await card.getByRole('button', { name: 'Decline', exact: true }).click();
    const dialog = recruiterPage.getByRole('dialog', {
      name: `Decline request from ${talent.name}`,
      exact: true,
    });
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    const message = dialog.getByRole('textbox', { name: 'Message', exact: true });
    await expect.poll(() => message.getAttribute('aria-invalid')).toBe('true');
    await dialog
      .getByText('Write a short reason for the talent, or choose one of the ready-made reasons.', {
        exact: true,
      })
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor();

    const reason = 'No free slots left';
    await chats.decline(talent.name, { reason });
    const talentPage = await openPage();
    await (await new LoginPage(talentPage).loginAs(talent.email)).openEvent(name);
    const talentChats = new TalentChatsPage(talentPage);
    await talentChats.waitUntilShown();
    const declined = await talentChats.card('Declined', recruiter.name);
    await declined.getByText(reason).waitFor();
  });

  test('two talents race for Jordan’s last free slot: one gets it, the other is told and sees the slots refreshed', async ({
    openPage,
  }) => {
    const { id } = await demoEvent();
    const jordan = await ApiSession.login(JORDAN.email);
    const me = await teamMember(jordan, id, JORDAN.email);
    await openSlots(jordan, {
      eventId: id,
      recruiterId: me.recruiter.id,
      dayId: day3.id,
      durationMinutes: 30,
      labels: ['11:00'],
    });
    await confirmAvailability(jordan, { eventId: id, recruiterId: me.recruiter.id, details: {} });
    for (const talent of RACERS) {
      const api = await ApiSession.login(talent.email);
      const chat = await requestChat(api, { eventId: id, recruiterId: me.recruiter.id });
      await approveChat(jordan, chat.id);
      await api.dispose();
    }
    await jordan.dispose();

    const racers: { chats: TalentChatsPage; picker: SlotPicker }[] = [];
    for (const talent of RACERS) {
      const chats = await talentChats(await openPage(), talent.email);
      const picker = await chats.pickTimeSlot(JORDAN.name);
      await picker.choose(dayName(day3.date), '11:00');
      racers.push({ chats, picker });
    }
    await Promise.all(racers.map(({ picker }) => picker.confirmButton.click()));
    const outcomes = await Promise.all(
      racers.map(({ picker }) =>
        Promise.race([
          picker.dialog.waitFor({ state: 'detached' }).then(() => 'booked' as const),
          picker.error.waitFor().then(() => 'lost' as const),
        ]),
      ),
    );
    expect([...outcomes].sort()).toEqual(['booked', 'lost']);
    const winner = racers[outcomes.indexOf('booked')]!;
    const loser = racers[outcomes.indexOf('lost')]!;

    await (await winner.chats.card('Confirmed', JORDAN.name)).waitFor();
    // The loser's request mostly arrives after the winner's commit and finds the slot gone (`not_a_free_slot`);
    // only a true overlap of the two transactions meets the database's exclusion (`slot_taken`).
    expect(await loser.picker.error.textContent()).toMatch(
      /Someone else just booked this time slot|This time slot is no longer available/,
    );
    await loser.picker.dialog.getByText('No free time slots right now').waitFor();
    expect(await loser.picker.slot('11:00').count()).toBe(0);
    expect(
      await loser.chats.panel('In Scheduling').getByRole('listitem', { name: JORDAN.name }).count(),
    ).toBe(1);

    // Jordan opens one more time; while the loser has it chosen, someone else books it: the picker says why it went.
    const jordanAgain = await ApiSession.login(JORDAN.email);
    await openSlots(jordanAgain, {
      eventId: id,
      recruiterId: me.recruiter.id,
      dayId: day3.id,
      durationMinutes: 30,
      labels: ['11:30'],
    });
    await jordanAgain.dispose();
    await loser.picker.choose(dayName(day3.date), '11:30');
    await bookDemoChat({
      event: DEMO_EVENT,
      talentEmail: FRAN.email,
      recruiterEmail: JORDAN.email,
      pick: (free) => free.days.flatMap((d) => d.slots).find((slot) => slot.label === '11:30')!,
    });
    await loser.picker.justBooked.waitFor(LIVE);
    expect(await loser.picker.justBooked.textContent()).toContain('11:30 is no longer free');
    // Nothing is left to book, and nothing still looks chosen.
    await loser.picker.dialog.getByText('No free time slots right now').waitFor();
    expect(await loser.picker.slot('11:30').count()).toBe(0);
  });

  test('the organizer invites a recruiter to Acme Robotics; she activates her account from the email, and Sam sets up her availability', async ({
    openPage,
  }) => {
    const tag = runTag();
    const colleague = { name: `Riley Brooks ${tag}`, email: `riley.${tag}@acme.e2e.test` };
    const mailbox = new Mailbox().mark();

    const organizerPage = await openPage();
    const eventPage = await (await new LoginPage(organizerPage).loginAs(ORGANIZER)).openEvent(DEMO_EVENT);
    await eventPage.openTab('Companies');
    await new CompaniesTab(organizerPage)
      .company('Acme Robotics')
      .getByRole('button', { name: 'Invite a recruiter to Acme Robotics', exact: true })
      .click();
    const invite = organizerPage.getByRole('dialog', { name: 'Invite a recruiter to Acme Robotics' });
    await invite.getByRole('textbox', { name: 'Name', exact: true }).fill(colleague.name);
    await invite.getByRole('textbox', { name: 'Email', exact: true }).fill(colleague.email);
    await invite.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await invite.waitFor({ state: 'detached' });

    const invitation = await mailbox.waitFor(colleague.email, /^You are invited to Demo Career Fair/);
    const link = /\/accept-invitation\?token=[\w-]+/.exec(invitation.text)?.[0];
    expect(link).toBeDefined();
    const rileyPage = await openPage();
    await rileyPage.goto(link!);
    await rileyPage.getByRole('heading', { name: 'Activate your account' }).waitFor();
    await field(rileyPage, 'New password').fill('riley-password-1');
    await field(rileyPage, 'Repeat the password').fill('riley-password-1');
    await rileyPage.getByRole('button', { name: 'Activate account', exact: true }).click();
    await new EventsPage(rileyPage).waitUntilShown();

    const sam = await recruiterChats(await openPage(), SAM.email);
    const overview = await sam.manage();
    expect(await overview.status(colleague.name)).toBe('Not set up');
    const editor = await overview.setUpAvailability(colleague.name);
    const third = editor.day(dayName((await demoEvent()).days[2]!.date));
    const slot = editor.slot(third, '09:00');
    await slot.click();
    await expect.poll(() => editor.isOpen(slot)).toBe(true);
    await editor.waitSaved(third);
    await editor.confirm();

    // Riley sees what her colleague set up for her.
    const rileyEvent = await new EventsPage(rileyPage).openEvent(DEMO_EVENT);
    await rileyEvent.openTab('1-1 Chats');
    const own = await (await new ChatsRecruiterPage(rileyPage).waitUntilShown()).manage();
    await expect.poll(() => own.status(colleague.name)).toBe('Confirmed');
  });
});
