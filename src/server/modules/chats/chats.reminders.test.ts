import { afterEach, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildEvent } from '../../test/factories.js';
import { withTestApp } from '../../test/test-app.js';
import { remindersDue, sendDueReminders } from './chats.reminders.js';

const at = (iso: string) => new Date(iso);

describe('which reminders are due', () => {
  const startsAt = at('2030-03-04T08:00:00Z');
  const due = (
    now: string,
    mode: 'virtual' | 'in_person',
    sent: ('hour_before' | 'ten_minutes_before')[] = [],
    bookedAt = at('2030-03-01T12:00:00Z'),
  ) => remindersDue({ startsAt, bookedAt, mode, sent }, at(now));

  it('sends the hour-before reminder from an hour before the start, once', () => {
    expect(due('2030-03-04T06:59:59Z', 'virtual')).toEqual([]);
    expect(due('2030-03-04T07:00:00Z', 'virtual')).toEqual(['hour_before']);
    expect(due('2030-03-04T07:30:00Z', 'in_person')).toEqual(['hour_before']);
    expect(due('2030-03-04T07:30:00Z', 'virtual', ['hour_before'])).toEqual([]);
  });

  it('sends only the short one with the Join link in the last 10 minutes of a virtual chat', () => {
    expect(due('2030-03-04T07:49:59Z', 'virtual', ['hour_before'])).toEqual([]);
    expect(due('2030-03-04T07:50:00Z', 'virtual', ['hour_before'])).toEqual(['ten_minutes_before']);
    // Booked late or missed while no server ran: one reminder, not two within minutes.
    expect(due('2030-03-04T07:55:00Z', 'virtual')).toEqual(['ten_minutes_before']);
    expect(due('2030-03-04T07:55:00Z', 'virtual', ['ten_minutes_before'])).toEqual([]);
  });

  it('has no 10-minute reminder for an in-person chat, which still gets its hour-before one late', () => {
    expect(due('2030-03-04T07:55:00Z', 'in_person')).toEqual(['hour_before']);
    expect(due('2030-03-04T07:55:00Z', 'in_person', ['hour_before'])).toEqual([]);
  });

  it('skips a reminder whose window had begun when the chat was booked: the confirmation just said it', () => {
    const bookedHalfAnHourAhead = at('2030-03-04T07:30:00Z');
    expect(due('2030-03-04T07:31:00Z', 'virtual', [], bookedHalfAnHourAhead)).toEqual([]);
    expect(due('2030-03-04T07:31:00Z', 'in_person', [], bookedHalfAnHourAhead)).toEqual([]);
    expect(due('2030-03-04T07:50:00Z', 'virtual', [], bookedHalfAnHourAhead)).toEqual(['ten_minutes_before']);
    const bookedFiveMinutesAhead = at('2030-03-04T07:55:00Z');
    expect(due('2030-03-04T07:55:30Z', 'virtual', [], bookedFiveMinutesAhead)).toEqual([]);
    const bookedExactlyAnHourAhead = at('2030-03-04T07:00:00Z');
    expect(due('2030-03-04T07:00:30Z', 'virtual', [], bookedExactlyAnHourAhead)).toEqual(['hour_before']);
  });

  it('sends nothing once the chat has started', () => {
    expect(due('2030-03-04T08:00:00Z', 'virtual')).toEqual([]);
    expect(due('2030-03-04T08:00:00Z', 'in_person')).toEqual([]);
    expect(due('2030-03-04T08:10:00Z', 'virtual')).toEqual([]);
  });
});

const BEFORE = at('2030-03-01T12:00:00Z');
const t = withTestApp({ now: BEFORE });
const stage = withChatScene(t);
const { scene, mailsTo, bookableRecruiter } = stage;

afterEach(() => t.clock.set(BEFORE));

/** A UTC instant of a day: `08:00` is 09:00 in Berlin. */
const instant = (date: string, hhmm: string) => at(`${date}T${hhmm}:00Z`);

/**
 * A chat booked by its talent at `hhmm` (UTC) with a new recruiter of Acme, who opened 08:00, 08:30 and 09:00; by
 * default on the scene's virtual day, 2030-03-04.
 */
async function confirmedChat(hhmm = '08:00', day?: { eventId: string; eventDayId: string; date: string }) {
  const eventId = day?.eventId ?? scene.event.id;
  const date = day?.date ?? '2030-03-04';
  const recruiter = await bookableRecruiter({
    eventId,
    eventDayId: day?.eventDayId,
    openSlotStarts: ['08:00', '08:30', '09:00'].map((start) => instant(date, start)),
  });
  return stage.confirmedChat({ eventId, recruiter, startsAt: instant(date, hhmm) });
}

async function reminders(email: string) {
  return (await mailsTo(email)).filter((m) => /^(Reminder|Starting soon):/.test(m.subject));
}

