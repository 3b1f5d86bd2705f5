import type { Locator, Page } from 'playwright-core';
import { DEMO_EVENT } from '../support/accounts.js';
import { ChatsRequestLists } from './ChatsRequestLists.js';
import { LoginPage } from './LoginPage.js';

/** The answer a recruiter's custom question asks for: the field is labelled with the question itself. */
export interface Answer {
  question: string;
  text: string;
}

/** The talent's `1-1 Chats` tab: their own chats in the five tabs, then the recruiters they can ask. */
export class TalentChatsPage extends ChatsRequestLists {
  constructor(page: Page) {
    super(page, 'listitem');
  }

  /** Signs in as the talent and opens the demo event's `1-1 Chats` tab. */
  static async open(page: Page, email: string): Promise<TalentChatsPage> {
    const eventPage = await (await new LoginPage(page).loginAs(email)).openEvent(DEMO_EVENT);
    await eventPage.openTab('1-1 Chats');
    return new TalentChatsPage(page).waitUntilShown();
  }

  readonly recruiters = this.page.getByRole('region', { name: 'Recruiters', exact: true });

  async waitUntilShown(): Promise<this> {
    await this.tab('Requests').waitFor();
    await this.recruiters.waitFor();
    return this;
  }

  recruiter(name: string): Locator {
    return this.recruiters.getByRole('article', { name, exact: true });
  }

  requestDialog(recruiter: string): Locator {
    return this.page.getByRole('dialog', { name: `Request a 1-1 chat with ${recruiter}`, exact: true });
  }

  async request(recruiter: string, answer?: Answer): Promise<void> {
    await this.recruiter(recruiter).getByRole('button', { name: 'Request 1-1 Chat', exact: true }).click();
    await this.sendRequest(recruiter, answer);
  }

  /** Fills and sends the open request dialog. */
  async sendRequest(recruiter: string, answer?: Answer): Promise<void> {
    const dialog = this.requestDialog(recruiter);
    if (answer) await dialog.getByRole('textbox', { name: answer.question, exact: true }).fill(answer.text);
    await dialog.getByRole('button', { name: 'Send Request', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** `Book 1-1 Chat` on a recruiter's card (the event's `Direct booking` mode). */
  bookButton(recruiter: string): Locator {
    return this.recruiter(recruiter).getByRole('button', { name: 'Book 1-1 Chat', exact: true });
  }

  /** Opens the direct booking dialog: the same slot picker, with the answer to the recruiter's question. */
  async book(recruiter: string): Promise<SlotPicker> {
    await this.bookButton(recruiter).click();
    const picker = new SlotPicker(this.page, recruiter, `Book a 1-1 chat with ${recruiter}`);
    await picker.dialog.waitFor();
    return picker;
  }

  /** The booking mode and window in effect, at the top of the tab. */
  get bookingRules(): Locator {
    return this.page.getByTestId('booking-rules');
  }

  /** The event's fair-use rules in effect, one sentence each, beside the booking mode. */
  get eventRules(): Locator {
    return this.page.getByRole('region', { name: 'Rules of this event', exact: true });
  }

  /** `Pick a Time Slot` on an approved request: the picker dialog. */
  async pickTimeSlot(recruiter: string): Promise<SlotPicker> {
    const card = await this.card('In Scheduling', recruiter);
    await card.getByRole('button', { name: 'Pick a Time Slot', exact: true }).click();
    const picker = new SlotPicker(this.page, recruiter);
    await picker.dialog.waitFor();
    return picker;
  }
}

/** The recruiter's free slots, a day per tab, each slot a button named `HH:MM` in the event's zone. */
export class SlotPicker {
  readonly dialog: Locator;

  constructor(page: Page, recruiter: string, title = `Pick a time for your 1-1 chat with ${recruiter}`) {
    this.dialog = page.getByRole('dialog', { name: title, exact: true });
  }

  async openDay(name: string): Promise<void> {
    await this.dialog.getByRole('tab', { name, exact: true }).click();
    await this.dialog.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  }

  slot(label: string): Locator {
    return this.dialog.getByRole('button', { name: label, exact: true });
  }

  async choose(day: string, label: string): Promise<void> {
    await this.openDay(day);
    await this.slot(label).click();
    await this.dialog.getByRole('button', { name: label, exact: true, pressed: true }).waitFor();
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Confirm Time Slot', exact: true });
  }

  get error(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** Said when a live update takes the chosen time away before `Confirm Time Slot`. */
  get justBooked(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: 'Just booked by someone else' });
  }
}
