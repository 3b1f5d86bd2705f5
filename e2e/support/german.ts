import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../pages/LoginPage.js';
import { field } from './locators.js';

/**
 * What the journeys of a German browser share: a day German names unmistakably, and the login in German. Their
 * locators name everything in German on purpose: an English word on a German page fails them.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first Tuesday at least `weeks` weeks ahead, `YYYY-MM-DD`: its name reads `Di., …` in German. */
export function tuesdayAhead(weeks = 2): string {
  const day = new Date(Date.now() + weeks * 7 * DAY_MS);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A Tuesday as German names it: `Di., 5. März 2030`. */
export const TUESDAY = /^Di\., \d{1,2}\. \S+ \d{4}$/;

/** Any day as German names it, within a sentence: `Mo., 3. März 2030`. */
export const GERMAN_DAY = String.raw`(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}`;

/** Logs in on the German login page and waits to be let in. */
export async function logInInGerman(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
  await field(page, 'E-Mail').fill(email);
  await field(page, 'Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
