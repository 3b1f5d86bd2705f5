import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noBookingRules } from '../../../shared/booking/fair-use.js';
import {
  defaultOfferHolds,
  type Event,
  type EventInput,
  inputOfEvent,
} from '../../../shared/schemas/events.schemas.js';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp();

const day = (date: string, overrides: Partial<EventInput['days'][number]> = {}) => ({
  date,
  mode: 'virtual' as const,
  opensAt: '09:00',
  closesAt: '17:00',
  durations: [15, 30],
  ...overrides,
});

const input = (overrides: Partial<EventInput> = {}): EventInput => ({
  name: 'Spring Fair',
  description: '',
  timeZone: 'Europe/Berlin',
  requestPolicy: 'both',
  bookingMode: 'approval',
  bookingsOpenAt: null,
  bookingsCloseAt: null,
  recruitersMayRequireApproval: true,
  rules: noBookingRules,
  noShowAfterMinutes: 5,
  autoMarkNoShows: false,
  offerHolds: defaultOfferHolds,
  days: [day('2030-03-05'), day('2030-03-04', { mode: 'in_person', opensAt: '00:00', closesAt: '24:00' })],
  ...overrides,
});

async function organizerClient() {
  const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
  return { organizer, client: await loginAs(t.app, organizer.email) };
}

/** A published event with a registered recruiter and talent, plus people from outside it. */
async function cast() {
  const { organizer, client } = await organizerClient();
  const event = await buildEvent(t.ctx.db, { organizerId: organizer.id });
  const company = await buildCompany(t.ctx.db);
  await registerCompany(t.ctx.db, event.id, company.id);
  const recruiter = await buildUser(t.ctx.db, { role: 'recruiter', companyId: company.id });
  const talent = await buildUser(t.ctx.db, { role: 'talent' });
  await registerTalent(t.ctx.db, event.id, talent.id);
  const login = async (role: 'organizer' | 'recruiter' | 'talent' | 'support') =>
    loginAs(t.app, (await buildUser(t.ctx.db, { role })).email);
  return {
    event,
    organizer: client,
    recruiter: await loginAs(t.app, recruiter.email),
    talent: await loginAs(t.app, talent.email),
    support: await login('support'),
    otherOrganizer: await login('organizer'),
    outsideRecruiter: await login('recruiter'),
    outsideTalent: await login('talent'),
  };
}

