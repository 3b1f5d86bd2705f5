import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { listRecentMail } from '../../infra/mail/mail.repository.js';
import { withChatScene } from '../../test/chat-scene.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { formatChatTime } from './chats.mails.js';

const at = (iso: string) => new Date(iso);
/** A calendar file with its folded lines joined again (RFC 5545 §3.1), to read a long property whole. */
const unfolded = (content: string) => content.replaceAll('\r\n ', '');

describe('a chat time in an email', () => {
  const berlin = 'Europe/Berlin';
  it("reads on the reader's clock, with the event's beside it only when it differs", () => {
    const [start, end] = [at('2030-12-05T10:00:00Z'), at('2030-12-05T10:30:00Z')];
    expect(formatChatTime(start, end, { reader: 'Europe/London', event: berlin })).toBe(
      'Thu 5 Dec, 10:00–10:30 (Europe/London) · 11:00–11:30 event time, Europe/Berlin',
    );
    expect(formatChatTime(start, end, { reader: berlin, event: berlin })).toBe(
      'Thu 5 Dec, 11:00–11:30 (Europe/Berlin)',
    );
  });

  it("names the event's day too when the reader's clock is on another one", () => {
    expect(
      formatChatTime(at('2030-03-04T07:00:00Z'), at('2030-03-04T07:30:00Z'), {
        reader: 'America/Los_Angeles',
        event: berlin,
      }),
    ).toBe('Sun 3 Mar, 23:00–23:30 (America/Los_Angeles) · Mon 4 Mar, 08:00–08:30 event time, Europe/Berlin');
  });

  it('reads in German with German days and months, on a 24-hour clock', () => {
    const german = translatorFor('de');
    expect(
      formatChatTime(
        at('2030-12-05T10:00:00Z'),
        at('2030-12-05T10:30:00Z'),
        { reader: 'Europe/London', event: berlin },
        german,
      ),
    ).toBe('Do., 5. Dez., 10:00–10:30 (Europe/London) · 11:00–11:30 (Ortszeit Europe/Berlin)');
    expect(
      formatChatTime(
        at('2030-03-04T07:00:00Z'),
        at('2030-03-04T07:30:00Z'),
        {
          reader: 'America/Los_Angeles',
          event: berlin,
        },
        german,
      ),
    ).toBe(
      'So., 3. März, 23:00–23:30 (America/Los_Angeles) · Mo., 4. März, 08:00–08:30 (Ortszeit Europe/Berlin)',
    );
    expect(
      formatChatTime(
        at('2030-03-04T15:00:00Z'),
        at('2030-03-04T15:30:00Z'),
        { reader: berlin, event: berlin },
        german,
      ),
    ).toBe('Mo., 4. März, 16:00–16:30 (Europe/Berlin)');
  });

  it('reads on a 12-hour clock for a reader who chose one, in their language', () => {
    const [start, end] = [at('2030-12-05T13:30:00Z'), at('2030-12-05T14:00:00Z')];
    const zones = { reader: 'Europe/London', event: berlin };
    expect(formatChatTime(start, end, zones, translatorFor('en'), '12h')).toBe(
      'Thu 5 Dec, 1:30 pm–2:00 pm (Europe/London) · 2:30 pm–3:00 pm event time, Europe/Berlin',
    );
    expect(formatChatTime(start, end, zones, translatorFor('de'), '12h')).toBe(
      'Do., 5. Dez., 1:30 PM–2:00 PM (Europe/London) · 2:30 PM–3:00 PM (Ortszeit Europe/Berlin)',
    );
  });
});

