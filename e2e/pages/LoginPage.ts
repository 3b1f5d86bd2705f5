import type { Page } from 'playwright-core';
import { field } from '../support/locators.js';
import { EventsPage } from './EventsPage.js';

export const DEMO_PASSWORD = 'parley-demo';

export class LoginPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Log in' });
  }

  get error() {
    return this.page.getByRole('alert');
  }

  async goto(): Promise<this> {
    await this.page.goto('/login');
    await this.heading.waitFor();
    return this;
  }

  async login(email: string, password: string): Promise<void> {
    await field(this.page, 'Email').fill(email);
    await field(this.page, 'Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in', exact: true }).click();
  }

  /** Logs in and waits for the list of events, where every login lands. */
  async loginAs(email: string, password = DEMO_PASSWORD): Promise<EventsPage> {
    await this.goto();
    await this.login(email, password);
    return new EventsPage(this.page).waitUntilShown();
  }
}
