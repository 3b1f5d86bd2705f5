import { EventsPage } from './pages/EventsPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { describe, expect, test } from './support/browser.js';
import { bookSlot } from './support/chats-setup.js';
import { newDemoTalent } from './support/newcomers.js';
import { directFair, nineOClockOf, recruiterWithOneSlot } from './support/waitlist-setup.js';

describe('the clock of times (Account → Time format)', () => {
  test('a talent who picks the 12-hour clock sees their chat at 9:00 am on the home, after a reload and in another browser', async ({
    openPage,
  }) => {
    const { name, event } = await directFair();
    const recruiter = await recruiterWithOneSlot(event, name);
    const talent = await newDemoTalent('Ari', name);
    await bookSlot(event, talent.email, recruiter.id, nineOClockOf(event));
    // In the event's zone, so the chat's time reads once.
    const page = await openPage({ timezoneId: event.timeZone });
    const home = await new LoginPage(page).loginAs(talent.email);
    const chatTime = async (on: EventsPage) => {
      const next = on.chatIn('Next chats', recruiter.name);
      await next.waitFor();
      return (await next.textContent()) ?? '';
    };
    expect(await chatTime(home)).toContain('09:00–09:30');

    await page.goto('/account');
    const clock = page.getByRole('radiogroup', { name: 'Time format', exact: true });
    const twentyFour = clock.getByRole('radio', { name: '24-hour (14:30)', exact: true });
    const twelve = clock.getByRole('radio', { name: '12-hour (2:30 pm)', exact: true });
    await expect.poll(() => twentyFour.isChecked()).toBe(true);
    await twelve.click();
    await expect.poll(() => twelve.isChecked()).toBe(true);

    await page.goto('/');
    const text = await chatTime(await new EventsPage(page).waitUntilShown());
    expect(text).toContain('9:00 am–9:30 am');
    expect(text).not.toContain('09:00');

    await page.reload();
    expect(await chatTime(await new EventsPage(page).waitUntilShown())).toContain('9:00 am–9:30 am');

    // The choice is the account's: a browser that never saw it shows the 12-hour clock too.
    const elsewhere = await openPage({ timezoneId: event.timeZone });
    const otherHome = await new LoginPage(elsewhere).loginAs(talent.email);
    await expect.poll(() => chatTime(otherHome)).toContain('9:00 am–9:30 am');
    await elsewhere.goto('/account');
    await expect
      .poll(() => elsewhere.getByRole('radio', { name: '12-hour (2:30 pm)', exact: true }).isChecked())
      .toBe(true);
  });
});
