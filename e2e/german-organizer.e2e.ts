import type { Locator, Page } from 'playwright-core';
import { CHAT_DURATIONS } from './pages/EventFormPage.js';
import { ORGANIZER, runTag } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { dayName } from './support/chats-setup.js';
import { logInInGerman, tuesdayAhead } from './support/german.js';
import { describedBy, field } from './support/locators.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day after `isoDate`, `YYYY-MM-DD`. */
const dayAfter = (isoDate: string) => new Date(Date.parse(isoDate) + DAY_MS).toISOString().slice(0, 10);

/** Ticks the chat durations a day offers, by their German labels (`30 Min.`), and unticks the others. */
async function offerDurations(day: Locator, minutes: number[]): Promise<void> {
  const durations = day.getByRole('group', { name: 'Gesprächslängen' });
  // Wanted ones first, so the day never passes through "no duration at all".
  const order = [...CHAT_DURATIONS].sort((a, b) => Number(minutes.includes(b)) - Number(minutes.includes(a)));
  for (const each of order)
    await durations
      .getByRole('checkbox', { name: `${each} Min.`, exact: true })
      .setChecked(minutes.includes(each));
}

/** A figure of a dashboard card (`Personen`), by its label. */
const figure = (page: Page, card: string, label: string) =>
  page
    .getByRole('region', { name: card, exact: true })
    .getByText(label, { exact: true })
    .locator('xpath=following-sibling::dd');

