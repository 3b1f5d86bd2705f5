import type { Locator, Page } from 'playwright-core';

/** The recruiter's `Talent Profiles` tab: the search, and a talent's profile opening in a drawer over it. */
export class TalentProfilesPage {
  constructor(private readonly page: Page) {}

  /** Searches and waits for the results: the search lands in the address once the recruiter pauses typing. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Search talents', exact: true }).fill(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
    await this.page
      .getByRole('status')
      .filter({ hasText: /talents? match$/ })
      .waitFor();
  }

  /** The open profile's talent, as its address names them. */
  talentId(): string {
    return new URL(this.page.url()).pathname.split('/').at(-1)!;
  }

  /** Opens the profile of `talent` from the results; the drawer is named by the talent. */
  async openProfile(talent: string): Promise<Locator> {
    await this.search(talent);
    await this.page.getByRole('link', { name: talent, exact: true }).click();
    await this.page.waitForURL((url) => /\/talents\/[^/]+$/.test(url.pathname));
    const drawer = this.page.getByRole('dialog', { name: talent, exact: true });
    await drawer.getByRole('heading', { name: 'Languages', exact: true }).waitFor();
    return drawer;
  }

  /** `Request 1-1 Chat` in the open profile: the invitation dialog. */
  async invite(profile: Locator, talent: string): Promise<InviteDialog> {
    await profile.getByRole('button', { name: 'Request 1-1 Chat', exact: true }).click();
    const invite = new InviteDialog(this.page, talent);
    await invite.dialog.waitFor();
    return invite;
  }
}

/** `Invite <talent> to a 1-1 chat`: first the event and who chats, then that recruiter's calendar and a message. */
export class InviteDialog {
  readonly dialog: Locator;

  constructor(
    private readonly page: Page,
    talent: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Invite ${talent} to a 1-1 chat`, exact: true });
  }

  get event(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Event', exact: true });
  }

  async chooseEvent(name: string): Promise<void> {
    await this.event.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Options read `Alex Morgan · 1 confirmed · 70 free slots` (or `Sam Lee (you) · …`). */
  async chatWith(recruiter: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Chat with', exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${recruiter} · `) }).click();
  }

  get continueButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Continue to Time Selection', exact: true });
  }

  async continueToTimeSelection(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Continue to Time Selection', exact: true }).click();
  }

  /** A day of the chosen recruiter's calendar, as in the availability editor. */
  day(name: string): Locator {
    return this.dialog.getByRole('group', { name, exact: true });
  }

  async attachMessage(text: string): Promise<void> {
    await this.dialog.getByRole('switch', { name: 'Attach a Message', exact: true }).check();
    await this.dialog.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  }

  async send(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Send Invitation', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
