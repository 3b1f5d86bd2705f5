import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildChat,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';

// 2030-03-04 in Berlin (UTC+1); the second day is in-person with 20-minute chats.
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });

let event: Awaited<ReturnType<typeof buildEvent>>;
let companyId: string;
let me: Awaited<ReturnType<typeof buildUser>>;
let colleague: Awaited<ReturnType<typeof buildUser>>;
let asMe: Client;

beforeAll(async () => {
  event = await buildEvent(t.ctx.db, {
    days: [
      { date: '2030-03-04', opens: 9 * 60, closes: 11 * 60, durations: [15, 30] },
      { date: '2030-03-05', mode: 'in_person', opens: 10 * 60, closes: 11 * 60, durations: [20] },
    ],
  });
  companyId = (await buildCompany(t.ctx.db)).id;
  await registerCompany(t.ctx.db, event.id, companyId, 'Hall B, Table 4');
  me = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
  colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
  asMe = await loginAs(t.app, me.email);
});

const day1 = () => event.days.find((d) => d.date === '2030-03-04')!;
const availabilityUrl = (recruiterId: string) =>
  `/api/events/${event.id}/recruiters/${recruiterId}/availability`;
const dayUrl = (recruiterId: string, dayId: string) => `${availabilityUrl(recruiterId)}/days/${dayId}`;