describe('creating an event', () => {
  it('creates a draft owned by the organizer, with days sorted and times as HH:MM', async () => {
    const { organizer, client } = await organizerClient();
    const response = await client.post('/api/events', input({ description: '  Meet us  ' }));
    expect(response.statusCode).toBe(201);
    const event: Event = response.json();
    expect(event).toMatchObject({
      name: 'Spring Fair',
      description: 'Meet us',
      published: false,
      viewerRole: 'organizer',
      organizer: { id: organizer.id, name: organizer.name },
    });
    expect(event.days.map((d) => [d.date, d.mode, d.opensAt, d.closesAt])).toEqual([
      ['2030-03-04', 'in_person', '00:00', '24:00'],
      ['2030-03-05', 'virtual', '09:00', '17:00'],
    ]);
    expect((await client.get(`/api/events/${event.id}`)).json()).toEqual(event);
  });

  it('books on approval with an open window unless the organizer chooses otherwise', async () => {
    const { client } = await organizerClient();
    const { bookingMode, bookingsOpenAt, bookingsCloseAt, ...older } = input();
    const plain: Event = (await client.post('/api/events', older)).json();
    expect(plain).toMatchObject({ bookingMode: 'approval', bookingsOpenAt: null, bookingsCloseAt: null });

    const windowed = {
      bookingMode: 'direct' as const,
      bookingsOpenAt: '2030-03-01T09:00:00+01:00',
      bookingsCloseAt: '2030-03-05T18:00:00+01:00',
    };
    const created: Event = (await client.post('/api/events', input(windowed))).json();
    expect(created).toMatchObject({
      bookingMode: 'direct',
      bookingsOpenAt: '2030-03-01T08:00:00.000Z',
      bookingsCloseAt: '2030-03-05T17:00:00.000Z',
    });
    const reopened = await client.put(`/api/events/${created.id}`, {
      ...inputOfEvent(created),
      bookingMode: 'approval',
      bookingsOpenAt: null,
    });
    expect(reopened.json()).toMatchObject({
      bookingMode: 'approval',
      bookingsOpenAt: null,
      bookingsCloseAt: '2030-03-05T17:00:00.000Z',
    });
  });

  it.each([
    ['closing before opening', '2030-03-02T09:00:00Z', '2030-03-01T09:00:00Z'],
    ['closing as it opens', '2030-03-01T09:00:00Z', '2030-03-01T10:00:00+01:00'],
  ])('refuses a booking window %s, on the closing field', async (_label, opens, closes) => {
    const { client } = await organizerClient();
    const response = await client.post(
      '/api/events',
      input({ bookingsOpenAt: opens, bookingsCloseAt: closes }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ bookingsCloseAt: 'Bookings must close after they open.' });
  });

  it('keeps the booking mode and window valid in the database itself', async () => {
    const event = await buildEvent(t.ctx.db);
    const write = (sqlText: string) =>
      t.ctx.db.execute(sql.raw(sqlText.replace('$id', `'${event.id}'`))).then(
        () => 'written',
        () => 'refused',
      );
    expect(await write(`update events set booking_mode = 'instant' where id = $id`)).toBe('refused');
    expect(
      await write(
        `update events set bookings_open_at = '2030-03-02T00:00Z', bookings_close_at = '2030-03-01T00:00Z' where id = $id`,
      ),
    ).toBe('refused');
    expect(
      await write(
        `update events set bookings_open_at = '2030-03-01T00:00Z', bookings_close_at = '2030-03-01T00:00Z' where id = $id`,
      ),
    ).toBe('refused');
    expect(
      await write(
        `update events set booking_mode = 'direct', bookings_close_at = '2030-03-01T00:00Z' where id = $id`,
      ),
    ).toBe('written');
  });

  it.each(['recruiter', 'talent', 'support'] as const)('is refused to a %s with 403', async (role) => {
    const user = await buildUser(t.ctx.db, { role });
    const response = await (await loginAs(t.app, user.email)).post('/api/events', input());
    expect(response.statusCode).toBe(403);
  });

  it('asks an anonymous caller to log in, whatever the body', async () => {
    expect((await anonymous(t.app).post('/api/events', input())).statusCode).toBe(401);
    expect((await anonymous(t.app).post('/api/events', { name: '' })).statusCode).toBe(401);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['an offset instead of a zone', { timeZone: '+02:00' }, 'timeZone'],
    [
      'closing before opening',
      { days: [day('2030-03-04', { opensAt: '12:00', closesAt: '11:00' })] },
      'days.0.closesAt',
    ],
    ['a 3-minute duration', { days: [day('2030-03-04', { durations: [3] })] }, 'days.0.durations.0'],
    ['a 200-minute duration', { days: [day('2030-03-04', { durations: [15, 200] })] }, 'days.0.durations.1'],
    ['duplicate dates', { days: [day('2030-03-04'), day('2030-03-04')] }, 'days'],
    ['no day', { days: [] }, 'days'],
    ['a date not on the calendar', { days: [day('2030-02-30')] }, 'days.0.date'],
    ['an impossible time', { days: [day('2030-03-04', { opensAt: '25:00' })] }, 'days.0.opensAt'],
    ['an empty name', { name: '  ' }, 'name'],
  ])('answers 400 with a message for the field at fault: %s', async (_label, overrides, field) => {
    const { client } = await organizerClient();
    const response = await client.post('/api/events', input(overrides as Partial<EventInput>));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty([field]);
    expect(response.json().error.fields[field]).toMatch(/\w{3,}/);
  });
});

