import { LoginPage } from './pages/LoginPage.js';
import { NotificationsBell } from './pages/NotificationsBell.js';
import { describe, expect, test } from './support/browser.js';
import { createEventOfToday } from './support/chats-setup.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

/** An event of its own with today as an in-person day open all day. */
const inPersonDayUnderWay = () =>
  createEventOfToday('Walk-in Fair', { mode: 'in_person', durations: [15, 30] });

describe('the walk-in queue at a booth', () => {
  test("a talent joins a booth's queue on a phone, a recruiter calls them and the talent sees it's their turn", async ({
    openPage,
  }) => {
    const { name, event } = await inPersonDayUnderWay();
    const recruiter = await newDemoRecruiter(name);
    const talent = await newDemoTalent('Wanda', name);

    const phone = await openPage({ phone: true });
    const eventPage = await (await new LoginPage(phone).loginAs(talent.email)).openEvent(name);
    await eventPage.openTab('1-1 Chats');
    await phone.getByRole('heading', { name: 'Walk-in queues', exact: true }).waitFor();
    const booth = phone.getByRole('article', { name: recruiter.company, exact: true });
    await booth.getByRole('button', { name: 'Join queue', exact: true }).click();
    await booth.getByText('You are 1st in line', { exact: true }).waitFor();
    // The company's one recruiter is free now: the next in line waits for nobody.
    await booth.getByText('Estimated wait: any moment now', { exact: true }).waitFor();
    const leave = booth.getByRole('button', { name: 'Leave queue', exact: true });
    await leave.scrollIntoViewIfNeeded();
    const box = await leave.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);

    const desk = await openPage();
    await new LoginPage(desk).loginAs(recruiter.email);
    await desk.goto(`/events/${event.id}/chats/manage`);
    const panel = desk.getByRole('region', { name: 'Booth queue', exact: true });
    await panel.getByText(/^Free now until \d\d:\d\d/).waitFor();
    const waiting = panel.getByRole('list', { name: 'Waiting at your booth' });
    await waiting.getByText(talent.name, { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Call next', exact: true }).click();
    const called = panel.getByRole('article', { name: talent.name, exact: true });
    await called.getByText(/^Called by /).waitFor();

    // No reload on the phone: the live message brings the call, prominently, and the bell counts it.
    const turn = `It's your turn at ${recruiter.company}'s booth — go to the booth`;
    await phone.getByRole('alert').filter({ hasText: turn }).waitFor();
    await booth.getByText("It's your turn — go to the booth", { exact: true }).waitFor();
    await new NotificationsBell(phone).waitForUnread(1);

    await called.getByRole('button', { name: 'Start chat', exact: true }).click();
    await panel.getByText('Nobody is waiting at your booth.', { exact: true }).waitFor();
    await called.waitFor({ state: 'detached' });
    // The walk-in chat is the talent's confirmed chat now, and their place in the queue is gone.
    await booth.getByRole('button', { name: 'Join queue', exact: true }).waitFor();
    expect(await phone.getByRole('alert').filter({ hasText: turn }).count()).toBe(0);
  });
});
