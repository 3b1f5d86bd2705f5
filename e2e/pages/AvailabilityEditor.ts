import type { Locator, Page } from 'playwright-core';
import { ChatsManagePage } from './ChatsManagePage.js';

export interface RecruiterDetails {
  backgrounds: string[];
  languages: string[];
  topics: string[];
  customQuestion: string;
}

/** One recruiter's calendar (oneself or a colleague): per day a duration and slot toggles, then the details. */
export class AvailabilityEditor {
  constructor(private readonly page: Page) {}

  async waitUntilShown(recruiter: string): Promise<this> {
    await this.page
      .getByRole('heading', { name: `${recruiter}’s availability`, exact: true, level: 2 })
      .waitFor();
    return this;
  }

  /** A day's card, named by its date as the app writes it (`Thu, 5 Dec 2030`). */
  day(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  duration(day: Locator): Locator {
    return day.getByRole('combobox', { name: 'Duration', exact: true });
  }

  async chooseDuration(day: Locator, minutes: number): Promise<void> {
    await this.duration(day).click();
    await this.page.getByRole('option', { name: `${minutes} minutes`, exact: true }).click();
    await this.waitSaved(day);
  }

  /** A slot toggle, named by its start time `HH:MM` in the event's zone. */
  slot(day: Locator, label: string): Locator {
    return day.getByRole('button', { name: label, exact: true });
  }

  async isOpen(slot: Locator): Promise<boolean> {
    return (await slot.getAttribute('aria-pressed')) === 'true';
  }

  async selectAll(day: Locator): Promise<void> {
    await day.getByRole('button', { name: 'Select all', exact: true }).click();
    await this.waitSaved(day);
  }

  /** Every change saves at once; the day says when its save is through. */
  async waitSaved(day: Locator): Promise<void> {
    await day
      .getByRole('status')
      .filter({ hasText: /^\s*Saved\s*$/ })
      .waitFor();
  }

  /** Mantine's tags inputs are comboboxes (they suggest values); a tag is added with Enter. */
  tagsField(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  async fillDetails(details: RecruiterDetails): Promise<void> {
    for (const [label, values] of [
      ['Background', details.backgrounds],
      ['Languages', details.languages],
      ['Topics', details.topics],
    ] as const) {
      const input = this.tagsField(label);
      for (const value of values) {
        await input.fill(value);
        await input.press('Enter');
      }
    }
    await this.page
      .getByRole('textbox', { name: 'Custom question', exact: true })
      .fill(details.customQuestion);
  }

  /** Shown at a direct-booking event that lets recruiters ask talents for a request instead. */
  get requireApproval(): Locator {
    return this.page.getByRole('switch', { name: 'Require approval', exact: true });
  }

  get confirmedStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Confirmed — talents can request/ });
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm Availability', exact: true }).click();
    await this.confirmedStatus.waitFor();
  }

  async backToOverview(): Promise<ChatsManagePage> {
    await this.page.getByRole('link', { name: 'Back to the team overview', exact: true }).click();
    return new ChatsManagePage(this.page).waitUntilShown();
  }
}
