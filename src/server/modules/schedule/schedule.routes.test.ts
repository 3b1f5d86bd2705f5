import { beforeAll, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildEvent, buildUser, registerTalent } from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });
const stage = withChatScene(t);
/** A chat confirmed at `at` UTC of the scene's day, between a new talent (or the given one) and a new recruiter. */
const confirmedChat = (input: { talent?: { id: string; email: string; name: string }; at?: string } = {}) =>
  stage.confirmedChat({ talent: input.talent, startsAt: stage.slot(input.at ?? '08:00') });

const { scene, talentAtEvent, bookableRecruiter, mailsTo } = stage;
const slot = (hhmm: string) => stage.slot(hhmm).toISOString();

let event: typeof scene.event;
beforeAll(() => {
  ({ event } = scene);
});

async function feedUrlOf(client: Client): Promise<string> {
  const response = await client.get('/api/me/calendar-feed');
  expect(response.statusCode).toBe(200);
  return response.json().url;
}

/** Fetches a feed address as a calendar app would: no session. */
function fetchFeed(url: string) {
  return anonymous(t.app).get(url.replace('http://parley.test', ''));
}

/** The feed's content lines, unfolded. */
async function feedLines(url: string): Promise<string[]> {
  const response = await fetchFeed(url);
  expect(response.statusCode).toBe(200);
  return response.body.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const sequenceIn = (calendar: string) => /SEQUENCE:(\d+)/.exec(calendar)?.[1];

describe('the calendar feed address', () => {
  it('is a secret address of the viewer, stable until reset, with a webcal twin', async () => {
    const talent = await talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const response = await asTalent.get('/api/me/calendar-feed');
    expect(response.statusCode).toBe(200);
    const { url, subscribeUrl } = response.json();
    expect(url).toMatch(new RegExp(`^http://parley\\.test/calendar/${talent.id}/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(subscribeUrl).toBe(url.replace('http://', 'webcal://'));
    expect(await feedUrlOf(asTalent)).toBe(url);
  });

  it('is for talents and recruiters, and needs a login', async () => {
    const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
    const refused = await (await loginAs(t.app, organizer.email)).get('/api/me/calendar-feed');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('schedule.no_schedule');
    expect((await anonymous(t.app).get('/api/me/calendar-feed')).statusCode).toBe(401);
    expect((await anonymous(t.app).post('/api/me/calendar-feed/reset')).statusCode).toBe(401);
  });
});

describe('the calendar feed', () => {
  it('lists a confirmed chat for both sides with the UID and SEQUENCE of the emailed invitation', async () => {
    const { chat, talent, asTalent, asRecruiter } = await confirmedChat();
    const invitation = (await mailsTo(talent.email)).find((mail) => mail.calendar)!.calendar!.content;

    const response = await fetchFeed(await feedUrlOf(asTalent));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const lines = await feedLines(await feedUrlOf(asTalent));
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain(`UID:${chat.id}@parley`);
    expect(lines).toContain(`SEQUENCE:${sequenceIn(invitation)}`);
    expect(lines).toContain('DTSTART:20300304T080000Z');
    expect(lines).toContain('DTEND:20300304T083000Z');
    expect(lines).toContain('STATUS:CONFIRMED');

    expect(await feedLines(await feedUrlOf(asRecruiter))).toContain(`UID:${chat.id}@parley`);
  });

  it('follows a move with the new time and the SEQUENCE of the update mail', async () => {
    const { chat, talent, asTalent, asRecruiter } = await confirmedChat();
    expect(
      (await asRecruiter.post(`/api/chats/${chat.id}/move`, { startsAt: slot('09:00') })).statusCode,
    ).toBe(200);
    const update = (await mailsTo(talent.email)).find((mail) => mail.subject.startsWith('Moved'))!;
    const lines = await feedLines(await feedUrlOf(asTalent));
    expect(lines).toContain('DTSTART:20300304T090000Z');
    expect(lines).toContain(`SEQUENCE:${sequenceIn(update.calendar!.content)}`);
    expect(lines.filter((line) => line === `UID:${chat.id}@parley`)).toHaveLength(1);
  });

  it('drops a cancelled chat', async () => {
    const { chat, asTalent } = await confirmedChat();
    const url = await feedUrlOf(asTalent);
    expect(await feedLines(url)).toContain(`UID:${chat.id}@parley`);
    expect((await asTalent.post(`/api/chats/${chat.id}/cancel`, {})).statusCode).toBe(200);
    expect(await feedLines(url)).not.toContain(`UID:${chat.id}@parley`);
  });

  it('never shows another person’s chats, not even a colleague’s, nor chats still being scheduled', async () => {
    const mine = await confirmedChat({ at: '08:00' });
    const someoneElses = await confirmedChat({ at: '08:30' });
    const stillScheduling = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: mine.talent.id,
      recruiterId: someoneElses.recruiter.id,
      state: 'in_scheduling',
    });
    const talentLines = await feedLines(await feedUrlOf(mine.asTalent));
    expect(talentLines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(talentLines).toContain(`UID:${mine.chat.id}@parley`);
    expect(talentLines).not.toContain(`UID:${stillScheduling.id}@parley`);
    // Both recruiters are at Acme Robotics: a colleague's chat stays out of one's own feed.
    const recruiterLines = await feedLines(await feedUrlOf(mine.asRecruiter));
    expect(recruiterLines).toContain(`UID:${mine.chat.id}@parley`);
    expect(recruiterLines).not.toContain(`UID:${someoneElses.chat.id}@parley`);
  });

  it('gathers the chats of every event', async () => {
    const { talent, chat, asTalent } = await confirmedChat();
    const other = await buildEvent(t.ctx.db, {
      name: 'Spring Fair',
      days: [{ date: '2030-04-10', opens: 9 * 60, closes: 12 * 60, durations: [30] }],
    });
    await registerTalent(t.ctx.db, other.id, talent.id);
    const recruiter = await bookableRecruiter({
      eventId: other.id,
      eventDayId: other.days[0]!.id,
      openSlotStarts: [new Date('2030-04-10T08:00:00Z')],
    });
    const otherChat = await buildChat(t.ctx.db, {
      eventId: other.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    expect(
      (await asTalent.post(`/api/chats/${otherChat.id}/confirm`, { startsAt: '2030-04-10T08:00:00.000Z' }))
        .statusCode,
    ).toBe(200);
    const lines = await feedLines(await feedUrlOf(asTalent));
    expect(lines).toContain(`UID:${chat.id}@parley`);
    expect(lines).toContain(`UID:${otherChat.id}@parley`);
    expect(
      lines.find((line) => line.startsWith('DESCRIPTION:') && line.includes('Spring Fair')),
    ).toBeDefined();
  });

  it('keeps a name with line breaks, commas, semicolons and backslashes inside its own values', async () => {
    const name = 'Kim, Taylor; \\o/\r\nDTSTART:19990101T000000Z\nATTENDEE:mailto:spy@evil.test';
    const talent = await buildUser(t.ctx.db, { role: 'talent', name });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const { recruiter, asRecruiter } = await confirmedChat({ talent });
    // The recruiter's entry is titled with the talent's name.
    const invitation = (await mailsTo(recruiter.email)).find((mail) => mail.calendar)!.calendar!.content;
    for (const calendar of [(await fetchFeed(await feedUrlOf(asRecruiter))).body, invitation]) {
      expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual(['DTSTART:20300304T080000Z']);
      const attendees = lines.filter((line) => line.startsWith('ATTENDEE'));
      expect(attendees.map((line) => line.slice(line.lastIndexOf(':') + 1))).toEqual([
        talent.email,
        recruiter.email,
      ]);
      const cn = /;CN="([^"]*)"/.exec(attendees[0]!)![1]!.replaceAll('^n', '\n');
      expect(cn).toBe(name.replace('\r\n', '\n'));
      const summary = lines.find((line) => line.startsWith('SUMMARY:'))!.slice('SUMMARY:'.length);
      expect(summary.replace(/\\([\\;,n])/g, (_, c: string) => (c === 'n' ? '\n' : c))).toContain(
        name.replace('\r\n', '\n'),
      );
    }
  });

  it('answers 404 to a wrong token, another user’s token or a malformed address', async () => {
    const { talent, asTalent } = await confirmedChat();
    const someoneElse = await talentAtEvent();
    const url = await feedUrlOf(asTalent);
    const token = /\/([^/]+)\.ics$/.exec(url)![1]!;
    const othersToken = /\/([^/]+)\.ics$/.exec(await feedUrlOf(await loginAs(t.app, someoneElse.email)))![1]!;
    const wrongAddresses = [
      `/calendar/${talent.id}/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}.ics`,
      `/calendar/${talent.id}/${othersToken}.ics`,
      `/calendar/${someoneElse.id}/${token}.ics`,
      `/calendar/${talent.id}/${token}`,
      `/calendar/not-a-user/${token}.ics`,
    ];
    for (const address of wrongAddresses) {
      const response = await anonymous(t.app).get(address);
      expect(response.statusCode, address).toBe(404);
      expect(response.json().error.code).toBe('schedule.feed_not_found');
    }
  });
});

describe('resetting the calendar feed address', () => {
  it('gives a new address and turns the old one off', async () => {
    const { chat, asTalent } = await confirmedChat();
    const oldUrl = await feedUrlOf(asTalent);
    const reset = await asTalent.post('/api/me/calendar-feed/reset');
    expect(reset.statusCode).toBe(200);
    const newUrl = reset.json().url;
    expect(newUrl).not.toBe(oldUrl);
    expect(await feedUrlOf(asTalent)).toBe(newUrl);
    expect((await fetchFeed(oldUrl)).statusCode).toBe(404);
    expect(await feedLines(newUrl)).toContain(`UID:${chat.id}@parley`);
  });

  it('leaves other people’s addresses alone', async () => {
    const { asTalent, asRecruiter } = await confirmedChat();
    const recruiterUrl = await feedUrlOf(asRecruiter);
    expect((await asTalent.post('/api/me/calendar-feed/reset')).statusCode).toBe(200);
    expect(await feedUrlOf(asRecruiter)).toBe(recruiterUrl);
    expect((await fetchFeed(recruiterUrl)).statusCode).toBe(200);
  });
});
