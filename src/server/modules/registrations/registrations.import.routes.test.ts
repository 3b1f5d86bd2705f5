import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { eventCast, mailTo } from '../../test/registrations-fixtures.js';

const t = withTestApp();

async function profileOf(email: string) {
  const [row] = await t.ctx.db
    .select({ name: users.name, profile: talentProfiles })
    .from(users)
    .innerJoin(talentProfiles, eq(talentProfiles.userId, users.id))
    .where(eq(users.email, email));
  return row!;
}

async function accountsWith(email: string) {
  const [row] = await t.ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return Number(row!.n);
}

describe('importing talents from CSV', () => {
  it('applies the good rows and reports each bad one by its row', async () => {
    const c = await eventCast(t);
    const recruiterEmail = c.recruiterUser.email;
    const csv = [
      'email,name,headline,level,languages,topics,links',
      'ana@import.test,Ana,Data engineer,mid,English;Spanish,Data;Cloud,https://ana.dev',
      'bad-email,Bob,,,,,',
      `${recruiterEmail},Recruiter In Disguise,,,,,`,
      'cy@import.test,Cy,,wizard,,,',
      'dee@import.test,Dee,,Student,,,',
      'ANA@import.test,Ana Again,,,,,',
    ].join('\n');
    const response = await c.organizer.post(`/api/events/${c.event.id}/import`, { kind: 'talents', csv });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(report.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 7]);
    expect(report.errors[1].message).toContain(recruiterEmail);
    expect(report.errors[3].message).toBe('ana@import.test already appears in row 2.');
    expect(await profileOf('ana@import.test')).toMatchObject({
      name: 'Ana',
      profile: {
        headline: 'Data engineer',
        level: 'mid',
        languages: ['English', 'Spanish'],
        topics: ['Data', 'Cloud'],
        links: ['https://ana.dev'],
      },
    });
    expect((await profileOf('dee@import.test')).profile.level).toBe('student');
    const registered = (await c.organizer.get(`/api/events/${c.event.id}/talents`)).json().talents;
    expect(registered.map((p: { email: string }) => p.email)).toEqual(
      expect.arrayContaining(['ana@import.test', 'dee@import.test']),
    );
    expect(await accountsWith('cy@import.test')).toBe(0);
  });

  it('merges a re-import: updates what changed, keeps what is empty, never doubles an account', async () => {
    const c = await eventCast(t);
    const url = `/api/events/${c.event.id}/import`;
    const first = [
      'email,name,headline,bio,languages',
      'eva@merge.test,Eva,Designer,Likes type,English',
      'finn@merge.test,Finn,Developer,,German',
    ].join('\n');
    expect((await c.organizer.post(url, { kind: 'talents', csv: first })).json()).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
      notices: [],
    });
    const second = [
      'Languages,Email,Name,Headline,Bio',
      'English;French,EVA@merge.test,Eva,,',
      ',finn@merge.test,Finn,Developer,',
    ].join('\n');
    expect((await c.organizer.post(url, { kind: 'talents', csv: second })).json()).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      errors: [],
      notices: [],
    });
    expect(await accountsWith('eva@merge.test')).toBe(1);
    expect((await profileOf('eva@merge.test')).profile).toMatchObject({
      headline: 'Designer',
      bio: 'Likes type',
      languages: ['English', 'French'],
    });
    expect((await profileOf('finn@merge.test')).profile.languages).toEqual(['German']);
    expect(await mailTo(t.app, 'eva@merge.test')).toHaveLength(1);
  });

  it('registers an existing talent of the platform without inviting them, counted as updated', async () => {
    const c = await eventCast(t);
    const known = await buildUser(t.ctx.db, { role: 'talent', name: 'Known Person' });
    const csv = `email,name\n${known.email},Known Person\nnew@invite.test,New Person\n`;
    const report = (
      await c.organizer.post(`/api/events/${c.event.id}/import`, { kind: 'talents', csv })
    ).json();
    expect(report).toEqual({ created: 1, updated: 1, unchanged: 0, errors: [], notices: [] });
    expect(await mailTo(t.app, known.email)).toEqual([]);
    const invitations = await mailTo(t.app, 'new@invite.test');
    expect(invitations.map((m) => m.subject)).toEqual(['You are invited to Spring Fair on Parley']);
  });

  it('imports nothing from malformed CSV and names the line', async () => {
    const c = await eventCast(t);
    const csv = 'email,name\nok@malformed.test,Ok\n"broken@malformed.test,Broken\n';
    const response = await c.organizer.post(`/api/events/${c.event.id}/import`, { kind: 'talents', csv });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('registrations.malformed_csv');
    expect(response.json().error.message).toMatch(/line \d/);
    expect(await accountsWith('ok@malformed.test')).toBe(0);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/import`, {
      kind: 'recruiters',
      csv: 'email,full name\na@x.test,A\n',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('company, name are missing');
  });

  it('refuses more than 5,000 rows with a clear message', async () => {
    const c = await eventCast(t);
    const csv = ['email,name', ...Array.from({ length: 5001 }, (_, i) => `p${i}@cap.test,P`)].join('\n');
    const response = await c.organizer.post(`/api/events/${c.event.id}/import`, { kind: 'talents', csv });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('at most 5,000');
    expect(await accountsWith('p0@cap.test')).toBe(0);
  });

  it('refuses an empty file with 400', async () => {
    const c = await eventCast(t);
    const response = await c.organizer.post(`/api/events/${c.event.id}/import`, { kind: 'talents', csv: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('csv');
  });
});

describe('importing recruiters from CSV', () => {
  it('creates and registers companies, adds recruiters, and merges on re-import', async () => {
    const c = await eventCast(t);
    const url = `/api/events/${c.event.id}/import`;
    const outsider = await buildUser(t.ctx.db, { role: 'recruiter' });
    const csv = [
      'company,booth,email,name',
      'Wayne Enterprises,W1,bruce@wayne.test,Bruce',
      'wayne enterprises,,lucius@wayne.test,Lucius',
      `${c.company.name},,${c.recruiterUser.email},${c.recruiterUser.name}`,
      `Wayne Enterprises,,${outsider.email},Mole`,
      `Stark Industries,S1,${c.talentUser.email},Talent`,
    ].join('\n');
    const report = (await c.organizer.post(url, { kind: 'recruiters', csv })).json();
    expect(report).toMatchObject({ created: 2, updated: 0, unchanged: 1 });
    expect(report.errors).toEqual([
      { row: 5, message: expect.stringContaining('another company') },
      { row: 6, message: expect.stringContaining('talent account') },
    ]);
    const companies = (await c.organizer.get(`/api/events/${c.event.id}/companies`)).json().companies;
    expect(companies.map((x: { name: string; booth: string }) => [x.name, x.booth])).toEqual([
      [c.company.name, 'A1'],
      ['Wayne Enterprises', 'W1'],
    ]);
    expect(companies[1].recruiters.map((p: { email: string }) => p.email)).toEqual([
      'bruce@wayne.test',
      'lucius@wayne.test',
    ]);

    const again = [
      'email,name,company,booth',
      'bruce@wayne.test,Bruce Wayne,Wayne Enterprises,',
      'lucius@wayne.test,Lucius,Wayne Enterprises,',
      'alfred@wayne.test,Alfred,Wayne Enterprises,W2',
    ].join('\n');
    expect((await c.organizer.post(url, { kind: 'recruiters', csv: again })).json()).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      errors: [],
      notices: [],
    });
    const wayne = (await c.organizer.get(`/api/events/${c.event.id}/companies`)).json().companies[1];
    expect(wayne).toMatchObject({ booth: 'W2' });
    expect(wayne.recruiters.map((p: { name: string }) => p.name)).toEqual([
      'Alfred',
      'Bruce Wayne',
      'Lucius',
    ]);
    expect(await mailTo(t.app, 'bruce@wayne.test')).toHaveLength(1);
    expect(await accountsWith('bruce@wayne.test')).toBe(1);
  });
});
