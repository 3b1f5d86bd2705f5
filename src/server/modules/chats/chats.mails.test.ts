import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { formatChatTime } from './chats.mails.js';

const at = (iso: string) => new Date(iso);

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
});

const t = withTestApp({ now: at('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
const { talentAtEvent, bookableRecruiter, mailsTo, slot } = stage;

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

  it('tell the talent to pick a time when approved', async () => {
    const { talent, recruiter, chat } = await stage.chatInState('requested');
    await (await loginAs(t.app, recruiter.email)).post(`/api/chats/${chat.id}/approve`);
    const [approved] = await mailsTo(talent.email);
    expect(approved!.text).toContain('Please pick a time now');
  });
});
