import type { Locator } from 'playwright-core';
import type { RecruiterAvailability } from '../src/shared/schemas/availability.schemas.js';
import { AvailabilityEditor } from './pages/AvailabilityEditor.js';
import { DEMO_PASSWORD } from './pages/LoginPage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { dayName, findEvent, teamMember } from './support/chats-setup.js';
import { describe, expect, test } from './support/browser.js';
import { KeyboardUser } from './support/keyboard.js';
import { newDemoRecruiter } from './support/newcomers.js';

/** The `HH:MM` labels of a day's slots that are open, as the page shows them. */
async function openLabels(day: Locator): Promise<string[]> {
  const pressed = day.getByRole('grid').getByRole('button', { pressed: true });
  return (await pressed.allInnerTexts()).map((text) => text.trim());
}

describe('setting up availability with the keyboard only', () => {
  test('a new recruiter opens slots with arrows, Space and Shift, fills a detail and confirms in a few keys', async ({
    page,
  }) => {
    const recruiter = await newDemoRecruiter();
    const keys = new KeyboardUser(page);

    await page.goto('/login');
    await keys.tabTo(page.getByRole('textbox', { name: 'Email' }));
    await keys.type(recruiter.email);
    await keys.press('Tab');
    await keys.type(DEMO_PASSWORD);
    await keys.press('Enter');
    await keys.tabTo(page.getByRole('link', { name: DEMO_EVENT, exact: true }));
    await keys.press('Enter');
    await keys.tabTo(page.getByRole('tab', { name: '1-1 Chats', exact: true }));
    await page.getByRole('tab', { name: '1-1 Chats', exact: true, selected: true }).waitFor();
    await keys.tabTo(page.getByRole('button', { name: 'Manage 1-1 Chats', exact: true }));
    await keys.press('Enter');
    await keys.tabTo(
      page
        .getByRole('article', { name: recruiter.name, exact: true })
        .getByRole('button', { name: 'Set Up Availability', exact: true }),
    );
    await keys.press('Enter');
    const editor = await new AvailabilityEditor(page).waitUntilShown(recruiter.name);

    // Tomorrow: every slot is still ahead, whatever the time of the run.
    const api = await ApiSession.login(recruiter.email);
    const event = await findEvent(api, DEMO_EVENT);
    const { recruiter: me } = await teamMember(api, event.id, recruiter.email);
    const url = `/api/events/${event.id}/recruiters/${me.id}/availability`;
    const before = await api.get<RecruiterAvailability>(url);
    const tomorrow = before.days[1]!;
    const day = editor.day(dayName(tomorrow.date));
    const labels = tomorrow.slots.map((slot) => slot.label);
    await keys.tabTo(day.getByRole('grid'));
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(labels[0]);

    keys.presses = 0;
    await keys.press('Space');
    await keys.press('Shift+ArrowRight', 2);
    await keys.press('ArrowDown');
    await keys.press('Space');
    // Down keeps the minute: the slot of the next hour in the third column.
    const nextHour = labels.filter((label) => label.slice(0, 2) === labels[3]!.slice(0, 2))[0]!;
    const below = labels[labels.indexOf(nextHour) + 2]!;
    const chosen = [labels[0]!, labels[1]!, labels[2]!, below];
    await editor.waitSaved(day);
    expect(await openLabels(day)).toEqual(chosen);

    await keys.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to details');
    await keys.press('Enter');
    await keys.press('Tab');
    await keys.type('Robotics');
    await keys.press('Enter');
    await keys.tabTo(page.getByRole('button', { name: 'Confirm Availability', exact: true }));
    await keys.press('Enter');
    await editor.confirmedStatus.waitFor();
    expect(keys.presses).toBeLessThanOrEqual(25);

    const saved = await api.get<RecruiterAvailability>(url);
    await api.dispose();
    const savedDay = saved.days.find((d) => d.dayId === tomorrow.dayId)!;
    expect(savedDay.slots.filter((slot) => slot.status === 'available').map((slot) => slot.label)).toEqual(
      chosen,
    );
    expect(saved.details.backgrounds).toEqual(['Robotics']);
    expect(saved.details.confirmedAt).not.toBeNull();
  });
});
