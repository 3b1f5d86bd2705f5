import type { Locator, Page } from 'playwright-core';
import { AppHeader } from './pages/AppHeader.js';
import { LoginPage } from './pages/LoginPage.js';
import { RoomPage } from './pages/RoomPage.js';
import { SchedulePage } from './pages/SchedulePage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { describe, expect, PHONE_VIEWPORT, test } from './support/browser.js';

test.override('chromiumOptions', { scope: 'file' }, { fakeMedia: true });

/** What the tests read of the page's window (this project's e2e code is type-checked without the DOM library). */
interface ScreenWindow {
  innerWidth: number;
  scrollTo(x: number, y: number): void;
  document: {
    scrollingElement: { scrollWidth: number } | null;
    elementFromPoint(x: number, y: number): unknown;
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Nothing may make the page wider than the phone's screen (a sideways scroll hides half of every line). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const window = globalThis as unknown as ScreenWindow;
    return { scrollWidth: window.document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth };
  });
  expect(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box on the screen`);
  return box;
}

/**
 * Scrolled to, the control lies wholly on the screen and nothing covers it: what the page shows at its centre and
 * at the middle of its edges is the control itself.
 */
async function expectFullyVisible(control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await boxOf(control);
  expect(box.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} runs off the right edge`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  expect(box.y + box.height, `${what} runs off the bottom edge`).toBeLessThanOrEqual(PHONE_VIEWPORT.height);
  const uncovered = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const inset = 3;
    // The centre and the middle of each edge: inside round buttons as well as square ones.
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + inset, rect.top + rect.height / 2],
      [rect.right - inset, rect.top + rect.height / 2],
      [rect.left + rect.width / 2, rect.top + inset],
      [rect.left + rect.width / 2, rect.bottom - inset],
    ];
    const { document } = globalThis as unknown as ScreenWindow;
    return points.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!) as typeof element));
  });
  expect(uncovered, `something covers ${what}`).toBe(true);
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const accounts = [
  { email: 'organizer@demo.parley.test', name: 'Olivia Organizer', role: 'Organizer' },
  { email: 'recruiter1@demo.parley.test', name: 'Alex Morgan', role: 'Recruiter · Acme Robotics' },
  { email: 'talent1@demo.parley.test', name: 'Taylor Kim', role: 'Talent' },
  { email: 'support@demo.parley.test', name: 'Sky Support', role: 'Support' },
];