describe('the fair-use rules of an event', () => {
  const rules = {
    ...noBookingRules,
    maxChatsPerTalentPerDay: 2,
    minGapMinutes: 10,
    breakAfterChats: 4,
    breakMinutes: 15,
    maxReschedulesPerChat: 0,
  };

  it('keeps the rules and the approval switch as the organizer saves them, and drops them when cleared', async () => {
    const { client } = await organizerClient();
    const created: Event = (
      await client.post('/api/events', input({ rules, recruitersMayRequireApproval: false }))
    ).json();
    expect(created).toMatchObject({ rules, recruitersMayRequireApproval: false });
    expect((await client.get(`/api/events/${created.id}`)).json()).toMatchObject({ rules });

    const changed = { ...rules, maxChatsPerTalentPerDay: null, minNoticeHours: 24 };
    const updated = await client.put(`/api/events/${created.id}`, {
      ...inputOfEvent(created),
      rules: changed,
    });
    expect(updated.statusCode).toBe(200);
    expect((await client.get(`/api/events/${created.id}`)).json()).toMatchObject({ rules: changed });
  });

  it('shows the rules to the talents of the event', async () => {
    const { event, organizer, talent } = await cast();
    const current: Event = (await organizer.get(`/api/events/${event.id}`)).json();
    await organizer.put(`/api/events/${event.id}`, { ...inputOfEvent(current), rules });
    expect((await talent.get(`/api/events/${event.id}`)).json().rules).toEqual(rules);
  });

  it('gives an event created without rules none', async () => {
    const { client } = await organizerClient();
    const { rules: _none, recruitersMayRequireApproval: _default, ...older } = input();
    expect((await client.post('/api/events', older)).json()).toMatchObject({
      rules: noBookingRules,
      recruitersMayRequireApproval: true,
    });
  });

  it.each([
    ['a day limit above 50', { maxChatsPerTalentPerDay: 51 }, 'rules.maxChatsPerTalentPerDay', /at most 50/],
    ['a gap under 5 minutes', { minGapMinutes: 2 }, 'rules.minGapMinutes', /at least 5/],
    ['a negative notice', { minNoticeHours: -1 }, 'rules.minNoticeHours', /at least 1/],
    ['a fraction of a chat', { maxChatsPerTalent: 2.5 }, 'rules.maxChatsPerTalent', /whole number/],
    ['a break without its length', { breakAfterChats: 3 }, 'rules.breakMinutes', /length of the break/],
  ])('refuses %s with 400, on the field', async (_label, rule, field, message) => {
    const { client } = await organizerClient();
    const response = await client.post('/api/events', input({ rules: { ...noBookingRules, ...rule } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ [field]: expect.stringMatching(message) });
    const created: Event = (await client.post('/api/events', input())).json();
    const edit = await client.put(`/api/events/${created.id}`, {
      ...inputOfEvent(created),
      rules: { ...noBookingRules, ...rule },
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.fields).toHaveProperty([field]);
  });
});

describe('listing events', () => {
  it('shows each user the events they take part in, sorted by first day', async () => {
    const c = await cast();
    const organizer = await buildUser(t.ctx.db, { role: 'organizer' });
    const draft = await buildEvent(t.ctx.db, {
      organizerId: organizer.id,
      published: false,
      days: [{ date: '2029-12-01' }],
    });
    const later = await buildEvent(t.ctx.db, { organizerId: organizer.id, days: [{ date: '2031-01-01' }] });
    const earlier = await buildEvent(t.ctx.db, {
      organizerId: organizer.id,
      days: [{ date: '2030-01-02' }, { date: '2030-01-01' }],
    });
    const own = (await (await loginAs(t.app, organizer.email)).get('/api/events')).json().events;
    expect(own.map((e: { id: string }) => e.id)).toEqual([draft.id, earlier.id, later.id]);
    expect(own[1]).toMatchObject({
      firstDay: '2030-01-01',
      lastDay: '2030-01-02',
      dayCount: 2,
      published: true,
    });
    expect(own[0].published).toBe(false);

    const ids = async (client: typeof c.organizer) =>
      (await client.get('/api/events')).json().events.map((e: { id: string }) => e.id);
    expect(await ids(c.organizer)).toEqual([c.event.id]);
    expect(await ids(c.recruiter)).toEqual([c.event.id]);
    expect(await ids(c.talent)).toEqual([c.event.id]);
    expect(await ids(c.otherOrganizer)).toEqual([]);
    expect(await ids(c.outsideRecruiter)).toEqual([]);
    expect(await ids(c.outsideTalent)).toEqual([]);
    const supportSees = await ids(c.support);
    expect(supportSees).toEqual(expect.arrayContaining([c.event.id, earlier.id, later.id]));
    expect(supportSees).not.toContain(draft.id);
    expect((await anonymous(t.app).get('/api/events')).statusCode).toBe(401);
  });

  it('hides an unpublished event from its registered recruiters and talents', async () => {
    const c = await cast();
    expect((await c.organizer.post(`/api/events/${c.event.id}/unpublish`)).json().published).toBe(false);
    expect((await c.recruiter.get('/api/events')).json().events).toEqual([]);
    expect((await c.talent.get(`/api/events/${c.event.id}`)).statusCode).toBe(404);
    expect((await c.support.get(`/api/events/${c.event.id}`)).statusCode).toBe(404);
    expect((await c.organizer.post(`/api/events/${c.event.id}/publish`)).json().published).toBe(true);
    expect((await c.recruiter.get(`/api/events/${c.event.id}`)).json().viewerRole).toBe('recruiter');
  });
});

describe('reading an event', () => {
  it('tells each participant how they take part, and everyone else that it does not exist', async () => {
    const c = await cast();
    const url = `/api/events/${c.event.id}`;
    expect((await c.organizer.get(url)).json().viewerRole).toBe('organizer');
    expect((await c.recruiter.get(url)).json().viewerRole).toBe('recruiter');
    expect((await c.talent.get(url)).json().viewerRole).toBe('talent');
    expect((await c.support.get(url)).json().viewerRole).toBe('support');
    for (const outsider of [c.otherOrganizer, c.outsideRecruiter, c.outsideTalent]) {
      const response = await outsider.get(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('events.not_found');
    }
    expect((await anonymous(t.app).get(url)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const { client } = await organizerClient();
    expect((await client.get('/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await client.get('/api/events/not-an-id');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields).toHaveProperty('id');
  });
});

describe('editing an event', () => {
  it('updates days with an id in place, creates new ones and deletes missing ones', async () => {
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    const [first, second] = created.days;
    const body = inputOfEvent(created);
    body.name = 'Summer Fair';
    body.timeZone = 'America/New_York';
    body.days = [
      { ...body.days[1]!, opensAt: '10:00', closesAt: '12:30', durations: [20] },
      day('2030-03-09', { mode: 'in_person' }),
    ];
    const response = await client.put(`/api/events/${created.id}`, body);
    expect(response.statusCode).toBe(200);
    const updated: Event = response.json();
    expect(updated).toMatchObject({ name: 'Summer Fair', timeZone: 'America/New_York' });
    expect(updated.days).toHaveLength(2);
    expect(updated.days[0]).toEqual({ ...second, opensAt: '10:00', closesAt: '12:30', durations: [20] });
    expect(updated.days[1]!.id).not.toBe(first!.id);
    expect(updated.days[1]).toMatchObject({ date: '2030-03-09', mode: 'in_person' });
  });

  it('lets two days swap their dates in one edit', async () => {
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    const body = inputOfEvent(created);
    [body.days[0]!.date, body.days[1]!.date] = [body.days[1]!.date, body.days[0]!.date];
    const updated: Event = (await client.put(`/api/events/${created.id}`, body)).json();
    expect(updated.days.map((d) => [d.id, d.date])).toEqual([
      [created.days[1]!.id, '2030-03-04'],
      [created.days[0]!.id, '2030-03-05'],
    ]);
  });

  it('refuses a day id from another event with 400', async () => {
    const { client } = await organizerClient();
    const mine: Event = (await client.post('/api/events', input())).json();
    const other = await buildEvent(t.ctx.db);
    const body = inputOfEvent(mine);
    body.days[0]!.id = other.days[0]!.id;
    const response = await client.put(`/api/events/${mine.id}`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('events.unknown_day');
  });

  it('refuses the same day twice in one edit', async () => {
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    const body = inputOfEvent(created);
    body.days[1]!.id = body.days[0]!.id;
    const response = await client.put(`/api/events/${created.id}`, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('days');
  });

  it('validates the body as creation does', async () => {
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    const response = await client.put(`/api/events/${created.id}`, input({ timeZone: 'Nowhere' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('timeZone');
  });
});

describe('days in the past', () => {
  let realNow: Date;
  beforeEach(() => {
    realNow = t.clock.now;
  });
  afterEach(() => t.clock.set(realNow));

  it('are refused on creation, under each date that has passed, in words', async () => {
    t.clock.set('2030-03-05T23:30:00Z'); // Already 6 March in Berlin.
    const { client } = await organizerClient();
    const response = await client.post('/api/events', input());
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'events.date_in_past',
      message:
        '2 days of the event have a date that has passed (today is Wednesday 6 March in Europe/Berlin). Choose today or a later day.',
      fields: {
        'days.0.date': 'This date has passed. Choose today or a later day.',
        'days.1.date': 'This date has passed. Choose today or a later day.',
      },
    });
    const today = await client.post('/api/events', input({ days: [day('2030-03-06')] }));
    expect(today.statusCode).toBe(201);
  });

  it('stay editable once the event is under way, but no day may be moved or added into the past', async () => {
    t.clock.set('2030-03-03T12:00:00Z');
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    t.clock.set('2030-03-05T12:00:00Z');
    const renamed = await client.put(`/api/events/${created.id}`, {
      ...inputOfEvent(created),
      name: 'Renamed',
    });
    expect(renamed.statusCode).toBe(200);

    const moved = inputOfEvent(created);
    moved.days[1]!.date = '2030-03-03';
    const movedBack = await client.put(`/api/events/${created.id}`, moved);
    expect(movedBack.json().error.fields).toEqual({
      'days.1.date': 'This date has passed. Choose today or a later day.',
    });
    const added = await client.put(`/api/events/${created.id}`, {
      ...inputOfEvent(created),
      days: [...inputOfEvent(created).days, day('2030-03-01')],
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().error.code).toBe('events.date_in_past');
  });
});

describe('live updates of an event', () => {
  it('tells the pages open on the event when its organizer edits, publishes or unpublishes it', async () => {
    const { client } = await organizerClient();
    const created: Event = (await client.post('/api/events', input())).json();
    const received: string[] = [];
    const stop = t.ctx.live.subscribe(`event:${created.id}`, (message) => {
      if (message.type === 'event.changed' && message.eventId === created.id) received.push(message.type);
    });
    try {
      await client.post(`/api/events/${created.id}/publish`);
      await expect.poll(() => received.length).toBe(1);
      const body = inputOfEvent(created);
      body.name = 'Renamed Fair';
      expect((await client.put(`/api/events/${created.id}`, body)).statusCode).toBe(200);
      await expect.poll(() => received.length).toBe(2);
      await client.post(`/api/events/${created.id}/unpublish`);
      await expect.poll(() => received.length).toBe(3);

      // A refused edit changed nothing, so nobody is told.
      const refused = await client.put(`/api/events/${created.id}`, { ...body, days: [] });
      expect(refused.statusCode).toBe(400);
      await client.get('/health');
      expect(received).toHaveLength(3);
    } finally {
      stop();
    }
  });
});

describe('who may change an event', () => {
  it('lets only its own organizer edit, publish or unpublish it', async () => {
    const c = await cast();
    const base = `/api/events/${c.event.id}`;
    const body = inputOfEvent((await c.organizer.get(base)).json());
    const attempts = [
      (client: typeof c.organizer) => client.put(base, body),
      (client: typeof c.organizer) => client.post(`${base}/publish`),
      (client: typeof c.organizer) => client.post(`${base}/unpublish`),
    ];
    for (const attempt of attempts) {
      for (const participant of [c.recruiter, c.talent, c.support]) {
        expect((await attempt(participant)).statusCode).toBe(403);
      }
      for (const outsider of [c.otherOrganizer, c.outsideRecruiter, c.outsideTalent]) {
        expect((await attempt(outsider)).statusCode).toBe(404);
      }
      expect((await attempt(anonymous(t.app))).statusCode).toBe(401);
    }
    expect((await c.organizer.put(base, { ...body, name: 'Renamed' })).json().name).toBe('Renamed');
    expect((await c.organizer.post(`${base}/publish`)).statusCode).toBe(200);
  });

  it('answers 404 for publishing an unknown event', async () => {
    const { client } = await organizerClient();
    const response = await client.post('/api/events/00000000-0000-4000-8000-000000000000/publish');
    expect(response.statusCode).toBe(404);
  });
});
