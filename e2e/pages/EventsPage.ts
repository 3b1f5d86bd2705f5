import { AppHeader } from './AppHeader.js';
import { EventFormPage } from './EventFormPage.js';
import { EventPage } from './EventPage.js';

/** `/`: the events of the signed-in person, each a link named by the event. */
export class EventsPage extends AppHeader {
  readonly heading = this.page.getByRole('heading', { name: 'Your events', level: 1 });

  async goto(): Promise<this> {
    await this.page.goto('/');
    return this.waitUntilShown();
  }

  async waitUntilShown(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  eventLink(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }

  async openEvent(name: string): Promise<EventPage> {
    await this.eventLink(name).click();
    return new EventPage(this.page).waitUntilShown(name);
  }

  async createEvent(): Promise<EventFormPage> {
    const name = { name: 'Create event', exact: true };
    await this.page.getByRole('link', name).or(this.page.getByRole('button', name)).click();
    return new EventFormPage(this.page).waitUntilShown();
  }
}
