import { AppHeader } from './AppHeader.js';
import { EventFormPage } from './EventFormPage.js';
import { EventPage } from './EventPage.js';

/**
 * `/`: the Today home, whose `Your events` section lists the events of the signed-in person, each a link named by
 * the event; above it, what needs the person now (see `section`).
 */
export class EventsPage extends AppHeader {
  readonly heading = this.page.getByRole('heading', { name: 'Today', level: 1 });

  /** A group of the home, e.g. `Waiting for your answer`, `Pick a time`, `Your colleagues' requests`. */
  section(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The chat with `person` (a talent's or recruiter's name) in a section of the home. */
  chatIn(title: string, person: string) {
    return this.section(title).getByRole('listitem').filter({ hasText: person });
  }

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
