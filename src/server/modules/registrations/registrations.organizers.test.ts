import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildChat, buildEvent, buildUser, registerCompany } from '../../test/factories.js';
import { loginAs, sessionClient, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { roomMessages } from '../rooms/rooms.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { eventCompanies } from './registrations.table.js';

const t = withTestApp();

async function account(email: string) {
  const [row] = await t.ctx.db
    .select({ id: users.id, name: users.name, companyId: users.companyId, profile: talentProfiles })
    .from(users)
    .leftJoin(talentProfiles, eq(talentProfiles.userId, users.id))
    .where(eq(users.email, email));
  return row!;
}

/** Two organizers, each with an event, who both work with a company called Globex. */
async function twoOrganizers() {
  const db = t.ctx.db;
  const run = async (name: string) => {
    const organizer = await buildUser(db, { role: 'organizer', name });
    const event = await buildEvent(db, { organizerId: organizer.id, name: `${name}'s fair` });
    return { event, client: await loginAs(t.app, organizer.email) };
  };
  const a = await run('Ann');
  const b = await run('Ben');
  const tag = a.event.id.slice(0, 8);
  const emails = {
    recruiterA: `alice-${tag}@globex.test`,
    recruiterB: `bob-${tag}@globex.test`,
    talent: `tara-${tag}@talent.test`,
  };
  const globexA = await a.client.post(`/api/events/${a.event.id}/companies`, {
    name: 'Globex',
    recruiters: [{ name: 'Alice', email: emails.recruiterA }],
  });
  expect(globexA.statusCode).toBe(201);
  const imported = await a.client.post(`/api/events/${a.event.id}/import`, {
    kind: 'talents',
    csv: `email,name,headline\n${emails.talent},Tara,Data engineer\n`,
  });
  expect(imported.json()).toMatchObject({ created: 1, errors: [] });
  return { a, b, emails, globexA: globexA.json() as { id: string } };
}

describe('organizers are isolated from each other', () => {
  it("gives the second organizer a Globex of their own, whose recruiter sees nothing of the first one's", async () => {
    const { a, b, emails, globexA } = await twoOrganizers();
    const alice = await account(emails.recruiterA);
    const tara = await account(emails.talent);
    const chat = await buildChat(t.ctx.db, {
      eventId: a.event.id,
      talentId: tara.id,
      recruiterId: alice.id,
      state: 'requested',
    });
    await t.ctx.db.insert(roomMessages).values({ chatId: chat.id, authorId: alice.id, body: 'Secret plans' });

    const globexB = await b.client.post(`/api/events/${b.event.id}/companies`, {
      name: 'GLOBEX',
      recruiters: [{ name: 'Bob', email: emails.recruiterB }],
    });
    expect(globexB.statusCode).toBe(201);
    expect(globexB.json().id).not.toBe(globexA.id);
    expect(globexB.json().recruiters.map((p: { email: string }) => p.email)).toEqual([emails.recruiterB]);
    const listedAtA = (await a.client.get(`/api/events/${a.event.id}/companies`)).json().companies;
    expect(listedAtA[0].recruiters.map((p: { email: string }) => p.email)).toEqual([emails.recruiterA]);

    const bob = await sessionClient(t.app, t.ctx, (await account(emails.recruiterB)).id);
    for (const url of [
      `/api/events/${a.event.id}/chats`,
      `/api/events/${a.event.id}/team`,
      `/api/events/${a.event.id}/recruiters/${alice.id}/availability`,
      `/api/chats/${chat.id}`,
      `/api/chats/${chat.id}/room/messages`,
    ]) {
      const response = await bob.get(url);
      expect([403, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain('Secret plans');
    }
    expect((await bob.post(`/api/chats/${chat.id}/approve`, {})).statusCode).toBe(404);
  });

  it('lets a recruiter act only for chats at events their company still attends', async () => {
    const { a, emails, globexA } = await twoOrganizers();
    const alice = await account(emails.recruiterA);
    const chat = await buildChat(t.ctx.db, {
      eventId: a.event.id,
      talentId: (await account(emails.talent)).id,
      recruiterId: alice.id,
      state: 'requested',
    });
    await t.ctx.db.insert(roomMessages).values({ chatId: chat.id, authorId: alice.id, body: 'Secret plans' });
    const asAlice = await sessionClient(t.app, t.ctx, alice.id);
    expect((await asAlice.get(`/api/chats/${chat.id}`)).statusCode).toBe(200);

    await t.ctx.db
      .delete(eventCompanies)
      .where(and(eq(eventCompanies.eventId, a.event.id), eq(eventCompanies.companyId, globexA.id)));
    expect((await asAlice.get(`/api/chats/${chat.id}`)).statusCode).toBe(404);
    const messages = await asAlice.get(`/api/chats/${chat.id}/room/messages`);
    expect([403, 404]).toContain(messages.statusCode);
    expect(messages.body).not.toContain('Secret plans');
    expect((await asAlice.post(`/api/chats/${chat.id}/approve`, {})).statusCode).toBe(404);
  });

  it("refuses to move the first organizer's recruiter into the second one's company", async () => {
    const { b, emails } = await twoOrganizers();
    const response = await b.client.post(`/api/events/${b.event.id}/companies`, {
      name: 'Globex',
      recruiters: [{ name: 'Alice Mole', email: emails.recruiterA }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      `${emails.recruiterA} belongs to a recruiter of another company, and a recruiter is a member of exactly one company.`,
    );
    const alice = await account(emails.recruiterA);
    expect(alice.name).toBe('Alice');
  });

  it("refuses to add recruiters to the first organizer's company where it was registered before owners", async () => {
    const { a, b, globexA } = await twoOrganizers();
    await registerCompany(t.ctx.db, b.event.id, globexA.id);
    const response = await b.client.post(`/api/events/${b.event.id}/companies/${globexA.id}/recruiters`, {
      name: 'Mallory',
      email: `mallory-${a.event.id.slice(0, 8)}@globex.test`,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('registrations.company_of_another_organizer');
    const team = (await a.client.get(`/api/events/${a.event.id}/companies`)).json().companies[0];
    expect(team.recruiters).toHaveLength(1);
  });

  it("registers the first organizer's talent as they are when the second imports other data, and says so", async () => {
    const { b, emails } = await twoOrganizers();
    const talents = await b.client.post(`/api/events/${b.event.id}/import`, {
      kind: 'talents',
      csv: `email,name,headline\n${emails.talent},Someone Else,Pastry chef\n`,
    });
    expect(talents.json()).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
      errors: [],
      notices: [
        {
          row: 2,
          message: `${emails.talent} already has a Parley account; registered as is, name and profile not changed.`,
        },
      ],
    });
    expect(await account(emails.talent)).toMatchObject({
      name: 'Tara',
      profile: { headline: 'Data engineer' },
    });
    const registered = (await b.client.get(`/api/events/${b.event.id}/talents`)).json().talents;
    expect(registered).toMatchObject([{ email: emails.talent, name: 'Tara' }]);

    const recruiters = await b.client.post(`/api/events/${b.event.id}/import`, {
      kind: 'recruiters',
      csv: `company,email,name\nGlobex,${emails.recruiterA},Alice Mole\n`,
    });
    expect(recruiters.json()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [{ row: 2, message: expect.stringContaining('a member of exactly one company') }],
    });
    expect((await account(emails.recruiterA)).name).toBe('Alice');
  });
});
