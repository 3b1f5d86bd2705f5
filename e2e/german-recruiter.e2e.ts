import { runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { createOwnEvent, dayName, requestChat, teamMember } from './support/chats-setup.js';
import { GERMAN_DAY, logInInGerman, TUESDAY, tuesdayAhead } from './support/german.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

/** Live updates must arrive without a reload, within a few seconds. */
const LIVE = { timeout: 5_000 };

const QUESTION = 'Welches Projekt hat Sie am meisten gefordert?';

describe('a recruiter whose browser speaks German', () => {
  test('sets up and confirms availability, approves one request and declines another with a reason, all in German', async ({
    openPage,
  }) => {
    // An event of its own, on approval, so the demo event's recruiters and talents are undisturbed.
    const name = `Jobmesse ${runTag()}`;
    const date = tuesdayAhead();
    const event = await createOwnEvent({
      name,
      bookingMode: 'approval',
      days: [{ date, mode: 'virtual', opensAt: '09:00', closesAt: '12:00', durations: [20, 30] }],
    });
    const recruiter = await newDemoRecruiter(name);
    const [mara, jonas] = [await newDemoTalent('Mara', name), await newDemoTalent('Jonas', name)];

    // In the event's zone, so each time reads once, on the event's clock.
    const page = await openPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await logInInGerman(page, recruiter.email);
    await page.goto(`/events/${event.id}/chats`);
    await page.getByRole('tab', { name: '1:1-Gespräche', exact: true, selected: true }).waitFor();
    await page.getByText('Richten Sie Ihre Verfügbarkeit ein', { exact: true }).waitFor();
    await page.getByRole('button', { name: '1:1-Gespräche verwalten', exact: true }).click();

    // The team overview, then the recruiter's own calendar.
    await page.getByRole('heading', { name: '1:1-Gespräche verwalten', exact: true, level: 2 }).waitFor();
    const me = page.getByRole('article', { name: recruiter.name, exact: true });
    await me.getByText('Nicht eingerichtet', { exact: true }).first().waitFor();
    await me.getByRole('button', { name: 'Verfügbarkeit einrichten', exact: true }).click();
    await page
      .getByRole('heading', { name: `Verfügbarkeit von ${recruiter.name}`, exact: true, level: 2 })
      .waitFor();
    await page.getByText(/Alle Zeiten sind Ortszeit Berlin \(Europe\/Berlin\)\.$/).waitFor();
    const dayTitle = dayName(date, 'de-DE');
    expect(dayTitle).toMatch(TUESDAY);
    const day = page.getByRole('group', { name: dayTitle, exact: true });
    await day
      .getByText(
        'Geöffnet 09:00–12:00 Ortszeit Berlin · Noch nicht eingerichtet: Talente sehen an diesem Tag kein Zeitfenster.',
        {
          exact: true,
        },
      )
      .waitFor();
    const saved = day.getByRole('status').filter({ hasText: /^\s*Gespeichert\s*$/ });
    await day.getByRole('combobox', { name: 'Dauer', exact: true }).click();
    await page.getByRole('option', { name: '30 Minuten', exact: true }).click();
    await saved.waitFor();
    for (const label of ['10:00', '10:30']) {
      const slot = day.getByRole('button', { name: label, exact: true });
      await slot.click();
      await expect.poll(() => slot.getAttribute('aria-pressed')).toBe('true');
    }
    await saved.waitFor();
    await day
      .getByText('Geöffnet 09:00–12:00 Ortszeit Berlin · 2 frei · 0 gebucht', { exact: true })
      .waitFor();

    await page.getByRole('heading', { name: 'Angaben (optional)', exact: true, level: 3 }).waitFor();
    for (const [label, value] of [
      ['Sprachen', 'Deutsch'],
      ['Themen', 'Robotik'],
    ] as const) {
      const tags = page.getByRole('combobox', { name: label, exact: true });
      await tags.fill(value);
      await tags.press('Enter');
    }
    await page.getByRole('textbox', { name: 'Eigene Frage', exact: true }).fill(QUESTION);
    await page.getByRole('button', { name: 'Verfügbarkeit bestätigen', exact: true }).click();
    await page.getByRole('alert').getByText('Verfügbarkeit bestätigt', { exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Bestätigt – Talente können Sie anfragen\. / })
      .waitFor();

    await page.getByRole('link', { name: 'Zurück zur Teamübersicht', exact: true }).click();
    await me.getByText('Bestätigt', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Zurück zu den Anfragen', exact: true }).click();
    await page.getByRole('heading', { name: 'Anfragen für 1:1-Gespräche', exact: true, level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Anfragen', exact: true, selected: true }).waitFor();
    await page.getByText('Keine offenen Anfragen', { exact: true }).waitFor();

    // Two talents ask; the open page shows their requests by itself, each sent today, in German.
    const recruiterApi = await ApiSession.login(recruiter.email);
    const { recruiter: listed } = await teamMember(recruiterApi, event.id, recruiter.email);
    await recruiterApi.dispose();
    for (const talent of [mara, jonas]) {
      const api = await ApiSession.login(talent.email);
      await requestChat(api, {
        eventId: event.id,
        recruiterId: listed.id,
        answer: `Eine Drohne von ${talent.name}.`,
      });
      await api.dispose();
    }
    const requests = page.getByRole('tabpanel', { name: 'Anfragen', exact: true });
    for (const talent of [mara, jonas]) {
      const card = requests.getByRole('article', { name: talent.name, exact: true });
      await card.waitFor(LIVE);
      await card.getByText(new RegExp(`^Angefragt von ${talent.name} am ${GERMAN_DAY}$`)).waitFor();
      await card.getByText(`Antwort auf „${QUESTION}“`, { exact: true }).waitFor();
    }

    // Mara is approved and moves on to picking a time.
    const maraCard = requests.getByRole('article', { name: mara.name, exact: true });
    await maraCard.getByRole('button', { name: 'Annehmen', exact: true }).click();
    const approved = page.getByRole('alert').filter({ hasText: 'Anfrage angenommen' });
    await approved.getByText(`${mara.name} kann jetzt ein Zeitfenster wählen.`, { exact: true }).waitFor();
    await maraCard.waitFor({ state: 'detached' });

    // Jonas is declined: not without a reason, then with one of the ready-made ones.
    const jonasCard = requests.getByRole('article', { name: jonas.name, exact: true });
    await jonasCard.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Anfrage von ${jonas.name} ablehnen`, exact: true });
    await dialog.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    const message = dialog.getByRole('textbox', { name: 'Nachricht', exact: true });
    await expect.poll(() => message.getAttribute('aria-invalid')).toBe('true');
    await dialog
      .getByText(
        'Schreiben Sie dem Talent eine kurze Begründung oder wählen Sie eine der vorbereiteten Begründungen.',
        { exact: true },
      )
      .waitFor();
    await dialog
      .getByText('Keine Kolleg:in hat eine bestätigte Verfügbarkeit, die Sie vorschlagen könnten.')
      .waitFor();
    const reason = 'Keine freien Zeitfenster mehr';
    await dialog
      .getByRole('group', { name: 'Vorbereitete Begründungen', exact: true })
      .getByRole('button', { name: reason, exact: true })
      .click();
    expect(await message.inputValue()).toBe(reason);
    await dialog.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const declinedToast = page.getByRole('alert').filter({ hasText: 'Anfrage abgelehnt' });
    await declinedToast.getByText(`${jonas.name} wurde benachrichtigt.`, { exact: true }).waitFor();
    await jonasCard.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'In Planung', exact: true }).click();
    await page
      .getByRole('tabpanel', { name: 'In Planung', exact: true })
      .getByRole('article', { name: mara.name, exact: true })
      .getByRole('heading', { name: mara.name, exact: true })
      .waitFor();
    await page.getByRole('tab', { name: 'Abgelehnt', exact: true }).click();
    const declined = page
      .getByRole('tabpanel', { name: 'Abgelehnt', exact: true })
      .getByRole('article', { name: jonas.name, exact: true });
    await declined.getByText('Antwort bei der Ablehnung', { exact: true }).waitFor();
    await declined.getByText(reason, { exact: true }).waitFor();
    await declined.getByRole('button', { name: 'Verlauf anzeigen', exact: true }).click();
    await declined
      .getByRole('list', { name: 'Verlauf', exact: true })
      .getByText(new RegExp(`^${recruiter.name} hat die Anfrage abgelehnt · ${GERMAN_DAY}, \\d\\d:\\d\\d$`))
      .waitFor();
    await declined.getByRole('button', { name: 'Verlauf ausblenden', exact: true }).waitFor();
  });
});