const t = withTestApp({ now: at('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { talentAtEvent, bookableRecruiter, mailsTo, slot } = stage;
/** The HTML part of the newest mail to `email`, which the development mailbox does not show. */
const newestHtmlTo = async (email: string) =>
  (await listRecentMail(t.ctx.db, 100)).find((row) => row.toAddress === email)!.html;

describe('emails written for their reader', () => {
  it('show times in the zone the reader chose, else their browser’s, else the event’s', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asTalent.get('/api/me/time-zone')).json()).toEqual({ timeZone: null });
    // The browser's zone stands in until the person chooses one, which then wins.
    await asTalent.put('/api/me/browser-time-zone', { timeZone: 'Asia/Tokyo' });
    expect((await asTalent.put('/api/me/time-zone', { timeZone: 'Europe/London' })).json()).toEqual({
      timeZone: 'Europe/London',
    });
    await asRecruiter.put('/api/me/browser-time-zone', { timeZone: 'America/New_York' });
    const bad = await asTalent.put('/api/me/time-zone', { timeZone: 'Mars/Olympus_Mons' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.timeZone).toBe('Choose a time zone such as Europe/Berlin.');

    await stage.confirmedChat({ talent, recruiter });
    const [toTalent] = await mailsTo(talent.email);
    expect(toTalent!.text).toContain(
      'When: Mon 4 Mar, 08:00–08:30 (Europe/London) · 09:00–09:30 event time, Europe/Berlin.',
    );
    const [toRecruiter] = await mailsTo(recruiter.email);
    expect(toRecruiter!.text).toContain(
      'When: Mon 4 Mar, 03:00–03:30 (America/New_York) · 09:00–09:30 event time, Europe/Berlin.',
    );

    const other = await talentAtEvent();
    await stage.confirmedChat({ talent: other, startsAt: slot('08:30') });
    expect((await mailsTo(other.email))[0]!.text).toContain('When: Mon 4 Mar, 09:30–10:00 (Europe/Berlin).');
  });

  it('name whom the reader meets, never the reader themself, and tell the talent to pick a new time', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const { chat, asRecruiter } = await stage.confirmedChat({ talent, recruiter });
    await asRecruiter.post(`/api/chats/${chat.id}/reschedule`);
    const [toTalent] = await mailsTo(talent.email);
    expect(toTalent!.subject).toBe(`Rescheduled: 1-1 chat with ${recruiter.name} (Acme Robotics)`);
    expect(toTalent!.text).toContain(`changed your 1-1 chat with ${recruiter.name} (Acme Robotics) at`);
    expect(toTalent!.text).toContain('Please pick a new time');
    expect(toTalent!.text).not.toContain(talent.name);
    expect(toTalent!.text).not.toContain('the talent');
    expect(toTalent!.calendar!.content).toContain(`SUMMARY:1-1 chat with ${recruiter.name} (Acme Robotics)`);
    const [toRecruiter] = await mailsTo(recruiter.email);
    expect(toRecruiter!.subject).toBe(`Rescheduled: 1-1 chat with ${talent.name}`);
    expect(toRecruiter!.text).toContain(`${talent.name} picks a new time`);
    expect(toRecruiter!.calendar!.content).toContain(`SUMMARY:1-1 chat with ${talent.name}`);
  });

  it('are in the reader’s language: the one they chose, else their browser’s, else English', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const asTalent = await loginAs(t.app, talent.email);
    await asTalent.put('/api/me/browser-language', { language: 'de' });
    await asTalent.put('/api/me/browser-time-zone', { timeZone: 'Europe/London' });

    await stage.confirmedChat({ talent, recruiter });
    const [toTalent] = await mailsTo(talent.email);
    const when = 'Mo., 4. März, 08:00–08:30 (Europe/London) · 09:00–09:30 (Ortszeit Europe/Berlin)';
    expect(toTalent!.subject).toBe(`Bestätigt: 1:1-Gespräch mit ${recruiter.name}, ${when}`);
    expect(toTalent!.text).toContain('Ihr 1:1-Gespräch ist bestätigt');
    expect(toTalent!.text).toContain(`Sie treffen ${recruiter.name} (Acme Robotics) bei `);
    expect(toTalent!.text).toContain(`Wann: ${when}.`);
    expect(toTalent!.text).toContain('Ihre 1:1-Gespräche öffnen: ');
    expect(toTalent!.text).not.toMatch(/\b(When|chat|Open)\b/);
    const talentHtml = await newestHtmlTo(talent.email);
    expect(talentHtml).toContain('<html lang="de">');
    expect(talentHtml).toContain(`Wann: ${when}.`);
    const talentCalendar = unfolded(toTalent!.calendar!.content);
    expect(talentCalendar).toContain(`SUMMARY:1:1-Gespräch mit ${recruiter.name} (Acme Robotics)`);
    expect(talentCalendar).toContain('DESCRIPTION:Ihr 1:1-Gespräch bei ');
    expect(talentCalendar).toContain('\\nOrt: online. Treten Sie in Parley über');

    // The recruiter chose no language and their browser sent none: English, on the event's clock.
    const [toRecruiter] = await mailsTo(recruiter.email);
    expect(toRecruiter!.subject).toBe(
      `Confirmed: 1-1 chat with ${talent.name}, Mon 4 Mar, 09:00–09:30 (Europe/Berlin)`,
    );
    expect(toRecruiter!.text).toContain('When: Mon 4 Mar, 09:00–09:30 (Europe/Berlin).');
    expect(toRecruiter!.text).toMatch(/— Parley$/);
    expect(await newestHtmlTo(recruiter.email)).toContain('<html lang="en">');
    const recruiterCalendar = unfolded(toRecruiter!.calendar!.content);
    expect(recruiterCalendar).toContain(`SUMMARY:1-1 chat with ${talent.name}`);
    expect(recruiterCalendar).toContain('DESCRIPTION:Your 1-1 chat at ');

    // A language chosen under Account wins over the browser's.
    const other = await talentAtEvent();
    const asOther = await loginAs(t.app, other.email);
    await asOther.put('/api/me/browser-language', { language: 'de' });
    await asOther.put('/api/me/language', { language: 'en' });
    await stage.confirmedChat({ talent: other, startsAt: slot('08:30') });
    const [toOther] = await mailsTo(other.email);
    expect(toOther!.text).toContain('When: Mon 4 Mar, 09:30–10:00 (Europe/Berlin).');
    expect(unfolded(toOther!.calendar!.content)).toContain('SUMMARY:1-1 chat with ');

    // …and the other way round: a recruiter who chose German reads German whatever their browser says.
    const germanRecruiter = await bookableRecruiter();
    const asGermanRecruiter = await loginAs(t.app, germanRecruiter.email);
    await asGermanRecruiter.put('/api/me/browser-language', { language: 'en' });
    await asGermanRecruiter.put('/api/me/language', { language: 'de' });
    const third = await talentAtEvent();
    await stage.confirmedChat({ talent: third, recruiter: germanRecruiter });
    const [toGermanRecruiter] = await mailsTo(germanRecruiter.email);
    expect(toGermanRecruiter!.subject).toBe(
      `Bestätigt: 1:1-Gespräch mit ${third.name}, Mo., 4. März, 09:00–09:30 (Europe/Berlin)`,
    );
    expect(toGermanRecruiter!.text).toContain(`${third.name} hat ein 1:1-Gespräch gebucht`);
    expect(toGermanRecruiter!.text).toMatch(/— Ihr Parley-Team$/);
  });

  it('are on the clock the reader chose: 12-hour (`5:00 pm`), else 24-hour', async () => {
    const talent = await talentAtEvent();
    const recruiter = await bookableRecruiter();
    const asTalent = await loginAs(t.app, talent.email);
    const asRecruiter = await loginAs(t.app, recruiter.email);
    expect((await asTalent.get('/api/me/language')).json()).toEqual({ language: null, clock: '24h' });
    expect((await asTalent.put('/api/me/language', { clock: '12h' })).json()).toEqual({
      language: null,
      clock: '12h',
    });
    // A change of one setting leaves the other as it is.
    expect((await asRecruiter.put('/api/me/language', { language: 'en' })).json()).toEqual({
      language: 'en',
      clock: '24h',
    });
    const bad = await asTalent.put('/api/me/language', { clock: '13h' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.clock).toBe('Choose a 24-hour or a 12-hour clock.');
    for (const as of [asTalent, asRecruiter]) await as.put('/api/me/time-zone', { timeZone: 'Asia/Tokyo' });

    await stage.confirmedChat({ talent, recruiter });
    const [toTalent] = await mailsTo(talent.email);
    const twelveHour = 'Mon 4 Mar, 5:00 pm–5:30 pm (Asia/Tokyo) · 9:00 am–9:30 am event time, Europe/Berlin';
    expect(toTalent!.subject).toBe(`Confirmed: 1-1 chat with ${recruiter.name}, ${twelveHour}`);
    expect(toTalent!.text).toContain(`When: ${twelveHour}.`);
    const [toRecruiter] = await mailsTo(recruiter.email);
    expect(toRecruiter!.text).toContain(
      'When: Mon 4 Mar, 17:00–17:30 (Asia/Tokyo) · 09:00–09:30 event time, Europe/Berlin.',
    );
  });

  it('tell the talent to pick a time when approved', async () => {
    const { talent, recruiter, chat } = await stage.chatInState('requested');
    await (await loginAs(t.app, recruiter.email)).post(`/api/chats/${chat.id}/approve`);
    const [approved] = await mailsTo(talent.email);
    expect(approved!.text).toContain('Please pick a time now');
  });
});
