import { EventFormPage } from './EventFormPage.js';

/** The organizer's `Event setup` tab: the event form, plus publishing. */
export class EventSetupTab extends EventFormPage {
  get publishButton() {
    return this.page.getByRole('button', { name: 'Publish event', exact: true });
  }

  get unpublishButton() {
    return this.page.getByRole('button', { name: 'Unpublish', exact: true });
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await this.unpublishButton.waitFor();
  }
}
