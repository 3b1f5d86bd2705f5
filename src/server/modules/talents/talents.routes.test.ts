import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, type Client, loginAs, withTestApp } from '../../test/test-app.js';
import { talentProfiles } from './talents.table.js';

const t = withTestApp();

type User = Awaited<ReturnType<typeof buildUser>>;
const people = {} as Record<
  | 'organizer'
  | 'otherOrganizer'
  | 'recruiter'
  | 'outsideRecruiter'
  | 'support'
  | 'ana'
  | 'bob'
  | 'carla'
  | 'stranger',
  User
>;
let eventId: string;
let clients: Record<keyof typeof people, Client>;

async function buildTalent(
  name: string,
  profile: Partial<typeof talentProfiles.$inferInsert>,
  registerFor?: string,
): Promise<User> {
  const user = await buildUser(t.ctx.db, { role: 'talent', name });
  await t.ctx.db.update(talentProfiles).set(profile).where(eq(talentProfiles.userId, user.id));
  if (registerFor) await registerTalent(t.ctx.db, registerFor, user.id);
  return user;
}

beforeAll(async () => {
  const db = t.ctx.db;
  people.organizer = await buildUser(db, { role: 'organizer' });
  people.otherOrganizer = await buildUser(db, { role: 'organizer' });
  const event = await buildEvent(db, { organizerId: people.organizer.id });
  await buildEvent(db, { organizerId: people.otherOrganizer.id });
  eventId = event.id;
  const company = await buildCompany(db);
  await registerCompany(db, eventId, company.id);
  people.recruiter = await buildUser(db, { role: 'recruiter', companyId: company.id });
  people.outsideRecruiter = await buildUser(db, { role: 'recruiter' });
  people.support = await buildUser(db, { role: 'support' });
  people.ana = await buildTalent(
    'Ana Lopez',
    {
      headline: 'Backend engineer',
      background: 'Computer Science',
      level: 'mid',
      languages: ['English', 'Spanish'],
      topics: ['Python', 'Distributed systems'],
      bio: 'Keeps services at 100% uptime.',
      links: ['https://ana.example'],
    },
    eventId,
  );
  people.bob = await buildTalent(
    'bob Meyer',
    {
      headline: 'Data_scientist',
      background: 'Statistics',
      level: 'senior',
      languages: ['German', 'english'],
      topics: ['Machine learning', 'python'],
    },
    eventId,
  );
  people.carla = await buildTalent(
    'Carla Rossi',
    {
      headline: 'Product designer',
      background: 'Design',
      level: 'entry',
      languages: ['Italian'],
      topics: ['UX'],
      bio: 'Figma, research and prototyping.',
    },
    eventId,
  );
  people.stranger = await buildTalent('Zed Stranger', { topics: ['Python'], languages: ['English'] });
  clients = Object.fromEntries(
    await Promise.all(
      Object.entries(people).map(async ([key, user]) => [key, await loginAs(t.app, user.email)] as const),
    ),
  ) as typeof clients;
});

const list = (client: Client, query = '') =>
  client.get(`/api/events/${eventId}/talent-profiles${query ? `?${query}` : ''}`);
const names = (response: { json(): { talents: { name: string }[] } }) =>
  response.json().talents.map((talent) => talent.name);

