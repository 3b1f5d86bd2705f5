import type { Locator, Page } from 'playwright-core';

const CHAT_TABS = ['Requests', 'In Scheduling', 'Confirmed', 'Declined', 'Completed'] as const;
export type ChatTabName = (typeof CHAT_TABS)[number];

/**
 * The five request-list tabs both recruiters and talents have. Each chat is a card named by the other person:
 * an `article` on the recruiter's side, a list item on the talent's.
 */
export class ChatsRequestLists {
  constructor(
    protected readonly page: Page,
    private readonly cardRole: 'article' | 'listitem',
  ) {}

  tab(name: ChatTabName): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: ChatTabName): Promise<void> {
    await this.tab(name).click();
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  }

  /** The open tab's panel: only the selected tab's panel is in the page. */
  panel(name: ChatTabName): Locator {
    return this.page.getByRole('tabpanel', { name, exact: true });
  }

  /** The chat with `person` in a tab; opens the tab first. */
  async card(tab: ChatTabName, person: string): Promise<Locator> {
    await this.openTab(tab);
    return this.panel(tab).getByRole(this.cardRole, { name: person, exact: true });
  }
}
