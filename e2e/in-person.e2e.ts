import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { MeetInPersonPage } from './pages/MeetInPersonPage.js';
import { SchedulePage } from './pages/SchedulePage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { bookDemoChat } from './support/chats-setup.js';
import { newDemoTalent } from './support/newcomers.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };

const timeIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

/** Alex's last free slot on the demo event's in-person day (day 2), booked through the API. */
function bookInPersonChat(talentEmail: string): Promise<Chat> {
  return bookDemoChat({
    event: DEMO_EVENT,
    talentEmail,
    recruiterEmail: ALEX.email,
    pick: (free) => free.days.find((day) => day.mode === 'in_person')!.slots.at(-1)!,
  });
}

describe('an in-person 1-1 chat', () => {
  test('Join shows where and when to meet, and no camera or microphone is asked for, also at the room address', async ({
    page,
  }) => {
    // A talent of their own: other files book Alex too, and a pair has one open chat at a time.
    const { email: TALENT_EMAIL } = await newDemoTalent('Ines');
    const chat = await bookInPersonChat(TALENT_EMAIL);
    expect(chat.location).toContain('Acme Robotics');
    await MeetInPersonPage.instrument(page);
    // Five minutes before the start, on the browser's clock: Join is shown.
    await page.clock.install({ time: new Date(Date.parse(chat.startsAt!) - 5 * 60_000) });
    const events = await new LoginPage(page).loginAs(TALENT_EMAIL);
    const eventPage = await events.openEvent(DEMO_EVENT);
    await eventPage.openTab('My Schedule');
    const schedule = await new SchedulePage(page).waitUntilShown();
    await schedule.joinButton(schedule.chat(ALEX.name)).click();

    await page.waitForURL(`**/meet/${chat.id}`);
    const meet = await new MeetInPersonPage(page).waitUntilShown();
    const text = await meet.text();
    expect(text).toContain(chat.location!);
    // The browser runs in Kathmandu; the event is in Berlin: both clocks are there.
    expect(text).toContain(
      `${timeIn(chat.startsAt!, 'Asia/Kathmandu')}–${timeIn(chat.endsAt!, 'Asia/Kathmandu')}`,
    );
    expect(text).toContain(
      `${timeIn(chat.startsAt!, 'Europe/Berlin')}–${timeIn(chat.endsAt!, 'Europe/Berlin')}`,
    );
    expect(await meet.mediaRequests()).toBe(0);

    // A typed room address leads to the same place, again without a camera.
    await page.goto(`/room/${chat.id}`);
    await page.waitForURL(`**/meet/${chat.id}`);
    await meet.waitUntilShown();
    expect(await meet.mediaRequests()).toBe(0);
  });
});