describe('availability', () => {
  it('shows every slot of each day, off until opened, with the day mode', async () => {
    const response = await asMe.get(availabilityUrl(me.id));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.days.map((d: { mode: string }) => d.mode)).toEqual(['virtual', 'in_person']);
    expect(body.days[0]).toMatchObject({
      durationMinutes: null,
      allowedDurations: [15, 30],
      durationLocked: false,
    });
    // Until a duration is chosen the grid shows the shortest one allowed.
    expect(body.days[0].slots).toHaveLength(8);
    expect(body.days[0].slots.every((s: { status: string }) => s.status === 'off')).toBe(true);
    expect(body.details).toMatchObject({ confirmedAt: null, customQuestion: null });
  });

  it('sets a day for a colleague, and the overview shows it', async () => {
    const opened = ['2030-03-04T08:00:00Z', '2030-03-04T08:30:00Z'];
    const response = await asMe.put(dayUrl(colleague.id, day1().id), {
      durationMinutes: 30,
      openSlotStarts: opened,
    });
    expect(response.statusCode).toBe(200);
    const grid = response.json().days[0];
    expect(grid.slots.map((s: { label: string; status: string }) => `${s.label} ${s.status}`)).toEqual([
      '09:00 available',
      '09:30 available',
      '10:00 off',
      '10:30 off',
    ]);
    const overview = (await asMe.get(`/api/events/${event.id}/team`)).json();
    expect(overview.company.booth).toBe('Hall B, Table 4');
    const row = overview.members.find((m: { recruiter: { id: string } }) => m.recruiter.id === colleague.id);
    expect(row).toMatchObject({ isMe: false, setUp: true, confirmed: false });
    expect(row.days[0]).toMatchObject({ free: 2, booked: 0, durationMinutes: 30 });
    expect(overview.members.find((m: { isMe: boolean }) => m.isMe).setUp).toBe(false);
  });

  it('refuses times that are not slots of the day and durations the organizer did not allow', async () => {
    const offGrid = await asMe.put(dayUrl(me.id, day1().id), {
      durationMinutes: 30,
      openSlotStarts: ['2030-03-04T08:15:00Z'],
    });
    expect(offGrid.statusCode).toBe(400);
    expect(offGrid.json().error.code).toBe('availability.not_a_slot');
    const duration = await asMe.put(dayUrl(me.id, day1().id), { durationMinutes: 20, openSlotStarts: [] });
    expect(duration.statusCode).toBe(400);
    expect(duration.json().error.code).toBe('availability.duration_not_allowed');
    const malformed = await asMe.put(dayUrl(me.id, day1().id), {
      durationMinutes: 'long',
      openSlotStarts: 'x',
    });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(malformed.json().error.fields)).toEqual(
      expect.arrayContaining(['durationMinutes', 'openSlotStarts']),
    );
  });

  it('confirms only once a slot is open, then talents can find the recruiter', async () => {
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const asRecruiter = await loginAs(t.app, recruiter.email);
    const early = await asRecruiter.post(`${`/api/events/${event.id}/recruiters/${recruiter.id}`}/confirm`);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('availability.nothing_to_confirm');
    await asRecruiter.put(dayUrl(recruiter.id, day1().id), {
      durationMinutes: 15,
      openSlotStarts: ['2030-03-04T08:00:00Z'],
    });
    const details = await asRecruiter.put(`/api/events/${event.id}/recruiters/${recruiter.id}/details`, {
      backgrounds: ['Engineering'],
      levels: ['student', 'entry'],
      languages: ['English', 'German'],
      topics: ['Robotics'],
      customQuestion: '  What do you want to build?  ',
    });
    expect(details.json().details).toMatchObject({
      levels: ['student', 'entry'],
      customQuestion: 'What do you want to build?',
    });
    const confirmed = await asRecruiter.post(`/api/events/${event.id}/recruiters/${recruiter.id}/confirm`);
    expect(confirmed.json().details.confirmedAt).toBe('2030-03-01T12:00:00.000Z');

    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const asTalent = await loginAs(t.app, talent.email);
    const list = (await asTalent.get(`/api/events/${event.id}/recruiters?language=german`)).json();
    expect(list.recruiters.map((r: { id: string }) => r.id)).toContain(recruiter.id);
    expect(list.facets.topics).toContain('Robotics');
    const filteredOut = (await asTalent.get(`/api/events/${event.id}/recruiters?topic=Finance`)).json();
    expect(filteredOut.recruiters.map((r: { id: string }) => r.id)).not.toContain(recruiter.id);
    const inPersonOnly = (await asTalent.get(`/api/events/${event.id}/recruiters?mode=in_person`)).json();
    expect(inPersonOnly.recruiters.map((r: { id: string }) => r.id)).not.toContain(recruiter.id);
    const onDay = (
      await asTalent.get(
        `/api/events/${event.id}/recruiters?dayId=${day1().id}&q=${encodeURIComponent(recruiter.name)}`,
      )
    ).json();
    expect(onDay).toMatchObject({ nextCursor: null, recruiters: [{ id: recruiter.id }] });
    const paged = (await asTalent.get(`/api/events/${event.id}/recruiters?pageSize=1`)).json();
    expect(paged.recruiters).toHaveLength(1);
    expect(paged.bookableCount).toBeGreaterThanOrEqual(1);
    const badCursor = await asTalent.get(`/api/events/${event.id}/recruiters?cursor=not-a-cursor`);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('availability.bad_cursor');
    expect((await asTalent.get(`/api/events/${event.id}/recruiters?pageSize=1000`)).statusCode).toBe(400);
  });

  it('keeps the duration of a day with a booked chat, and keeps booked slots open', async () => {
    const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', companyId });
    const asRecruiter = await loginAs(t.app, recruiter.email);
    await asRecruiter.put(dayUrl(recruiter.id, day1().id), {
      durationMinutes: 30,
      openSlotStarts: ['2030-03-04T08:00:00Z', '2030-03-04T08:30:00Z'],
    });
    await asRecruiter.post(`/api/events/${event.id}/recruiters/${recruiter.id}/confirm`);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const chat = await buildChat(t.ctx.db, {
      eventId: event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const asTalent = await loginAs(t.app, talent.email);
    expect(
      (await asTalent.post(`/api/chats/${chat.id}/confirm`, { startsAt: '2030-03-04T08:00:00Z' })).statusCode,
    ).toBe(200);

    const change = await asRecruiter.put(dayUrl(recruiter.id, day1().id), {
      durationMinutes: 15,
      openSlotStarts: [],
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error).toEqual({
      code: 'availability.duration_locked',
      message: `This day already has booked 1-1 chats (09:00 with ${talent.name}), so its duration cannot change. Move or cancel them first.`,
    });
    // Closing everything leaves the booked slot held.
    const closed = (
      await asRecruiter.put(dayUrl(recruiter.id, day1().id), { durationMinutes: 30, openSlotStarts: [] })
    ).json();
    expect(closed.days[0].durationLocked).toBe(true);
    expect(closed.days[0].slots.map((s: { status: string }) => s.status)).toEqual([
      'booked',
      'off',
      'off',
      'off',
    ]);
  });

  it('is off limits to other companies, talents, organizers and support', async () => {
    const outsider = await buildUser(t.ctx.db, { role: 'recruiter' });
    await registerCompany(t.ctx.db, event.id, outsider.companyId!);
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await registerTalent(t.ctx.db, event.id, talent.id);
    const support = await buildUser(t.ctx.db, { role: 'support' });
    const asOutsider = await loginAs(t.app, outsider.email);
    expect((await asOutsider.get(availabilityUrl(me.id))).statusCode).toBe(404);
    expect(
      (await asOutsider.put(dayUrl(me.id, day1().id), { durationMinutes: 30, openSlotStarts: [] }))
        .statusCode,
    ).toBe(404);
    const overview = (await asOutsider.get(`/api/events/${event.id}/team`)).json();
    expect(overview.members.map((m: { recruiter: { id: string } }) => m.recruiter.id)).toEqual([outsider.id]);
    for (const user of [talent, support]) {
      const client = await loginAs(t.app, user.email);
      expect((await client.get(availabilityUrl(me.id))).statusCode).toBe(403);
      expect((await client.get(`/api/events/${event.id}/team`)).statusCode).toBe(403);
    }
    const organizer = await loginAs(
      t.app,
      (await t.ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, event.organizerId) }))!.email,
    );
    expect((await organizer.get(availabilityUrl(me.id))).statusCode).toBe(403);
    expect((await organizer.get(`/api/events/${event.id}/recruiters`)).statusCode).toBe(403);
    expect((await anonymous(t.app).get(availabilityUrl(me.id))).statusCode).toBe(401);
    const unregistered = await buildUser(t.ctx.db, { role: 'recruiter' });
    expect(
      (await (await loginAs(t.app, unregistered.email)).get(`/api/events/${event.id}/team`)).statusCode,
    ).toBe(404);
  });
});
