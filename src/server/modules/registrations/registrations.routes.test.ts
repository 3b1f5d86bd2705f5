import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildCompany, buildEvent, buildUser } from '../../test/factories.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { eventCast, mailTo } from '../../test/registrations-fixtures.js';

const t = withTestApp();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function openChat(eventId: string, recruiterId: string, talentId: string) {
  const [chat] = await t.ctx.db
    .insert(chats)
    .values({
      eventId,
      recruiterId,
      talentId,
      createdById: talentId,
      initiatedBy: 'talent',
      state: 'requested',
    })
    .returning();
  return chat!;
}

describe('who may manage registrations', () => {
  it('lets only the event’s own organizer use each route', async () => {
    const c = await eventCast(t);
    const e = `/api/events/${c.event.id}`;
    const routes: [string, (client: typeof c.organizer) => ReturnType<typeof c.organizer.get>][] = [
      ['list companies', (x) => x.get(`${e}/companies`)],
      ['register a company', (x) => x.post(`${e}/companies`, { name: 'Globex', recruiters: [] })],
      ['set a booth', (x) => x.patch(`${e}/companies/${c.company.id}`, { booth: 'B2' })],
      [
        'add a recruiter',
        (x) => x.post(`${e}/companies/${c.company.id}/recruiters`, { name: 'N', email: 'n@x.test' }),
      ],
      ['unregister a company', (x) => x.delete(`${e}/companies/${c.company.id}`)],
      ['list talents', (x) => x.get(`${e}/talents`)],
      ['register a talent', (x) => x.post(`${e}/talents`, { name: 'T', email: 't@x.test' })],
      ['unregister a talent', (x) => x.delete(`${e}/talents/${c.talentUser.id}`)],
      ['import', (x) => x.post(`${e}/import`, { kind: 'talents', csv: 'email,name\nz@x.test,Z\n' })],
    ];
    for (const [label, call] of routes) {
      const statuses = {
        anonymous: (await call(c.anonymous)).statusCode,
        recruiter: (await call(c.recruiter)).statusCode,
        talent: (await call(c.talent)).statusCode,
        support: (await call(c.support)).statusCode,
        otherOrganizer: (await call(c.otherOrganizer)).statusCode,
        outsideRecruiter: (await call(c.outsideRecruiter)).statusCode,
        outsideTalent: (await call(c.outsideTalent)).statusCode,
      };
      expect({ label, ...statuses }).toEqual({
        label,
        anonymous: 401,
        recruiter: 403,
        talent: 403,
        support: 403,
        otherOrganizer: 404,
        outsideRecruiter: 404,
        outsideTalent: 404,
      });
    }
    // Nothing above changed anything.
    const listed = (await c.organizer.get(`${e}/companies`)).json().companies;
    expect(listed).toEqual([
      {
        id: c.company.id,
        name: c.company.name,
        booth: 'A1',
        recruiters: [
          {
            id: c.recruiterUser.id,
            name: c.recruiterUser.name,
            email: c.recruiterUser.email,
            activated: true,
          },
        ],
      },
    ]);
  });

  it('never shows a recruiter another company’s registration', async () => {
    const c = await eventCast(t);
    const rival = await buildCompany(t.ctx.db, { name: 'Rival Corp' });
    await c.organizer.post(`/api/events/${c.event.id}/companies`, { name: rival.name, booth: 'R9' });
    for (const url of [`/api/events/${c.event.id}/companies`, `/api/events/${c.event.id}/talents`]) {
      const response = await c.recruiter.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('Rival');
    }
    expect((await c.recruiter.get(`/api/events/${c.event.id}`)).body).not.toContain('Rival');
  });

  it('answers 404 for unknown events and companies, and 400 for malformed ids', async () => {
    const c = await eventCast(t);
    const e = `/api/events/${c.event.id}`;
    expect((await c.organizer.get(`/api/events/${UNKNOWN}/companies`)).statusCode).toBe(404);
    expect((await c.organizer.patch(`${e}/companies/${UNKNOWN}`, { booth: 'x' })).statusCode).toBe(404);
    const unregistered = await buildCompany(t.ctx.db);
    const add = await c.organizer.post(`${e}/companies/${unregistered.id}/recruiters`, {
      name: 'A',
      email: 'a@b.test',
    });
    expect(add.statusCode).toBe(404);
    expect(add.json().error.code).toBe('registrations.company_not_registered');
    expect((await c.organizer.delete(`${e}/companies/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await c.organizer.delete(`${e}/talents/${UNKNOWN}`)).statusCode).toBe(404);
    const malformed = await c.organizer.delete(`${e}/talents/nope`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields).toHaveProperty('talentId');
  });
});

describe('registering companies', () => {
  it('creates the company and its recruiters, and invites the new accounts to the event', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/companies`, {
      name: ' Initech ',
      booth: 'Hall 2',
      recruiters: [
        { name: 'Peter Gibbons', email: 'Peter@Initech.test' },
        { name: 'Joanna', email: 'joanna@initech.test' },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Initech',
      booth: 'Hall 2',
      recruiters: [
        { name: 'Joanna', email: 'joanna@initech.test', activated: false },
        { name: 'Peter Gibbons', email: 'peter@initech.test', activated: false },
      ],
    });
    const mail = await mailTo(t.app, 'peter@initech.test');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('You are invited to Spring Fair on Parley');
    expect(mail[0]!.text).toContain('Olivia Organizer');
    const [peter] = await t.ctx.db.select().from(users).where(eq(users.email, 'peter@initech.test'));
    expect(peter).toMatchObject({ role: 'recruiter', companyId: response.json().id, passwordHash: null });
  });

  it('finds the organizer’s own company by name whatever its case, and merges a second registration', async () => {
    const c = await eventCast(t);
    const existing = await buildCompany(t.ctx.db, { name: 'Umbrella Corp', ownerId: c.event.organizerId });
    const colleague = await buildUser(t.ctx.db, { role: 'recruiter', companyId: existing.id, name: 'Ada' });
    const url = `/api/events/${c.event.id}/companies`;
    const first = await c.organizer.post(url, {
      name: 'UMBRELLA CORP',
      booth: 'U1',
      recruiters: [{ name: 'Ada', email: colleague.email }],
    });
    expect(first.json()).toMatchObject({ id: existing.id, name: 'Umbrella Corp', booth: 'U1' });
    const second = await c.organizer.post(url, {
      name: 'umbrella corp',
      booth: 'U2',
      recruiters: [
        { name: 'Bea', email: 'bea@umbrella.test' },
        { name: 'Ada', email: colleague.email },
      ],
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      id: existing.id,
      booth: 'U2',
      recruiters: [
        { name: 'Ada', activated: true },
        { name: 'Bea', activated: false },
      ],
    });
    const same = await t.ctx.db
      .select({ id: companies.id })
      .from(companies)
      .where(sql`lower(${companies.name}) = 'umbrella corp'`);
    expect(same).toHaveLength(1);
    expect(await mailTo(t.app, colleague.email)).toEqual([]);
    expect(await mailTo(t.app, 'bea@umbrella.test')).toHaveLength(1);
    // An empty booth on a merge keeps the booth there is.
    expect((await c.organizer.post(url, { name: 'Umbrella Corp' })).json().booth).toBe('U2');
  });

  it.each([
    [
      'a talent',
      async () => (await buildUser(t.ctx.db, { role: 'talent' })).email,
      /belongs to a talent account/,
    ],
    [
      'a recruiter of another company',
      async () => (await buildUser(t.ctx.db, { role: 'recruiter' })).email,
      /belongs to a recruiter of another company/,
    ],
  ])('refuses an email of %s with 409 naming it, and registers nothing', async (_label, email, message) => {
    const c = await eventCast(t);
    const taken = await email();
    const response = await c.organizer.post(`/api/events/${c.event.id}/companies`, {
      name: 'Hooli',
      recruiters: [
        { name: 'New Person', email: 'new@hooli.test' },
        { name: 'Someone', email: taken },
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('registrations.email_taken');
    expect(response.json().error.message).toContain(taken);
    expect(response.json().error.message).toMatch(message);
    const listed = (await c.organizer.get(`/api/events/${c.event.id}/companies`)).json().companies;
    expect(listed.map((x: { name: string }) => x.name)).not.toContain('Hooli');
    expect(await mailTo(t.app, 'new@hooli.test')).toEqual([]);
  });

  it('answers 400 with a message per field for a bad body', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/companies`, {
      name: '',
      recruiters: [{ name: 'A', email: 'not-an-email' }],
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['name', 'recruiters.0.email']);
  });

  it('changes a booth and adds recruiters to a registered company', async () => {
    const c = await eventCast(t);
    const url = `/api/events/${c.event.id}/companies/${c.company.id}`;
    const booth = await c.organizer.patch(url, { booth: '  B7 ' });
    expect(booth.statusCode).toBe(200);
    expect(booth.json()).toMatchObject({ id: c.company.id, booth: 'B7' });
    const added = await c.organizer.post(`${url}/recruiters`, { name: 'Zed', email: 'zed@acme.test' });
    expect(added.statusCode).toBe(200);
    expect(added.json().recruiters.map((p: { email: string }) => p.email)).toContain('zed@acme.test');
    expect(await mailTo(t.app, 'zed@acme.test')).toHaveLength(1);
    const again = await c.organizer.post(`${url}/recruiters`, { name: 'Zed', email: 'ZED@acme.test' });
    expect(again.json().recruiters).toHaveLength(2);
    expect(await mailTo(t.app, 'zed@acme.test')).toHaveLength(1);
  });

  it('unregisters a company only once its recruiters have no open chats at the event', async () => {
    const c = await eventCast(t);
    const url = `/api/events/${c.event.id}/companies/${c.company.id}`;
    const chat = await openChat(c.event.id, c.recruiterUser.id, c.talentUser.id);
    const refused = await c.organizer.delete(url);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('1 open 1-1 chat');
    await t.ctx.db.update(chats).set({ state: 'cancelled' }).where(eq(chats.id, chat.id));
    expect((await c.organizer.delete(url)).statusCode).toBe(204);
    expect((await c.organizer.get(`/api/events/${c.event.id}/companies`)).json().companies).toEqual([]);
    expect((await c.recruiter.get(`/api/events/${c.event.id}`)).statusCode).toBe(404);
  });

  it('ignores open chats the company has at other events', async () => {
    const c = await eventCast(t);
    const elsewhere = await buildEvent(t.ctx.db);
    await openChat(elsewhere.id, c.recruiterUser.id, c.talentUser.id);
    expect((await c.organizer.delete(`/api/events/${c.event.id}/companies/${c.company.id}`)).statusCode).toBe(
      204,
    );
  });
});

describe('registering talents', () => {
  it('creates, invites and registers a new talent with an empty profile', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/talents`, {
      name: 'Noor',
      email: 'Noor@Example.test',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Noor', email: 'noor@example.test', activated: false });
    const [profile] = await t.ctx.db
      .select()
      .from(talentProfiles)
      .where(eq(talentProfiles.userId, response.json().id));
    expect(profile).toMatchObject({ headline: '', languages: [], level: null });
    expect(await mailTo(t.app, 'noor@example.test')).toHaveLength(1);
    const listed = (await c.organizer.get(`/api/events/${c.event.id}/talents`)).json().talents;
    expect(listed).toEqual([
      { id: response.json().id, name: 'Noor', email: 'noor@example.test', activated: false },
      { id: c.talentUser.id, name: c.talentUser.name, email: c.talentUser.email, activated: true },
    ]);
  });

  it('registers an existing talent without inviting them again', async () => {
    const c = await eventCast(t);
    const known = await buildUser(t.ctx.db, { role: 'talent', name: 'Known' });
    const response = await c.organizer.post(`/api/events/${c.event.id}/talents`, {
      name: 'Other Name',
      email: known.email,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: known.id, name: 'Known', email: known.email, activated: true });
    expect(await mailTo(t.app, known.email)).toEqual([]);
    const client = await loginAs(t.app, known.email);
    expect((await client.get(`/api/events/${c.event.id}`)).json().viewerRole).toBe('talent');
  });

  it('refuses the email of a recruiter with 409', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/talents`, {
      name: 'X',
      email: c.recruiterUser.email,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain(c.recruiterUser.email);
  });

  it('unregisters a talent only once they have no open chats at the event', async () => {
    const c = await eventCast(t);
    const url = `/api/events/${c.event.id}/talents/${c.talentUser.id}`;
    const chat = await openChat(c.event.id, c.recruiterUser.id, c.talentUser.id);
    const refused = await c.organizer.delete(url);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('registrations.has_open_chats');
    await t.ctx.db.update(chats).set({ state: 'declined' }).where(eq(chats.id, chat.id));
    expect((await c.organizer.delete(url)).statusCode).toBe(204);
    expect((await c.organizer.get(`/api/events/${c.event.id}/talents`)).json().talents).toEqual([]);
    expect((await c.organizer.delete(url)).statusCode).toBe(404);
  });
});
