import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { DEMO_EVENT, ORGANIZER } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import {
  bookDemoChat,
  confirmAvailability,
  findEvent,
  openSlots,
  teamMember,
} from './support/chats-setup.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

/** The demo event's first day runs all of its today, 00:00–24:00 Berlin time: the last two slots are still ahead. */
const LAST_SLOTS = ['23:00', '23:30'];

/** `YYYY-MM-DD` and `HH:MM` on the demo event's clock. */
function berlinNow() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

describe("the talents' recruiter list", () => {
  test('shows the next free slot and how many are left today, and "No free slots left" once others book them, live', async ({
    page,
  }) => {
    const today = berlinNow();
    if (today.time >= '22:50')
      throw new Error(
        'This test needs two slots left on the demo event’s day: run it before 22:50 Berlin time',
      );
    const organizer = await ApiSession.login(ORGANIZER);
    const event = await findEvent(organizer, DEMO_EVENT);
    await organizer.dispose();
    const day = event.days.find((d) => d.date === today.date);
    if (!day) throw new Error(`The demo event has no day on ${today.date}`);

    const recruiter = await newDemoRecruiter();
    const recruiterApi = await ApiSession.login(recruiter.email);
    const me = await teamMember(recruiterApi, event.id, recruiter.email);
    await openSlots(recruiterApi, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: day.id,
      durationMinutes: 30,
      labels: LAST_SLOTS,
    });
    await confirmAvailability(recruiterApi, { eventId: event.id, recruiterId: me.recruiter.id, details: {} });
    await recruiterApi.dispose();
    const [talent, first, second] = [
      await newDemoTalent('Clara'),
      await newDemoTalent('Felix'),
      await newDemoTalent('Greta'),
    ];

    const eventPage = await (await new LoginPage(page).loginAs(talent.email)).openEvent(DEMO_EVENT);
    await eventPage.openTab('1-1 Chats');
    const chats = await new TalentChatsPage(page).waitUntilShown();
    const card = chats.recruiter(recruiter.name);
    // The browser is in Kathmandu: the talent's own time first, the event's beside it.
    await card.getByText(/^Next free: .+ \(Kathmandu time\) · .+, 23:00–23:30 Berlin time$/).waitFor();
    await card.getByText('2 free today', { exact: true }).waitFor();
    const request = card.getByRole('button', { name: 'Request 1-1 Chat', exact: true });
    expect(await request.isEnabled()).toBe(true);

    const bookAt = (talentEmail: string, label: string) =>
      bookDemoChat({
        event: DEMO_EVENT,
        talentEmail,
        recruiterEmail: recruiter.email,
        pick: (free) => {
          const slot = free.days.find((d) => d.dayId === day.id)?.slots.find((s) => s.label === label);
          if (!slot) throw new Error(`${label} is not free`);
          return slot;
        },
      });
    await bookAt(first.email, '23:00');
    // No reload: the booking's live message refreshes the list.
    await card.getByText(/, 23:30–00:00 Berlin time$/).waitFor();
    await card.getByText('1 free today', { exact: true }).waitFor();

    await bookAt(second.email, '23:30');
    await card.getByText('No free slots left', { exact: true }).waitFor();
    expect(await card.getByText(/^Next free:/).count()).toBe(0);
    expect(await card.getByText(/free today$/).count()).toBe(0);
    // Asking would end in a slot to pick, and none is left: the button stays, disabled, saying why.
    expect(await request.isDisabled()).toBe(true);
    const describedBy = (await request.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(
      describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toEqual([recruiter.name, 'No free slots left']);
  });
});
