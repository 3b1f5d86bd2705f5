import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { RoomPage } from './pages/RoomPage.js';
import { SchedulePage } from './pages/SchedulePage.js';
import { SupportConsolePage } from './pages/SupportConsolePage.js';
import { SupportDrawer } from './pages/SupportDrawer.js';
import { DEMO_EVENT } from './support/accounts.js';
import { describe, expect, type OpenPage, test } from './support/browser.js';
import { bookDemoChat, demoRoomChat } from './support/chats-setup.js';
import { field } from './support/locators.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
const SAM = { email: 'recruiter2@demo.parley.test', name: 'Sam Lee' };
const TAYLOR = { email: 'talent1@demo.parley.test', name: 'Taylor Kim' };
const JORDAN = { email: 'recruiter3@demo.parley.test', name: 'Jordan Patel' };
const ROBIN = { email: 'talent2@demo.parley.test', name: 'Robin Weber' };
/** A talent no other browser test books. */
const QUINN = { email: 'talent19@demo.parley.test' };
const SUPPORT_AGENT = 'support@demo.parley.test';

test.override('chromiumOptions', { scope: 'file' }, { fakeMedia: true });

/** A chat of Alex with `talentEmail` on the event's third day, booked through the API: its room is not open yet. */
function bookLaterChat(talentEmail: string): Promise<Chat> {
  return bookDemoChat({
    event: DEMO_EVENT,
    talentEmail,
    recruiterEmail: ALEX.email,
    pick: (free, event) => free.days.find((day) => day.dayId === event.days[2]!.id)!.slots[0]!,
  });
}

/**
 * Logs in and opens the room's pre-join screen: through `My Schedule` → `Join` on the chat with `withWhom`, or by
 * its address (a colleague, whose schedule does not hold the chat).
 */
async function openRoom(
  openPage: OpenPage,
  email: string,
  chatId: string,
  withWhom?: string,
): Promise<RoomPage> {
  const page = await openPage();
  await RoomPage.instrument(page);
  const events = await new LoginPage(page).loginAs(email);
  const room = new RoomPage(page);
  if (withWhom) {
    const event = await events.openEvent(DEMO_EVENT);
    await event.openTab('My Schedule');
    const schedule = await new SchedulePage(page).waitUntilShown();
    await schedule.joinButton(schedule.chat(withWhom)).click();
    await page.waitForURL(`**/room/${chatId}`);
  } else await room.goto(chatId);
  // Enabled once the camera and microphone are open.
  await expect.poll(() => room.joinNow.isEnabled(), { timeout: 15_000 }).toBe(true);
  return room;
}

/** Waits `ms` of wall time: media statistics need time to move (or to show they do not). */
const pause = (room: RoomPage, ms: number) => room.page.waitForTimeout(ms);

