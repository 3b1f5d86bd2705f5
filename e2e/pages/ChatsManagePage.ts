import type { Locator, Page } from 'playwright-core';
import { AllChatsPage } from './AllChatsPage.js';
import { AvailabilityEditor } from './AvailabilityEditor.js';

/** `Manage 1-1 Chats`: one card per recruiter of the company, oneself first. */
export class ChatsManagePage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<this> {
    await this.page.getByRole('heading', { name: 'Manage 1-1 Chats', exact: true, level: 2 }).waitFor();
    return this;
  }

  /** A recruiter's card, named by the recruiter. */
  member(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /**
   * The status badge of a recruiter's card. The same words come again further down the card (a day "Not set up",
   * the "Confirmed" counter), so the badge is the first of them, right under the name.
   */
  async status(name: string): Promise<string> {
    const states = this.member(name).getByText(/^(Not set up|Not confirmed yet|Confirmed)$/);
    return ((await states.first().textContent()) ?? '').trim();
  }

  /** Shown until the person's availability is confirmed. */
  setUpButton(name: string): Locator {
    return this.member(name).getByRole('button', { name: 'Set Up Availability', exact: true });
  }

  async setUpAvailability(name: string): Promise<AvailabilityEditor> {
    await this.setUpButton(name).click();
    return new AvailabilityEditor(this.page).waitUntilShown(name);
  }

  /** Once set up, the name opens the person's calendar. */
  async openCalendar(name: string): Promise<AvailabilityEditor> {
    await this.member(name).getByRole('link', { name, exact: true }).click();
    return new AvailabilityEditor(this.page).waitUntilShown(name);
  }

  async allChats(): Promise<AllChatsPage> {
    await this.page.getByRole('button', { name: 'All 1-1 Chats', exact: true }).click();
    return new AllChatsPage(this.page).waitUntilShown();
  }

  async backToRequests(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the requests', exact: true }).click();
  }
}
