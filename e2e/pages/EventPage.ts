import { AppHeader } from './AppHeader.js';

/** `/events/:id`: the event's name as the page heading and one tab per part of the role's work. */
export class EventPage extends AppHeader {
  /** The event's own tabs: the first tab list, as some tabs hold tab lists of their own (the 1-1 chat lists). */
  readonly tabs = this.page.getByRole('tablist').first().getByRole('tab');

  async waitUntilShown(name: string): Promise<this> {
    await this.page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
    await this.tabs.first().waitFor();
    return this;
  }

  /** What the organizer wrote about the event, shown to everyone who may open it. */
  readonly description = this.page.getByTestId('event-description');

  async tabNames(): Promise<string[]> {
    return (await this.tabs.allInnerTexts()).map((text) => text.trim());
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  }
}