describe('who may browse the talent profiles of an event', () => {
  it('shows a registered company’s recruiter the registered talents by name, without their emails', async () => {
    const response = await list(clients.recruiter);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(names(response)).toEqual(['Ana Lopez', 'bob Meyer', 'Carla Rossi']);
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 24 });
    expect(body.talents.every((talent: { email: string | null }) => talent.email === null)).toBe(true);
    expect(body.talents[0]).toEqual({
      id: people.ana.id,
      name: 'Ana Lopez',
      email: null,
      headline: 'Backend engineer',
      background: 'Computer Science',
      level: 'mid',
      languages: ['English', 'Spanish'],
      topics: ['Python', 'Distributed systems'],
      bio: 'Keeps services at 100% uptime.',
      links: ['https://ana.example'],
      cv: null,
    });
    expect(response.body).not.toContain(people.ana.email);
  });

  it('lists the languages and topics of the event’s talents once each, whatever their case', async () => {
    const body = (await list(clients.recruiter, 'level=student')).json();
    expect(body.total).toBe(0);
    expect(body.facets).toEqual({
      languages: ['English', 'German', 'Italian', 'Spanish'],
      topics: ['Distributed systems', 'Machine learning', 'Python', 'UX'],
    });
  });

  it('shows the event’s organizer the talents with their emails', async () => {
    const response = await list(clients.organizer);
    expect(response.statusCode).toBe(200);
    expect(response.json().talents.map((talent: { email: string }) => talent.email)).toEqual([
      people.ana.email,
      people.bob.email,
      people.carla.email,
    ]);
    const single = await clients.organizer.get(`/api/events/${eventId}/talent-profiles/${people.bob.id}`);
    expect(single.json().email).toBe(people.bob.email);
  });

  it('shows a recruiter one registered talent’s profile without the email', async () => {
    const response = await clients.recruiter.get(`/api/events/${eventId}/talent-profiles/${people.carla.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: people.carla.id,
      name: 'Carla Rossi',
      email: null,
      level: 'entry',
    });
  });

  it('answers 404 for a talent who is not registered for the event, or no talent at all', async () => {
    for (const id of [people.stranger.id, people.recruiter.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await clients.recruiter.get(`/api/events/${eventId}/talent-profiles/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('talents.not_found');
    }
  });

  it('refuses a registered talent with 403, reading the list or another talent’s profile', async () => {
    for (const url of [
      `/api/events/${eventId}/talent-profiles`,
      `/api/events/${eventId}/talent-profiles/${people.bob.id}`,
    ]) {
      const response = await clients.ana.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'talents.browse_forbidden',
        message: expect.stringContaining('recruiters and its organizer'),
      });
    }
  });

  it('refuses support staff with 403', async () => {
    const response = await list(clients.support);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('talents.browse_forbidden');
  });

  it('hides the event with 404 from those not taking part in it', async () => {
    for (const client of [clients.stranger, clients.outsideRecruiter, clients.otherOrganizer]) {
      const listing = await list(client);
      const single = await client.get(`/api/events/${eventId}/talent-profiles/${people.ana.id}`);
      expect([listing.statusCode, single.statusCode]).toEqual([404, 404]);
      expect(listing.json().error.code).toBe('events.not_found');
    }
  });

  it('asks anonymous visitors to log in', async () => {
    const response = await list(anonymous(t.app));
    expect(response.statusCode).toBe(401);
    const single = await anonymous(t.app).get(`/api/events/${eventId}/talent-profiles/${people.ana.id}`);
    expect(single.statusCode).toBe(401);
  });
});

describe('searching and filtering talents', () => {
  it.each([
    ['q=PYTHON', ['Ana Lopez', 'bob Meyer']],
    ['q=%20%20figma%20', ['Carla Rossi']],
    ['q=rossi', ['Carla Rossi']],
    ['q=statistics', ['bob Meyer']],
    ['q=engineer', ['Ana Lopez']],
    ['q=learning%20python', ['bob Meyer']],
    ['q=100%25', ['Ana Lopez']],
    ['q=_', ['bob Meyer']],
    ['q=nothing-like-this', []],
    ['q=', ['Ana Lopez', 'bob Meyer', 'Carla Rossi']],
  ])('searches names, headlines, backgrounds, bios and topics: %s', async (query, expected) => {
    const response = await list(clients.recruiter, query);
    expect(response.statusCode).toBe(200);
    expect(names(response)).toEqual(expected);
    expect(response.json().total).toBe(expected.length);
  });

  it.each([
    ['language=ENGLISH', ['Ana Lopez', 'bob Meyer']],
    ['language=Ital', []],
    ['topic=ux', ['Carla Rossi']],
    ['topic=Python', ['Ana Lopez', 'bob Meyer']],
    ['level=senior', ['bob Meyer']],
    ['language=english&topic=python&level=mid', ['Ana Lopez']],
    ['language=&topic=', ['Ana Lopez', 'bob Meyer', 'Carla Rossi']],
    ['q=python&language=German', ['bob Meyer']],
  ])('filters on exact array elements and the level: %s', async (query, expected) => {
    const response = await list(clients.recruiter, query);
    expect(response.statusCode).toBe(200);
    expect(names(response)).toEqual(expected);
  });

  it('pages through the results, with the total of all matches on every page', async () => {
    const first = (await list(clients.recruiter, 'pageSize=2')).json();
    const second = (await list(clients.recruiter, 'pageSize=2&page=2')).json();
    const beyond = (await list(clients.recruiter, 'pageSize=2&page=9')).json();
    expect(first.talents.map((talent: { name: string }) => talent.name)).toEqual(['Ana Lopez', 'bob Meyer']);
    expect(second.talents.map((talent: { name: string }) => talent.name)).toEqual(['Carla Rossi']);
    expect(beyond.talents).toEqual([]);
    expect([first.total, second.total, beyond.total]).toEqual([3, 3, 3]);
    expect(second).toMatchObject({ page: 2, pageSize: 2 });
  });

  it('answers 400 with a message per field for bad query values', async () => {
    const response = await list(clients.recruiter, `level=guru&page=0&pageSize=500&q=${'x'.repeat(101)}`);
    expect(response.statusCode).toBe(400);
    const { fields } = response.json().error;
    expect(Object.keys(fields).sort()).toEqual(['level', 'page', 'pageSize', 'q']);
    expect(fields.level).toMatch(/level/i);
    const badPage = await list(clients.recruiter, 'page=two');
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().error.fields).toHaveProperty('page');
  });

  it('answers 400 for ids that are not ids', async () => {
    const response = await clients.recruiter.get('/api/events/not-an-id/talent-profiles/also-not');
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['id', 'talentId']);
  });
});

