import type { Page } from 'playwright-core';
import { request } from 'playwright-core';
import { inject } from 'vitest';
import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { SchedulePage } from './pages/SchedulePage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { bookDemoChat } from './support/chats-setup.js';
import { parseCalendarFeed, utcDateTime } from './support/ics.js';

const ALEX = { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan' };
/** A talent no other browser test books with Alex. */
const TALENT_EMAIL = 'talent17@demo.parley.test';
const DEMO_TALENT_EMAIL = 'talent1@demo.parley.test';

/** What the test expects on screen, computed here from the chat's UTC instants, never from the machine's zone. */
function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
}
function timeIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
const span = (chat: Chat, timeZone: string) =>
  `${dayIn(chat.startsAt!, timeZone)}, ${timeIn(chat.startsAt!, timeZone)}–${timeIn(chat.endsAt!, timeZone)}`;

/** The viewer's zone by its current name (ICU alone would still say Calcutta for Asia/Kolkata). */
const zoneLabels: Record<string, string> = {
  'America/New_York': 'New York',
  'Asia/Kolkata': 'Kolkata',
};
/** The viewer's line of a chat's time: their day and clock, then their zone's name. */
function expectViewerTime(text: string | null, chat: Chat, timeZone: string): void {
  expect(text).toContain(`${span(chat, timeZone)} (${zoneLabels[timeZone]} time)`);
}

/** A chat of Alex with the test's talent on the in-person day, booked through the API. */
let booked: Chat;

/** Request → approve → confirm the middle one of Alex's free in-person slots. */
function bookInPersonChat(): Promise<Chat> {
  return bookDemoChat({
    event: DEMO_EVENT,
    talentEmail: TALENT_EMAIL,
    recruiterEmail: ALEX.email,
    pick: (free) => {
      const slots = free.days.find((day) => day.mode === 'in_person')!.slots;
      return slots[Math.floor(slots.length / 2)]!;
    },
  });
}

async function openSchedule(page: Page, email: string): Promise<SchedulePage> {
  const events = await new LoginPage(page).loginAs(email);
  const eventPage = await events.openEvent(DEMO_EVENT);
  await eventPage.openTab('My Schedule');
  return new SchedulePage(page).waitUntilShown();
}

/** Fetches a feed as a calendar app does: no session cookie. */
async function fetchFeed(url: string) {
  const http = await request.newContext();
  try {
    const answer = await http.get(url.replace(/^https?:\/\/[^/]+/, inject('baseURL')));
    return { status: answer.status(), body: await answer.body() };
  } finally {
    await http.dispose();
  }
}

describe('My Schedule', () => {
  test('the talent in New York sees the chat at New York time with Berlin time beside, and Join only around it', async ({
    openPage,
  }) => {
    booked = await bookInPersonChat();
    expect(booked.state).toBe('confirmed');
    const zone = 'America/New_York';
    const page = await openPage({ timezoneId: zone });
    // Eleven minutes before the start, on the browser's clock: Join must appear by itself a minute later.
    const startsAt = Date.parse(booked.startsAt!);
    await page.clock.install({ time: new Date(startsAt - 11 * 60_000) });
    const schedule = await openSchedule(page, TALENT_EMAIL);

    const card = schedule.chat(ALEX.name, schedule.day(dayIn(booked.startsAt!, zone)));
    await card.waitFor();
    const text = await card.textContent();
    expectViewerTime(text, booked, zone);
    expect(text).toContain(`Event time: ${span(booked, 'Europe/Berlin')} Berlin time`);
    expect(text).toContain('Acme Robotics');
    expect(text).toContain(`In person at ${booked.location}`);
    expect(await schedule.joinButton(card).count()).toBe(0);

    await page.clock.fastForward('01:30');
    await schedule.joinButton(card).waitFor();

    // At the end the chat leaves the upcoming list for Earlier, again without a reload.
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(Date.parse(booked.endsAt!) + 1_000 - now);
    await card.waitFor({ state: 'detached' });
    await schedule.earlier().click();
    const earlier = schedule.chat(ALEX.name);
    await earlier.waitFor();
    expect(await schedule.joinButton(earlier).count()).toBe(0);
  });

  test('the recruiter in Kolkata sees the same chat at Kolkata time with Berlin time beside', async ({
    openPage,
  }) => {
    expect(booked, 'runs after the first test, which books the chat').toBeDefined();
    const zone = 'Asia/Kolkata';
    const page = await openPage({ timezoneId: zone });
    const schedule = await openSchedule(page, ALEX.email);

    const card = schedule.chat(booked.talent.name, schedule.day(dayIn(booked.startsAt!, zone)));
    await card.waitFor();
    const text = await card.textContent();
    expectViewerTime(text, booked, zone);
    expect(text).toContain(`Event time: ${span(booked, 'Europe/Berlin')} Berlin time`);
    if (booked.talent.headline) expect(text).toContain(booked.talent.headline);
  });

  test('the calendar feed holds the chat; after Reset link the old address is refused', async ({
    openPage,
  }) => {
    expect(booked, 'runs after the first test, which books the chat').toBeDefined();
    const page = await openPage();
    const schedule = await openSchedule(page, TALENT_EMAIL);
    const url = await schedule.feedAddress.inputValue();
    expect(await schedule.subscribeLink.getAttribute('href')).toBe(url.replace(/^https?:/, 'webcal:'));

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    const { events } = parseCalendarFeed(feed.body);
    const entry = events.find((e) => e.get('UID')?.[0] === `${booked.id}@parley`);
    expect(entry, 'the booked chat is in the feed').toBeDefined();
    expect(utcDateTime(entry!.get('DTSTART')![0]!).toISOString()).toBe(booked.startsAt);
    expect(utcDateTime(entry!.get('DTEND')![0]!).toISOString()).toBe(booked.endsAt);
    expect(entry!.get('STATUS')).toEqual(['CONFIRMED']);

    await schedule.resetFeed();
    const newUrl = await schedule.feedAddress.inputValue();
    expect(newUrl).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(newUrl)).status).toBe(200);
  });

  test('Join is there for the demo chat under way and opens its room', async ({ page }) => {
    const schedule = await openSchedule(page, DEMO_TALENT_EMAIL);
    // The page is at /events/<eventId>/schedule.
    const eventId = new URL(page.url()).pathname.split('/')[2];
    const { chats } = (await (await page.request.get(`/api/events/${eventId}/chats`)).json()) as {
      chats: Chat[];
    };
    const demoChat = chats.find((chat) => chat.recruiter.name === ALEX.name && chat.tab === 'confirmed');
    expect(demoChat, 'the demo chat of talent1 with Alex').toBeDefined();

    const join = schedule.joinButton(schedule.chat(ALEX.name));
    await join.click();
    await page.waitForURL(`**/room/${demoChat!.id}`);
  });
});
