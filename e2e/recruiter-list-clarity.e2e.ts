import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import {
  createOwnEvent,
  bookDemoChat,
  confirmAvailability,
  openSlots,
  teamMember,
} from './support/chats-setup.js';
import { clock, zoneNearest } from './support/daytime.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

/**
 * An event of its own running all of today, in the zone where it is closest to late morning (so that two slots
 * are always left today, whenever the suite runs), with its two next half-hour slots from an hour ahead.
 */
async function eventOfToday() {
  const zone = zoneNearest(11 * 60);
  const first = Math.ceil((zone.minute + 60) / 30) * 30;
  const name = `Clarity Fair ${runTag()}`;
  const event = await createOwnEvent({
    name,
    timeZone: zone.timeZone,
    days: [{ date: zone.date, mode: 'virtual', opensAt: '00:00', closesAt: '24:00', durations: [30] }],
  });
  const slots = [clock(first), clock(first + 30)];
  return { name, event, zone: zone.shown, slots, ends: clock(first + 60) };
}

describe("the talents' recruiter list", () => {
  test('shows the next free slot and how many are left today, and "No free slots left" once others book them, live', async ({
    page,
  }) => {
    const { name, event, zone, slots, ends } = await eventOfToday();
    const day = event.days[0]!;

    const recruiter = await newDemoRecruiter(name);
    const recruiterApi = await ApiSession.login(recruiter.email);
    const me = await teamMember(recruiterApi, event.id, recruiter.email);
    await openSlots(recruiterApi, {
      eventId: event.id,
      recruiterId: me.recruiter.id,
      dayId: day.id,
      durationMinutes: 30,
      labels: slots,
    });
    await confirmAvailability(recruiterApi, { eventId: event.id, recruiterId: me.recruiter.id, details: {} });
    await recruiterApi.dispose();
    const [talent, first, second] = [
      await newDemoTalent('Clara', name),
      await newDemoTalent('Felix', name),
      await newDemoTalent('Greta', name),
    ];

    const eventPage = await (await new LoginPage(page).loginAs(talent.email)).openEvent(name);
    await eventPage.openTab('1-1 Chats');
    const chats = await new TalentChatsPage(page).waitUntilShown();
    const card = chats.recruiter(recruiter.name);
    // The browser is in Kathmandu: the talent's own time first, the event's beside it.
    await card
      .getByText(
        new RegExp(`^Next free: .+ \\(Kathmandu time\\) · .+, ${slots[0]}–${slots[1]} ${zone} time$`),
      )
      .waitFor();
    await card.getByText('2 free today', { exact: true }).waitFor();
    const request = card.getByRole('button', { name: 'Request 1-1 Chat', exact: true });
    expect(await request.isEnabled()).toBe(true);

    const bookAt = (talentEmail: string, label: string) =>
      bookDemoChat({
        event: name,
        talentEmail,
        recruiterEmail: recruiter.email,
        pick: (free) => {
          const slot = free.days.find((d) => d.dayId === day.id)?.slots.find((s) => s.label === label);
          if (!slot) throw new Error(`${label} is not free`);
          return slot;
        },
      });
    await bookAt(first.email, slots[0]!);
    // No reload: the booking's live message refreshes the list.
    await card.getByText(new RegExp(`, ${slots[1]}–${ends} ${zone} time$`)).waitFor();
    await card.getByText('1 free today', { exact: true }).waitFor();

    await bookAt(second.email, slots[1]!);
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