describe('the video room of a 1-1 chat', () => {
  test('talent and recruiters see and hear each other, chat, ask support, switch camera and microphone, blur', async ({
    openPage,
  }) => {
    const chat = await demoRoomChat();
    const taylor = await openRoom(openPage, TAYLOR.email, chat.id, ALEX.name);
    await taylor.page.getByRole('heading', { name: `${TAYLOR.name} ↔ ${ALEX.name}` }).waitFor();
    await taylor.tile(`${TAYLOR.name} (you)`).waitFor();
    // The level meter moves with the fake microphone's beeps, once a click lets the page play audio.
    await taylor.page.getByRole('heading', { name: 'Ready to join?' }).click();
    const meter = taylor.page.getByRole('meter', { name: 'Microphone level' });
    await expect
      .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await taylor.join();

    const alex = await openRoom(openPage, ALEX.email, chat.id, TAYLOR.name);
    const clickedAt = Date.now();
    await alex.joinNow.click();
    await alex.waitForFrames(TAYLOR.name);
    console.log(
      `Room: ${Date.now() - clickedAt} ms from clicking Join now to the first decoded remote frame`,
    );
    await taylor.waitForFrames(ALEX.name);
    await expect.poll(() => alex.tile(TAYLOR.name).isVisible()).toBe(true);
    expect(await taylor.tile(ALEX.name).textContent()).toContain('Acme Robotics');

    // The text chat, both ways.
    await taylor.sendMessage('Hello from Taylor');
    await alex.message('Hello from Taylor').waitFor();
    await alex.sendMessage('Welcome, Taylor!');
    await taylor.message('Welcome, Taylor!').waitFor();

    // Settings: camera and microphone can be switched mid-call; support is a click away.
    await alex.button('Settings').click();
    const settings = alex.page.getByRole('dialog', { name: 'Settings' });
    expect(await field(settings, 'Camera').inputValue()).not.toBe('');
    expect(await field(settings, 'Microphone').inputValue()).not.toBe('');
    await settings.getByRole('button', { name: 'Done' }).click();
    await settings.waitFor({ state: 'detached' });

    // The life ring: Taylor writes to support from the room; an agent sees which chat it is about and answers.
    await taylor.button('Technical support').click();
    const support = new SupportDrawer(taylor.page);
    await support.dialog.waitFor();
    await support.write('My sound crackles in the room.');
    const agentPage = await openPage();
    await new LoginPage(agentPage).loginAs(SUPPORT_AGENT);
    const console_ = await new SupportConsolePage(agentPage).openFromHeader();
    const line = console_.line(TAYLOR.name);
    await expect.poll(() => line.textContent()).toContain(ALEX.name);
    const conversation = await console_.open(TAYLOR.name);
    await console_.message(conversation, 'My sound crackles in the room.', TAYLOR.name).waitFor();
    await console_.reply(conversation, 'Please pick another microphone in Settings.');
    await support.message('Please pick another microphone in Settings.', 'Support').waitFor();
    await console_.close(conversation);
    await agentPage.context().close();
    await taylor.page.keyboard.press('Escape');
    await support.dialog.waitFor({ state: 'detached' });

    // A colleague of Alex joins as a third: media flows between all three; the chat's history is there.
    const sam = await openRoom(openPage, SAM.email, chat.id);
    await sam.join();
    await sam.waitForFrames(TAYLOR.name);
    await sam.waitForFrames(ALEX.name);
    await taylor.waitForFrames(SAM.name);
    await alex.waitForFrames(SAM.name);
    await sam.message('Hello from Taylor').waitFor();
    await sam.message('Welcome, Taylor!').waitFor();
    // Sam leaves: the others see one tile fewer (and the machine has one browser less to feed for what follows).
    await sam.leave.click();
    await expect.poll(() => taylor.tile(SAM.name).count()).toBe(0);
    await expect.poll(() => alex.tile(SAM.name).count()).toBe(0);

    // Microphone: the others see it muted, and its sound stops reaching them.
    const heard = await taylor.inboundFrom(ALEX.name);
    await taylor.waitFor(ALEX.name, (media) => media.totalAudioEnergy > heard.totalAudioEnergy);
    const energyOver2s = async () => {
      const from = (await taylor.inboundFrom(ALEX.name)).totalAudioEnergy;
      await pause(taylor, 2_000);
      return (await taylor.inboundFrom(ALEX.name)).totalAudioEnergy - from;
    };
    const speaking = await energyOver2s();
    expect(speaking).toBeGreaterThan(0);
    await alex.button('Mute microphone').click();
    await taylor.micOff(ALEX.name).waitFor();
    await pause(taylor, 500);
    // Silence still arrives as packets whose energy is a hair above zero: compared with speech, it is nothing.
    expect(await energyOver2s()).toBeLessThan(speaking / 1000);
    await alex.button('Unmute microphone').click();
    await expect.poll(() => taylor.micOff(ALEX.name).count()).toBe(0);

    // Camera: no more frames reach the others while it is off; they come back when it is on.
    await taylor.button('Turn off camera').click();
    await alex.tile(TAYLOR.name).getByRole('img', { name: 'Camera off' }).waitFor();
    await pause(alex, 500);
    const stoppedAt = (await alex.inboundFrom(TAYLOR.name)).framesDecoded;
    await pause(alex, 2_000);
    expect((await alex.inboundFrom(TAYLOR.name)).framesDecoded).toBe(stoppedAt);
    await taylor.button('Turn on camera').click();
    await alex.waitForFrames(TAYLOR.name, stoppedAt);

    // Blur: the effect runs (or turns itself off on a slow machine), and video keeps reaching the others.
    await taylor.button('Backgrounds').click();
    await taylor.page.getByRole('button', { name: 'Blur', exact: true }).click();
    const turnedOff = taylor.page.getByRole('alert').filter({ hasText: 'Background turned off' });
    const effectRunsOrGaveUp = async () =>
      (await taylor.backgroundFrameMs()) !== null || (await turnedOff.count()) > 0;
    await expect.poll(effectRunsOrGaveUp, { timeout: 30_000 }).toBe(true);
    const frameMs = await taylor.backgroundFrameMs();
    console.log(
      frameMs === null
        ? 'Room: background blur turned itself off, too slow on this machine'
        : `Room: background blur takes ${Math.round(frameMs)} ms a frame`,
    );
    const blurredFrom = (await alex.inboundFrom(TAYLOR.name)).framesDecoded;
    await alex.waitForFrames(TAYLOR.name, blurredFrom + 10);
  }, 240_000);

  test('a dropped connection or a reload brings the person back into the call by itself', async ({
    openPage,
  }) => {
    const chat = await demoRoomChat();
    const taylor = await openRoom(openPage, TAYLOR.email, chat.id);
    await taylor.join();
    const alex = await openRoom(openPage, ALEX.email, chat.id);
    await alex.join();
    await taylor.waitForFrames(ALEX.name);

    const reconnecting = taylor.page.getByRole('status').filter({ hasText: 'Reconnecting…' });
    await taylor.cutLiveConnection();
    await reconnecting.waitFor();
    await reconnecting.waitFor({ state: 'detached' });
    // New connections both ways: their counters start again from zero.
    await taylor.waitForFrames(ALEX.name);
    await alex.waitForFrames(TAYLOR.name);
    await taylor.sendMessage('Back again');
    await alex.message('Back again').waitFor();

    // A reload goes straight back into the call, the microphone still muted, the chat still there.
    await taylor.button('Mute microphone').click();
    await alex.micOff(TAYLOR.name).waitFor();
    await taylor.page.reload();
    await taylor.leave.waitFor();
    expect(await taylor.joinNow.count()).toBe(0);
    await taylor.button('Unmute microphone').waitFor();
    await taylor.message('Back again').waitFor();
    await taylor.waitForFrames(ALEX.name);
    await alex.waitForFrames(TAYLOR.name);
    await alex.micOff(TAYLOR.name).waitFor();
  });

  test('before it opens, the room says when it will and lets nobody in yet', async ({ openPage }) => {
    const chat = await bookLaterChat(QUINN.email);
    const page = await openPage();
    await new LoginPage(page).loginAs(QUINN.email);
    const room = await new RoomPage(page).goto(chat.id);
    const notOpen = page.getByRole('alert').filter({ hasText: 'The room is not open yet' });
    await notOpen.waitFor();
    expect(await notOpen.textContent()).toContain('ten minutes before the chat starts');
    await room.joinNow.waitFor();
    expect(await room.joinNow.isDisabled()).toBe(true);
  });

  test('a recruiter of another company and another talent are refused, with a way back', async ({
    openPage,
  }) => {
    const chat = await demoRoomChat();
    for (const outsider of [JORDAN, ROBIN]) {
      const page = await openPage();
      await new LoginPage(page).loginAs(outsider.email);
      await page.goto(`/room/${chat.id}`);
      await page.getByRole('heading', { name: 'You cannot enter this room' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toMatch(/\w/);
      expect(await page.getByRole('button', { name: 'Join now' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Back to your events' }).click();
      await page.getByRole('heading', { name: 'Your events' }).waitFor();
    }
  });
});