describe('a talent’s own profile', () => {
  it('gives the talent their profile with their email', async () => {
    const response = await clients.carla.get('/api/me/profile');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: people.carla.id,
      name: 'Carla Rossi',
      email: people.carla.email,
      topics: ['UX'],
    });
  });

  it('replaces the profile and the name, trimming and de-duplicating what was typed', async () => {
    const talent = await buildUser(t.ctx.db, { role: 'talent', name: 'Old Name' });
    const client = await loginAs(t.app, talent.email);
    const response = await client.put('/api/me/profile', {
      name: '  Noor Haddad ',
      headline: 'Mechatronics graduate',
      level: 'student',
      languages: ['Arabic', 'English', 'Arabic'],
      topics: [' Robotics '],
      links: ['https://noor.example/portfolio'],
    });
    expect(response.statusCode).toBe(200);
    const expected = {
      id: talent.id,
      name: 'Noor Haddad',
      email: talent.email,
      headline: 'Mechatronics graduate',
      background: '',
      level: 'student',
      languages: ['Arabic', 'English'],
      topics: ['Robotics'],
      bio: '',
      links: ['https://noor.example/portfolio'],
      cv: null,
    };
    expect(response.json()).toEqual(expected);
    expect((await client.get('/api/me/profile')).json()).toEqual(expected);
    expect((await client.get('/api/auth/session')).json().user.name).toBe('Noor Haddad');
  });

  it('creates the profile of a talent who has none yet', async () => {
    const talent = await buildUser(t.ctx.db, { role: 'talent' });
    await t.ctx.db.delete(talentProfiles).where(eq(talentProfiles.userId, talent.id));
    const client = await loginAs(t.app, talent.email);
    expect((await client.get('/api/me/profile')).json()).toMatchObject({
      headline: '',
      languages: [],
      level: null,
    });
    const response = await client.put('/api/me/profile', { name: talent.name, bio: 'Hello' });
    expect(response.statusCode).toBe(200);
    expect(response.json().bio).toBe('Hello');
  });

  it('answers 400 with a message per field for a bad profile', async () => {
    const response = await clients.ana.put('/api/me/profile', {
      name: ' ',
      level: 'guru',
      links: ['javascript:alert(1)'],
    });
    expect(response.statusCode).toBe(400);
    const { fields } = response.json().error;
    expect(fields.name).toBe('Enter your name.');
    expect(fields['links.0']).toBe('Links must start with http:// or https://');
    expect(fields).toHaveProperty('level');
  });

  it('refuses accounts that are not talents with 403, and anonymous visitors with 401', async () => {
    for (const client of [clients.recruiter, clients.organizer, clients.support]) {
      const read = await client.get('/api/me/profile');
      const write = await client.put('/api/me/profile', { name: 'X' });
      expect([read.statusCode, write.statusCode]).toEqual([403, 403]);
      expect(read.json().error.code).toBe('talents.talents_only');
    }
    expect((await anonymous(t.app).get('/api/me/profile')).statusCode).toBe(401);
  });
});
