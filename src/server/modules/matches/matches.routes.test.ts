import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBookableRecruiter,
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import { anonymous, type Client, sessionClient, withTestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { recruiterDetails } from '../availability/availability.table.js';
import { talentProfiles } from '../talents/talents.table.js';

const t = withTestApp();

type User = Awaited<ReturnType<typeof buildUser>>;
type Details = Partial<typeof recruiterDetails.$inferInsert>;
let eventId: string;
const people = {} as Record<
  | 'rita'
  | 'rolf'
  | 'unconfirmed'
  | 'colleague'
  | 'outsider'
  | 'organizer'
  | 'support'
  | 'tara'
  | 'tom'
  | 'nora'
  | 'blank'
  | 'stranger',
  User
>;
const as = {} as Record<keyof typeof people, Client>;

const matchesOf = (who: keyof typeof people, query = '') =>
  as[who].get(`/api/events/${eventId}/matches${query}`);

beforeAll(async () => {
  const db = t.ctx.db;
  people.organizer = await buildUser(db, { role: 'organizer' });
  const event = await buildEvent(db, { organizerId: people.organizer.id });
  eventId = event.id;
  const acme = await buildCompany(db, { name: 'Acme Robotics' });
  const beta = await buildCompany(db, { name: 'Beta Design' });
  const recruiter = async (name: string, companyId: string, details: Details, confirmed = true) => {
    const user = await buildBookableRecruiter(db, {
      eventId,
      eventDayId: event.days[0]!.id,
      companyId,
      durationMinutes: 30,
      openSlotStarts: [],
    });
    await db
      .update(recruiterDetails)
      .set({ ...details, confirmedAt: confirmed ? new Date() : null })
      .where(eq(recruiterDetails.recruiterId, user.id));
    await db.update(users).set({ name }).where(eq(users.id, user.id));
    return { ...user, name };
  };
  people.rita = await recruiter('Rita', acme.id, {
    backgrounds: ['Computer Science'],
    levels: ['student', 'entry'],
    languages: ['German'],
    topics: ['Robotics', 'Embedded systems'],
  });
  people.rolf = await recruiter('Rolf', beta.id, { languages: ['English'], topics: ['Design'] });
  // Talents cannot ask a recruiter who has not confirmed: never a match however well they fit.
  people.unconfirmed = await recruiter(
    'Uwe',
    acme.id,
    { languages: ['German'], topics: ['Robotics'] },
    false,
  );
  people.colleague = await buildUser(db, { role: 'recruiter', companyId: acme.id });
  people.outsider = await buildUser(db, { role: 'recruiter' });
  await registerCompany(
    db,
    (await buildEvent(db, { organizerId: people.organizer.id })).id,
    people.outsider.companyId!,
  );
  people.support = await buildUser(db, { role: 'support' });

  const talent = async (
    name: string,
    profile: Partial<typeof talentProfiles.$inferInsert>,
    registered = true,
  ) => {
    const user = await buildUser(db, { role: 'talent', name });
    await db.update(talentProfiles).set(profile).where(eq(talentProfiles.userId, user.id));
    if (registered) await registerTalent(db, eventId, user.id);
    return user;
  };
  people.tara = await talent('Tara Novak', {
    headline: 'Robotics student',
    background: 'Computer Science (BSc)',
    level: 'student',
    languages: ['german', 'English'],
    topics: ['Robotics', 'CAD'],
    bio: 'A private bio only profiles show.',
    links: ['https://tara.example'],
  });
  people.tom = await talent('Tom Berg', { headline: 'Designer', languages: ['English'], topics: ['Design'] });
  people.nora = await talent('Nora Kim', { level: 'senior', languages: ['Korean'], topics: ['Finance'] });
  people.blank = await talent('Bea Blank', { headline: 'Nothing to match yet' });
  people.stranger = await talent('Sven Stranger', { languages: ['German'], topics: ['Robotics'] }, false);
  for (const key of Object.keys(people) as (keyof typeof people)[]) {
    as[key] = await sessionClient(t.app, t.ctx, people[key].id);
  }
});

describe('GET /api/events/:id/matches for a talent', () => {
  it('ranks the recruiters they can ask by what they share, with the reasons', async () => {
    const response = await matchesOf('tara');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      side: 'recruiters',
      matches: [
        {
          id: people.rita.id,
          name: people.rita.name,
          detail: 'Acme Robotics',
          score: 9,
          reasons: [
            { kind: 'language', value: 'german' },
            { kind: 'topic', value: 'Robotics' },
            { kind: 'level', value: 'student' },
            { kind: 'background', value: 'Computer Science (BSc)' },
          ],
        },
        {
          id: people.rolf.id,
          name: people.rolf.name,
          detail: 'Beta Design',
          score: 2,
          reasons: [{ kind: 'language', value: 'English' }],
        },
      ],
      viewerHasNothingToMatch: false,
      candidatesCapped: false,
    });
  });

  it("respects the recruiter list's filters", async () => {
    const ids = async (query: string) =>
      (await matchesOf('tara', query)).json().matches.map((m: { id: string }) => m.id);
    expect(await ids('?topic=design')).toEqual([people.rolf.id]);
    expect(await ids('?q=acme')).toEqual([people.rita.id]);
    expect(await ids('?language=Korean')).toEqual([]);
    expect(await ids('?favourites=true')).toEqual([]);
    await as.tara.put(`/api/events/${eventId}/favourites/${people.rolf.id}`);
    expect(await ids('?favourites=true')).toEqual([people.rolf.id]);
  });

  it('leaves out recruiters sharing nothing, and says when the profile has nothing to match', async () => {
    expect((await matchesOf('nora')).json()).toMatchObject({ matches: [], viewerHasNothingToMatch: false });
    expect((await matchesOf('blank')).json()).toMatchObject({ matches: [], viewerHasNothingToMatch: true });
  });

  it('is refused to a talent not registered for the event', async () => {
    const response = await matchesOf('stranger');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('events.not_found');
  });
});