describe('on a phone', () => {
  test.for(accounts)(
    '$role: the header menu holds the name, the role and Log out; no page scrolls sideways',
    async (account, { openPage }) => {
      const page = await openPage({ phone: true });
      const events = await new LoginPage(page).loginAs(account.email);
      await expectNoSidewaysScroll(page, 'Your events');
      // The desktop header's `Log out` is folded away; the menu has it.
      expect(await page.getByRole('button', { name: 'Log out', exact: true }).count()).toBe(0);

      const menu = await events.openMenu();
      await menu.getByRole('link', { name: account.name, exact: true }).waitFor();
      await menu.getByText(account.role, { exact: true }).waitFor();
      await expectFullyVisible(menu.getByRole('button', { name: 'Log out', exact: true }), 'Log out');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });

      const event = await events.openEvent(DEMO_EVENT);
      for (const tab of await event.tabNames()) {
        await event.openTab(tab);
        await expectFullyVisible(event.tab(tab), `the ${tab} tab`);
        await page.getByRole('tabpanel', { name: tab, exact: true }).waitFor();
        await expectNoSidewaysScroll(page, `${DEMO_EVENT}, ${tab}`);
      }

      await new AppHeader(page).logOut();
    },
  );

  test('the talent and the recruiter see Join on their chat, whole and uncovered', async ({ openPage }) => {
    const talent = await openPage({ phone: true });
    const talentEvent = await (await new LoginPage(talent).loginAs('talent1@demo.parley.test')).openEvent(
      DEMO_EVENT,
    );
    await talent.getByRole('tab', { name: 'Confirmed', exact: true }).click();
    const talentCard = talent
      .getByRole('tabpanel', { name: 'Confirmed', exact: true })
      .getByRole('listitem', { name: 'Alex Morgan', exact: true });
    await expectFullyVisible(
      talentCard.getByRole('button', { name: 'Join', exact: true }),
      "the talent's Join",
    );
    await expectNoSidewaysScroll(talent, "the talent's confirmed chats");
    await talentEvent.openTab('My Schedule');
    const talentSchedule = await new SchedulePage(talent).waitUntilShown();
    await expectFullyVisible(
      talentSchedule.joinButton(talentSchedule.chat('Alex Morgan')),
      "Join on the talent's schedule",
    );

    const recruiter = await openPage({ phone: true });
    const recruiterEvent = await (
      await new LoginPage(recruiter).loginAs('recruiter1@demo.parley.test')
    ).openEvent(DEMO_EVENT);
    await recruiter.getByRole('tab', { name: 'Confirmed', exact: true }).click();
    const recruiterCard = recruiter
      .getByRole('tabpanel', { name: 'Confirmed', exact: true })
      .getByRole('article', { name: 'Taylor Kim', exact: true });
    await expectFullyVisible(
      recruiterCard.getByRole('button', { name: 'Join', exact: true }),
      "the recruiter's Join",
    );
    await expectNoSidewaysScroll(recruiter, "the recruiter's confirmed chats");
    await recruiterEvent.openTab('My Schedule');
    const recruiterSchedule = await new SchedulePage(recruiter).waitUntilShown();
    await expectFullyVisible(
      recruiterSchedule.joinButton(recruiterSchedule.chat('Taylor Kim')),
      "Join on the recruiter's schedule",
    );
  });

  test('tables become cards: the organizer’s companies and talents, and All 1-1 Chats', async ({
    openPage,
  }) => {
    const organizer = await openPage({ phone: true });
    const event = await (await new LoginPage(organizer).loginAs('organizer@demo.parley.test')).openEvent(
      DEMO_EVENT,
    );
    await event.openTab('Companies');
    const companies = organizer.getByRole('list', { name: 'Registered companies', exact: true });
    await companies.getByRole('listitem').filter({ hasText: 'Acme Robotics' }).waitFor();
    expect(await companies.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await expectFullyVisible(
      companies.getByRole('listitem').filter({ hasText: 'Acme Robotics' }),
      'the card of Acme Robotics',
    );
    expect(await organizer.getByRole('table').count(), 'no table on a phone').toBe(0);
    await expectNoSidewaysScroll(organizer, 'Companies');

    await event.openTab('Talents');
    const talents = organizer.getByRole('list', { name: 'Registered talents', exact: true });
    const taylor = talents.getByRole('listitem').filter({ hasText: 'talent1@demo.parley.test' });
    await expectFullyVisible(
      taylor.getByRole('button', { name: 'Remove Taylor Kim' }),
      'Remove on a talent card',
    );
    expect(await organizer.getByRole('table').count(), 'no table on a phone').toBe(0);
    await expectNoSidewaysScroll(organizer, 'Talents');

    const recruiter = await openPage({ phone: true });
    await (await new LoginPage(recruiter).loginAs('recruiter1@demo.parley.test')).openEvent(DEMO_EVENT);
    await recruiter.getByRole('button', { name: 'Manage 1-1 Chats', exact: true }).click();
    await recruiter.getByRole('button', { name: 'All 1-1 Chats', exact: true }).click();
    const chats = recruiter.getByRole('list', { name: 'Chats', exact: true });
    await chats
      .getByRole('listitem')
      .filter({ has: recruiter.getByRole('link', { name: 'Taylor Kim' }) })
      .waitFor();
    expect(await recruiter.getByRole('table').count(), 'no table on a phone').toBe(0);
    await expectNoSidewaysScroll(recruiter, 'All 1-1 Chats');

    const support = await openPage({ phone: true });
    await new LoginPage(support).loginAs('support@demo.parley.test');
    await support.goto('/support');
    await support.getByRole('heading', { name: 'Support console', level: 1 }).waitFor();
    await expectNoSidewaysScroll(support, 'Support console');
  });

  test('in the room the other person fills the stage and one’s own movable view stays clear of the controls', async ({
    openPage,
  }) => {
    const talentPage = await openPage({ phone: true });
    const recruiterPage = await openPage({ phone: true });
    const rooms: RoomPage[] = [];
    for (const [page, email, other] of [
      [talentPage, 'talent1@demo.parley.test', 'Alex Morgan'],
      [recruiterPage, 'recruiter1@demo.parley.test', 'Taylor Kim'],
    ] as const) {
      const event = await (await new LoginPage(page).loginAs(email)).openEvent(DEMO_EVENT);
      await event.openTab('My Schedule');
      const schedule = await new SchedulePage(page).waitUntilShown();
      await schedule.joinButton(schedule.chat(other)).click();
      const room = new RoomPage(page);
      await expect.poll(() => room.joinNow.isEnabled(), { timeout: 15_000 }).toBe(true);
      await room.join();
      rooms.push(room);
    }
    const room = rooms[0]!;
    const remote = room.tile('Alex Morgan');
    await remote.waitFor();

    const stage = talentPage.getByRole('main');
    const controls = talentPage.getByRole('navigation', { name: 'Call controls', exact: true });
    const own = room.tile('Taylor Kim (you)');
    await expect
      .poll(
        async () => {
          const [stageBox, remoteBox] = [await boxOf(stage), await boxOf(remote)];
          return (remoteBox.width * remoteBox.height) / (stageBox.width * stageBox.height);
        },
        { message: 'the share of the stage the other person takes' },
      )
      .toBeGreaterThanOrEqual(0.6);
    expect(overlap(await boxOf(own), await boxOf(controls)), 'own view over the controls').toBe(0);

    for (const name of [
      'Turn off camera',
      'Mute microphone',
      'Settings',
      'Backgrounds',
      'Technical support',
      'Leave',
    ])
      await expectFullyVisible(room.button(name), name);
    await expectFullyVisible(talentPage.getByRole('tab', { name: 'Chat', exact: true }), 'the Chat tab');
    await talentPage.evaluate(() => (globalThis as unknown as ScreenWindow).scrollTo(0, 0));

    // The own view moves with the arrow keys, within the stage and never onto the controls.
    const view = talentPage.getByRole('group', { name: 'Your view', exact: true });
    const before = await boxOf(own);
    await view.focus();
    for (let press = 0; press < 12; press++) await talentPage.keyboard.press('ArrowUp');
    await talentPage.keyboard.press('ArrowLeft');
    const after = await boxOf(own);
    expect(after.y, 'the own view moved up').toBeLessThan(before.y - 100);
    expect(after.x, 'the own view moved left').toBeLessThan(before.x);
    const stageBox = await boxOf(stage);
    expect(after.y).toBeGreaterThanOrEqual(stageBox.y);
    for (let press = 0; press < 12; press++) await talentPage.keyboard.press('ArrowDown');
    expect(overlap(await boxOf(own), await boxOf(controls)), 'own view over the controls').toBe(0);

    // Dragged with a finger's worth of pointer moves, it follows and stays on the stage.
    const dragFrom = await boxOf(own);
    await talentPage.mouse.move(dragFrom.x + dragFrom.width / 2, dragFrom.y + dragFrom.height / 2);
    await talentPage.mouse.down();
    await talentPage.mouse.move(dragFrom.x - 150, dragFrom.y - 200, { steps: 5 });
    await talentPage.mouse.up();
    const dropped = await boxOf(own);
    expect(dropped.x).toBeLessThan(dragFrom.x - 100);
    expect(dropped.y).toBeLessThan(dragFrom.y - 100);
    expect(dropped.x).toBeGreaterThanOrEqual(stageBox.x);

    await expectNoSidewaysScroll(talentPage, 'the room');
    await expectNoSidewaysScroll(recruiterPage, 'the room');
    for (const each of rooms) await each.leave.click();
  });
});
