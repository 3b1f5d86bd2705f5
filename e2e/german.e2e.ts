import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { SlotPicker } from './pages/TalentChatsPage.js';
import { runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import {
  approveChat,
  confirmAvailability,
  createOwnEvent,
  dayName,
  openSlots,
  teamMember,
} from './support/chats-setup.js';
import { GERMAN_DAY, logInInGerman, TUESDAY, tuesdayAhead } from './support/german.js';
import { Mailbox } from './support/mail.js';
import { newDemoRecruiter, newDemoTalent } from './support/newcomers.js';

/** A day as emails name it, without the year: `Di., 5. März`, `Tue 5 Mar`. */
const mailDay = (isoDate: string, locale: 'en-GB' | 'de-DE') =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));

describe('a talent whose browser speaks German', () => {
  test('requests a 1-1 chat, picks a time once approved and reads it all in German, dates and email included', async ({
    openPage,
  }) => {
    // An event of its own, on approval, so the demo event's recruiters and talents are undisturbed.
    const name = `Karrieremesse ${runTag()}`;
    const date = tuesdayAhead();
    const event = await createOwnEvent({
      name,
      bookingMode: 'approval',
      days: [{ date, mode: 'virtual', opensAt: '09:00', closesAt: '12:00', durations: [30] }],
    });
    const recruiter = await newDemoRecruiter(name);
    const recruiterApi = await ApiSession.login(recruiter.email);
    const { recruiter: me } = await teamMember(recruiterApi, event.id, recruiter.email);
    await openSlots(recruiterApi, {
      eventId: event.id,
      recruiterId: me.id,
      dayId: event.days[0]!.id,
      durationMinutes: 30,
      labels: ['10:00', '10:30'],
    });
    await confirmAvailability(recruiterApi, { eventId: event.id, recruiterId: me.id, details: {} });
    const talent = await newDemoTalent('Lena', name);

    try {
      // In the event's zone, so each time reads once, on the event's clock.
      const page = await openPage({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      await logInInGerman(page, talent.email);

      // Her emails on London's clock: the event's Berlin time then stands beside it.
      await page.goto('/account');
      await page.getByRole('heading', { name: 'Ihr Konto', exact: true, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Zeitzone', exact: true, level: 2 }).waitFor();
      const zone = page.getByRole('combobox', { name: 'Zeitzone', exact: true });
      await zone.click();
      await zone.fill('London');
      await page.getByRole('option', { name: 'Europe/London', exact: true }).click();
      await page.getByRole('status').getByText('Zeitzone gespeichert.', { exact: true }).waitFor();

      await page.goto(`/events/${event.id}/chats`);
      await page.getByRole('tab', { name: '1:1-Gespräche', exact: true, selected: true }).waitFor();
      await page.getByRole('tab', { name: 'Mein Zeitplan', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Ihre 1:1-Gespräche', exact: true }).waitFor();
      await page.getByTestId('booking-rules').getByText('Auf Anfrage', { exact: true }).waitFor();
      const recruiters = page.getByRole('region', { name: 'Recruiter:innen', exact: true });
      await recruiters.getByText('1 Recruiter:in', { exact: true }).waitFor();
      const card = recruiters.getByRole('article', { name: recruiter.name, exact: true });
      await card.getByRole('button', { name: 'Favorit', exact: true }).waitFor();
      // The recruiter's free slots per day: the day named in German, the count too.
      await card
        .getByRole('list', { name: 'Freie Zeitfenster pro Tag', exact: true })
        .getByText(TUESDAY)
        .waitFor();
      await card.getByText('30 Min. · 2 freie Zeitfenster', { exact: true }).waitFor();

      await card.getByRole('button', { name: '1:1-Gespräch anfragen', exact: true }).click();
      const request = page.getByRole('dialog', {
        name: `1:1-Gespräch mit ${recruiter.name} anfragen`,
        exact: true,
      });
      await request.getByRole('textbox', { name: 'Nachricht', exact: true }).fill('Robotik und Sensorik.');
      await request.getByRole('button', { name: 'Anfrage senden', exact: true }).click();
      await request.waitFor({ state: 'detached' });
      await page.getByRole('alert').getByText('Anfrage gesendet', { exact: true }).waitFor();
      await card.getByText('Anfrage gesendet', { exact: true }).waitFor();
      await page.getByRole('tab', { name: 'Anfragen', exact: true, selected: true }).waitFor();
      const requested = page
        .getByRole('tabpanel', { name: 'Anfragen', exact: true })
        .getByRole('listitem', { name: recruiter.name, exact: true });
      // Sent today: a German weekday (`Mo.` … `So.`) and a German month.
      await requested
        .getByText(
          new RegExp(
            `^Gesendet am ${GERMAN_DAY}\\. Wartet auf eine Antwort von ${recruiter.name}; Sie erhalten eine E-Mail\\.$`,
          ),
        )
        .waitFor();
      await requested.getByRole('button', { name: 'Anfrage zurückziehen', exact: true }).waitFor();

      const talentApi = await ApiSession.login(talent.email);
      const { chats } = await talentApi.get<{ chats: Chat[] }>(`/api/events/${event.id}/chats`);
      await talentApi.dispose();
      await approveChat(recruiterApi, chats[0]!.id);

      // The lists follow the approval live.
      await page.getByRole('tab', { name: 'In Planung', exact: true }).click();
      const approved = page
        .getByRole('tabpanel', { name: 'In Planung', exact: true })
        .getByRole('listitem', { name: recruiter.name, exact: true });
      await approved
        .getByText(`${recruiter.name} hat Ihre Anfrage angenommen. Wählen Sie eines der freien Zeitfenster.`)
        .waitFor();
      await approved.getByRole('button', { name: 'Zeitfenster wählen', exact: true }).click();
      const picker = new SlotPicker(
        page,
        recruiter.name,
        `Zeit für Ihr 1:1-Gespräch mit ${recruiter.name} wählen`,
      );
      await picker.dialog.waitFor();
      const day = dayName(date, 'de-DE');
      expect(day).toMatch(TUESDAY);
      await picker.dialog.getByRole('tab', { name: day, exact: true, selected: true }).waitFor();
      await picker.slot('10:30').click();
      await picker.dialog
        .getByText(`Ausgewählt: ${day}, 10:30–11:00 (Ortszeit Berlin)`, { exact: true })
        .waitFor();
      const mailbox = new Mailbox().mark();
      await picker.dialog.getByRole('button', { name: 'Zeitfenster bestätigen', exact: true }).click();
      await picker.dialog.waitFor({ state: 'detached' });
      await page.getByRole('alert').getByText('1:1-Gespräch bestätigt', { exact: true }).waitFor();

      await page.getByRole('tab', { name: 'Bestätigt', exact: true, selected: true }).waitFor();
      const confirmed = page
        .getByRole('tabpanel', { name: 'Bestätigt', exact: true })
        .getByRole('listitem', { name: recruiter.name, exact: true });
      await confirmed.getByText(/^Di\., \d{1,2}\. \S+ \d{4}, 10:30–11:00/).waitFor();
      await confirmed.getByText('(Ortszeit Berlin)', { exact: true }).waitFor();
      await confirmed.getByText('Virtuell – Sie treten von hier aus bei', { exact: true }).waitFor();
      await confirmed.getByRole('button', { name: 'Weitere Aktionen', exact: true }).waitFor();

      // My Schedule: the day's heading in German.
      await page.getByRole('tab', { name: 'Mein Zeitplan', exact: true }).click();
      await page.getByRole('heading', { name: TUESDAY, level: 3 }).waitFor();
      await page.getByRole('heading', { name: 'Kalender-Abo', exact: true }).waitFor();

      // Her confirmation is German, on her clock with the event's beside it; the recruiter's stays English.
      const when = `${mailDay(date, 'de-DE')}, 09:30–10:00 (Europe/London) · 10:30–11:00 (Ortszeit Europe/Berlin)`;
      const mail = await mailbox.waitFor(talent.email, /^Bestätigt: /);
      expect(mail.subject).toBe(`Bestätigt: 1:1-Gespräch mit ${recruiter.name}, ${when}`);
      expect(mail.text.split(/\r?\n/).filter(Boolean)).toEqual([
        'Ihr 1:1-Gespräch ist bestätigt',
        `Sie treffen ${recruiter.name} (${recruiter.company}) bei ${name}.`,
        `Wann: ${when}.`,
        expect.stringMatching(
          /^Ort: online\. Treten Sie in Parley über „1:1-Gespräche“ oder „Mein Zeitplan“ bei: http\S+\/chats$/,
        ),
        expect.stringMatching(/^Ihre 1:1-Gespräche öffnen: http\S+\/chats$/),
        'Mit der angehängten Einladung tragen Sie das Gespräch in Ihren Kalender ein.',
        '— Ihr Parley-Team',
      ]);
      expect(mail.parts.find((part) => part.type === 'text/html')?.text).toContain('<html lang="de">');
      const recruiterMail = await mailbox.waitFor(recruiter.email, /^Confirmed: /);
      expect(recruiterMail.subject).toBe(
        `Confirmed: 1-1 chat with ${talent.name}, ${mailDay(date, 'en-GB')}, 10:30–11:00 (Europe/Berlin)`,
      );
      expect(recruiterMail.text).toContain(`${talent.name} picked a time for your 1-1 chat at ${name}.`);
    } finally {
      await recruiterApi.dispose();
    }
  });
});