describe('an organizer whose browser speaks German', () => {
  test('creates an event, is told in German on the field what is wrong, edits it, registers people and reads the dashboard', async ({
    openPage,
  }) => {
    const name = `Karrieretag ${runTag()}`;
    const first = tuesdayAhead(4);
    const second = dayAfter(first);
    const page = await openPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await logInInGerman(page, ORGANIZER);

    await page.getByRole('heading', { name: 'Heute', exact: true, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Event anlegen', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Neues Event', exact: true, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Über das Event', exact: true, level: 2 }).waitFor();
    await field(page, 'Name des Events').fill(name);
    await field(page, 'Beschreibung').fill('Zwei Tage 1:1-Gespräche mit Teams aus der Robotik.');
    const zone = page.getByRole('combobox', { name: 'Zeitzone', exact: true });
    await zone.click();
    await zone.fill('Berlin');
    await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click();
    await page
      .getByRole('radiogroup', { name: 'Wer Anfragen senden darf' })
      .getByRole('radio', { name: 'Beides: Talente fragen an und Recruiter:innen laden ein', exact: true })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Buchungsart' })
      .getByRole('radio', { name: 'Auf Anfrage', exact: true })
      .waitFor();

    // A day in the past is refused on its field, in German, before anything is sent.
    const day1 = page.getByRole('group', { name: 'Tag 1', exact: true });
    const date1 = field(day1, 'Datum');
    await date1.fill('2020-03-03');
    await date1.blur();
    await expect.poll(() => date1.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(date1)).toContain(
      'Dieses Datum liegt in der Vergangenheit. Wählen Sie heute oder einen späteren Tag.',
    );
    await date1.fill(first);
    await expect.poll(() => date1.getAttribute('aria-invalid')).not.toBe('true');
    expect(await describedBy(date1)).toContain(dayName(first, 'de-DE'));
    await day1.getByRole('radio', { name: 'Virtuell', exact: true }).check();
    await field(day1, 'Öffnet um').fill('09:00');
    await field(day1, 'Schließt um').fill('12:00');
    await offerDurations(day1, [20, 30]);

    await page.getByRole('button', { name: 'Tag hinzufügen', exact: true }).click();
    const day2 = page.getByRole('group', { name: 'Tag 2', exact: true });
    await field(day2, 'Datum').fill(second);
    expect(await describedBy(field(day2, 'Datum'))).toContain(dayName(second, 'de-DE'));
    await day2.getByRole('radio', { name: 'Vor Ort', exact: true }).check();
    await field(day2, 'Öffnet um').fill('10:00');
    await field(day2, 'Schließt um').fill('16:00');
    await offerDurations(day2, [15]);

    await page.getByRole('button', { name: 'Event anlegen', exact: true }).click();
    const created = page.getByRole('alert').filter({ hasText: 'Event angelegt' });
    await created
      .getByText(
        `${name} ist bereit. Melden Sie Unternehmen und Talente an und veröffentlichen Sie das Event dann.`,
      )
      .waitFor();
    await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
    await page.getByText('Entwurf', { exact: true }).first().waitFor();
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    expect((await tabs.allInnerTexts()).map((tab) => tab.trim())).toEqual([
      'Dashboard',
      'Event einrichten',
      'Unternehmen',
      'Talente',
      'Meldungen',
      'Benachrichtigungsprotokoll',
      'Ankündigungen',
    ]);

    // The setup: a closing time before the opening is refused on its field; a longer day is saved.
    await page.getByRole('tab', { name: 'Event einrichten', exact: true }).click();
    const setupDay2 = page.getByRole('group', { name: 'Tag 2', exact: true });
    const closes = field(setupDay2, 'Schließt um');
    await expect.poll(() => closes.inputValue()).toBe('16:00');
    await closes.fill('08:00');
    await closes.blur();
    await expect.poll(() => closes.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(closes)).toContain('Muss nach der Öffnungszeit liegen.');
    await closes.fill('17:00');
    await offerDurations(setupDay2, [15, 45]);
    await page.getByRole('button', { name: 'Änderungen speichern', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Änderungen gespeichert' })
      .getByText(`${name} ist auf dem neuesten Stand.`, { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Event veröffentlichen', exact: true }).click();
    await page.getByRole('button', { name: 'Veröffentlichung zurücknehmen', exact: true }).waitFor();
    await page
      .getByText('Veröffentlicht: Teilnehmende können dieses Event öffnen.', { exact: true })
      .waitFor();

    await page.reload();
    await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
    const saved = page.getByRole('group', { name: 'Tag 2', exact: true });
    await expect.poll(() => field(saved, 'Schließt um').inputValue()).toBe('17:00');
    expect(await saved.getByRole('checkbox', { name: '45 Min.', exact: true }).isChecked()).toBe(true);
    expect(await saved.getByRole('radio', { name: 'Vor Ort', exact: true }).isChecked()).toBe(true);
    await page
      .getByText(`${dayName(first, 'de-DE')} – ${dayName(second, 'de-DE')} · Zeiten in Europe/Berlin`, {
        exact: true,
      })
      .waitFor();

    // Registrations: a company with its recruiter, and a talent.
    const tag = runTag();
    const company = {
      name: `Greifwerk ${tag}`,
      recruiter: `Ida Berg ${tag}`,
      email: `ida-${tag}@e2e.parley.test`,
    };
    const talent = { name: `Lea Sommer ${tag}`, email: `lea-${tag}@e2e.parley.test` };
    await page.getByRole('tab', { name: 'Unternehmen', exact: true }).click();
    await page.getByRole('heading', { name: 'Angemeldete Unternehmen', exact: true }).waitFor();
    await page.getByText('Noch keine Unternehmen', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Unternehmen anmelden', exact: true, level: 2 }).waitFor();
    await field(page, 'Name des Unternehmens').fill(company.name);
    await field(page, 'Stand oder Tisch').fill('Halle 2, Stand 14');
    await field(page, 'Name der Recruiter:in').fill(company.recruiter);
    await field(page, 'E-Mail der Recruiter:in').fill(company.email);
    await page.getByRole('button', { name: 'Unternehmen anmelden', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: `${company.name} angemeldet` })
      .getByText('Die Einladungen an 1 Recruiter:in sind unterwegs.', { exact: true })
      .waitFor();
    await page.getByText('1 Unternehmen · 1 Recruiter:in', { exact: true }).waitFor();
    const companies = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Unternehmen', exact: true }) });
    const row = companies.getByRole('row').filter({ hasText: company.name });
    await row.getByText('Halle 2, Stand 14').waitFor();
    await row.getByText(company.recruiter).waitFor();

    await page.getByRole('tab', { name: 'Talente', exact: true }).click();
    await page.getByRole('heading', { name: 'Angemeldete Talente', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Talent anmelden', exact: true, level: 2 }).waitFor();
    await field(page, 'Name').fill(talent.name);
    await field(page, 'E-Mail').fill(talent.email);
    await page.getByRole('button', { name: 'Talent anmelden', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Talent angemeldet' })
      .getByText(`${talent.name} kann jetzt teilnehmen; neue Konten erhalten eine Einladung per E-Mail.`)
      .waitFor();
    await page.getByText('1 Talent · 1 noch eingeladen', { exact: true }).waitFor();
    const talentRow = page.getByRole('row').filter({ hasText: talent.email });
    await talentRow.getByText('Eingeladen', { exact: true }).waitFor();

    // The dashboard counts them, and its health check names the recruiter who has not confirmed yet.
    await page.getByRole('tab', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', exact: true, level: 2 }).waitFor();
    await page.getByText(/^Wird live aktualisiert · Stand: \d\d:\d\d$/).waitFor();
    await expect.poll(() => figure(page, 'Personen', 'Angemeldete Talente').textContent()).toBe('1');
    expect(await figure(page, 'Personen', 'Angemeldete Recruiter:innen').textContent()).toBe('1');
    expect(
      await figure(page, 'Personen', 'Recruiter:innen mit bestätigter Verfügbarkeit').textContent(),
    ).toBe('0');
    expect(await figure(page, 'Gespräche', 'Bestätigt, noch ausstehend').textContent()).toBe('0');
    await page.getByRole('heading', { name: 'Handlungsbedarf', exact: true, level: 2 }).waitFor();
    await page.getByText('Nichts erfordert Ihre Aufmerksamkeit', { exact: true }).waitFor();
    const withinDays = field(page, 'Fehlende Bestätigungen anzeigen ab (Tage vor dem Event)');
    await withinDays.fill('60');
    await page.getByText('1 Recruiter:in ohne bestätigte Verfügbarkeit', { exact: true }).waitFor();
    await page.getByText(new RegExp(`^Das Event beginnt in \\d+ Tagen\\. ${company.recruiter}`)).waitFor();
    await page.getByRole('button', { name: 'Erinnerung senden', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Zeitfenster pro Tag', exact: true, level: 3 }).waitFor();
  });
});