describe('reminder emails', () => {
  it('reminds both sides an hour before and 10 minutes before a virtual chat, with the Join link, once each', async () => {
    const { recruiter, talent, chat } = await confirmedChat();
    t.clock.set('2030-03-04T06:59:00Z');
    await sendDueReminders({ ctx: t.ctx });
    expect(await reminders(talent.email)).toEqual([]);

    t.clock.set('2030-03-04T07:00:00Z');
    expect(await sendDueReminders({ ctx: t.ctx })).toBeGreaterThanOrEqual(1);
    const [toTalent] = await reminders(talent.email);
    expect(toTalent?.subject).toBe(
      `Reminder: 1-1 chat with ${recruiter.name} (Acme Robotics), Mon 4 Mar, 09:00–09:30 (Europe/Berlin)`,
    );
    expect(toTalent?.text).toContain(
      `Where: online. Join from 10 minutes before the start: http://parley.test/room/${chat.id}`,
    );
    expect(toTalent?.calendar).toBeNull();
    const [toRecruiter] = await reminders(recruiter.email);
    expect(toRecruiter?.subject).toMatch(new RegExp(`^Reminder: 1-1 chat with ${talent.name}, `));

    // Later rounds, also several at once, send nothing again.
    t.clock.set('2030-03-04T07:30:00Z');
    await Promise.all([sendDueReminders({ ctx: t.ctx }), sendDueReminders({ ctx: t.ctx })]);
    expect(await reminders(talent.email)).toHaveLength(1);

    t.clock.set('2030-03-04T07:50:00Z');
    await sendDueReminders({ ctx: t.ctx });
    await sendDueReminders({ ctx: t.ctx });
    for (const email of [talent.email, recruiter.email]) {
      const [soon, ...earlier] = await reminders(email);
      expect(earlier).toHaveLength(1);
      expect(soon?.subject).toMatch(/^Starting soon: 1-1 chat with /);
      expect(soon?.text).toContain(`Join: http://parley.test/room/${chat.id}`);
      expect(soon?.text).toContain('09:00–09:30 (Europe/Berlin)');
    }

    t.clock.set('2030-03-04T08:05:00Z');
    await sendDueReminders({ ctx: t.ctx });
    expect(await reminders(talent.email)).toHaveLength(2);
  });

  it('sends each reminder exactly once when several processes look at the same moment', async () => {
    const { talent, recruiter } = await confirmedChat('08:30');
    t.clock.set('2030-03-04T07:45:00Z');
    await Promise.all(Array.from({ length: 4 }, () => sendDueReminders({ ctx: t.ctx })));
    expect(await reminders(talent.email)).toHaveLength(1);
    expect(await reminders(recruiter.email)).toHaveLength(1);
  });

  it('sends nothing for a chat that was cancelled or sent back to scheduling', async () => {
    const cancelled = await confirmedChat('08:00');
    await cancelled.asTalent.post(`/api/chats/${cancelled.chat.id}/cancel`);
    const rescheduled = await confirmedChat('08:30');
    await rescheduled.asRecruiter.post(`/api/chats/${rescheduled.chat.id}/reschedule`);
    for (const now of ['2030-03-04T07:15:00Z', '2030-03-04T07:55:00Z']) {
      t.clock.set(now);
      await sendDueReminders({ ctx: t.ctx });
    }
    for (const { talent, recruiter } of [cancelled, rescheduled]) {
      expect(await reminders(talent.email)).toEqual([]);
      expect(await reminders(recruiter.email)).toEqual([]);
    }
  });

  it('reminds of the new time of a moved chat, and only of that', async () => {
    const { talent, chat, asRecruiter } = await confirmedChat('08:00');
    t.clock.set('2030-03-04T07:05:00Z');
    await sendDueReminders({ ctx: t.ctx });
    expect(await reminders(talent.email)).toHaveLength(1);

    const moved = await asRecruiter.post(`/api/chats/${chat.id}/move`, {
      startsAt: instant('2030-03-04', '09:00').toISOString(),
    });
    expect(moved.json().startsAt).toBe('2030-03-04T09:00:00.000Z');
    // The old time's 10-minute reminder never goes out.
    t.clock.set('2030-03-04T07:52:00Z');
    await sendDueReminders({ ctx: t.ctx });
    expect(await reminders(talent.email)).toHaveLength(1);

    t.clock.set('2030-03-04T08:00:00Z');
    await sendDueReminders({ ctx: t.ctx });
    const [latest] = await reminders(talent.email);
    expect(latest?.subject).toMatch(/^Reminder: /);
    expect(latest?.text).toContain('10:00–10:30 (Europe/Berlin)');
    expect(await reminders(talent.email)).toHaveLength(2);
  });

  it('names the booth of an in-person chat and sends it no 10-minute reminder', async () => {
    const inPerson = await buildEvent(t.ctx.db, {
      days: [{ date: '2030-03-05', mode: 'in_person', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    const { talent, recruiter } = await confirmedChat('08:00', {
      eventId: inPerson.id,
      eventDayId: inPerson.days[0]!.id,
      date: '2030-03-05',
    });
    t.clock.set('2030-03-05T07:10:00Z');
    await sendDueReminders({ ctx: t.ctx });
    t.clock.set('2030-03-05T07:55:00Z');
    await sendDueReminders({ ctx: t.ctx });
    for (const email of [talent.email, recruiter.email]) {
      const sent = await reminders(email);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.text).toContain('Where: Acme Robotics, Booth 7 (in person).');
      expect(sent[0]?.text).toContain('Tue 5 Mar, 09:00–09:30 (Europe/Berlin)');
    }
  });

  it('sends no reminder for a chat booked inside its window: the confirmation has just said it all', async () => {
    t.clock.set('2030-03-04T07:52:00Z');
    const late = await confirmedChat('08:00');
    t.clock.set('2030-03-04T07:20:00Z');
    const halfAnHourAhead = await confirmedChat('08:00');
    t.clock.set('2030-03-04T07:52:30Z');
    await sendDueReminders({ ctx: t.ctx });
    expect(await reminders(late.talent.email)).toEqual([]);
    // Booked 40 minutes ahead: no hour-before reminder, but the Join link when the room opens.
    const sent = await reminders(halfAnHourAhead.talent.email);
    expect(sent.map((m) => m.subject.split(':')[0])).toEqual(['Starting soon']);
    expect(await reminders(halfAnHourAhead.recruiter.email)).toHaveLength(1);
  });
});
