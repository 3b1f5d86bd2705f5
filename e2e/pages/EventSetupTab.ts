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

  /** `Bookings open` or `Bookings close`: a date and time on the event's clock. */
  bookingBound(label: 'Bookings open' | 'Bookings close'): Locator {
    return field(this.page, label);
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await this.unpublishButton.waitFor();
  }
}