describe('GET /api/events/:id/matches for a recruiter', () => {
  it("ranks the event's talents against the recruiter's details, showing no more than Talent Profiles", async () => {
    const response = await matchesOf('rita');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      side: 'talents',
      matches: [
        {
          id: people.tara.id,
          name: 'Tara Novak',
          detail: 'Robotics student',
          score: 9,
          reasons: [
            { kind: 'language', value: 'german' },
            { kind: 'topic', value: 'Robotics' },
            { kind: 'level', value: 'student' },
            { kind: 'background', value: 'Computer Science (BSc)' },
          ],
        },
      ],
      viewerHasNothingToMatch: false,
      candidatesCapped: false,
    });
    // Neither the email (only the organizer's) nor a talent who is not registered.
    expect(response.body).not.toContain(people.tara.email);
    expect(response.body).not.toContain(people.stranger.id);
    const rolf = (await matchesOf('rolf')).json();
    expect(rolf.matches.map((m: { name: string; score: number }) => [m.name, m.score])).toEqual([
      ['Tom Berg', 5],
      ['Tara Novak', 2],
    ]);
  });

  it("respects Talent Profiles' filters", async () => {
    const names = async (query: string) =>
      (await matchesOf('rolf', query)).json().matches.map((m: { name: string }) => m.name);
    expect(await names('?level=student')).toEqual(['Tara Novak']);
    expect(await names('?q=designer')).toEqual(['Tom Berg']);
    expect(await names('?topic=cad')).toEqual(['Tara Novak']);
    expect(await names('?language=Korean')).toEqual([]);
  });

  it('says when the recruiter has no details to match on', async () => {
    expect((await matchesOf('colleague')).json()).toEqual({
      side: 'talents',
      matches: [],
      viewerHasNothingToMatch: true,
      candidatesCapped: false,
    });
  });
});

describe('GET /api/events/:id/matches for others', () => {
  it('refuses the organizer and support staff, hides the event from outsiders, asks for a login', async () => {
    const organizer = await matchesOf('organizer');
    expect(organizer.statusCode).toBe(403);
    expect(organizer.json().error.code).toBe('matches.participants_only');
    expect((await matchesOf('support')).statusCode).toBe(403);
    expect((await matchesOf('outsider')).statusCode).toBe(404);
    expect((await anonymous(t.app).get(`/api/events/${eventId}/matches`)).statusCode).toBe(401);
  });
});
