import type { Locator } from 'playwright-core';
import { field } from '../support/locators.js';
import { EventFormPage } from './EventFormPage.js';

/** The organizer's `Event setup` tab: the event form, plus publishing. */
export class EventSetupTab extends EventFormPage {
  get publishButton() {
    return this.page.getByRole('button', { name: 'Publish event', exact: true });
  }

  get unpublishButton() {
    return this.page.getByRole('button', { name: 'Unpublish', exact: true });
  }

  async chooseBookingMode(mode: 'Approval' | 'Direct booking'): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Booking mode' })
      .getByRole('radio', { name: mode, exact: true })
      .check();
  }

  /**
   * `Bookings open` or `Bookings close`: a date field and, beside it (`… at`), a 24-hour `HH:MM` time, on the
   * event's clock. `null` clears both.
   */
  async setBookingBound(
    label: 'Bookings open' | 'Bookings close',
    at: { date: string; time: string } | null,
  ): Promise<void> {
    await field(this.page, label).fill(at?.date ?? '');
    await field(this.page, `${label} at`).fill(at?.time ?? '');
  }

  /** The time field of `Bookings open` or `Bookings close`. */
  bookingBoundTime(label: 'Bookings open' | 'Bookings close'): Locator {
    return field(this.page, `${label} at`);
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await this.unpublishButton.waitFor();
  }
}
