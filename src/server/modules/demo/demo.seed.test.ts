import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { anonymous, buildTestApp, type TestApp } from '../../test/test-app.js';
import { users } from '../auth/auth.table.js';
import { availabilityDays, recruiterDetails } from '../availability/availability.table.js';
import { chats } from '../chats/chats.table.js';
import { companies } from '../companies/companies.table.js';
import { eventDays, events } from '../events/events.table.js';
import { eventCompanies, eventTalents } from '../registrations/registrations.table.js';
import { talentProfiles } from '../talents/talents.table.js';
import { type SeededDemo, seedDemoIfEmpty } from './demo.seed.js';

/** A test app of its own per scenario: seeding needs an empty database. */
function withFreshApp(now: string) {
  const holder = {} as TestApp & { close(): Promise<void> };
  beforeAll(async () => {
    Object.assign(holder, await buildTestApp({ now: new Date(now) }));
  });
  afterAll(async () => {
    await holder.close?.();
  });
  return holder;
}

const userId = async (t: TestApp, email: string) =>
  (await t.ctx.db.select().from(users).where(eq(users.email, email)))[0]!.id;

const contractAccounts = [
  ['organizer@demo.parley.test', 'Olivia Organizer', 'Organizer'],
  ['recruiter1@demo.parley.test', 'Alex Morgan', 'Recruiter, Acme Robotics'],
  ['recruiter2@demo.parley.test', 'Sam Lee', 'Recruiter, Acme Robotics'],
  ['recruiter3@demo.parley.test', 'Jordan Patel', 'Recruiter, Globex'],
  ['talent1@demo.parley.test', 'Taylor Kim', 'Talent'],
  ['talent2@demo.parley.test', 'Robin Weber', 'Talent'],
  ['talent3@demo.parley.test', 'Chris Novak', 'Talent'],
  ['talent4@demo.parley.test', 'Dana Costa', 'Talent'],
  ['talent5@demo.parley.test', 'Eli Schmidt', 'Talent'],
  ['talent6@demo.parley.test', 'Fran Okafor', 'Talent'],
  ['talent7@demo.parley.test', 'Gabi Rossi', 'Talent'],
  ['support@demo.parley.test', 'Sky Support', 'Support'],
];

// 23:30 UTC is already the next day in Berlin (00:30), and that day is the one Berlin springs forward.
describe('seeding an empty database late in the evening, UTC', () => {
  const t = withFreshApp('2030-03-30T23:30:00Z');
  let seeded: SeededDemo | null;
  beforeAll(async () => {
    seeded = await seedDemoIfEmpty({ ctx: t.ctx, force: undefined });
  });

  it('creates the contract’s accounts and returns their logins', () => {
    expect(seeded).not.toBeNull();
    const accounts = seeded!.accounts;
    expect(accounts).toHaveLength(25);
    for (const [email, name, label] of contractAccounts) {
      expect(accounts).toContainEqual({ email, name, label });
    }
    for (let n = 8; n <= 20; n++) {
      expect(accounts).toContainEqual(
        expect.objectContaining({ email: `talent${n}@demo.parley.test`, label: 'Talent' }),
      );
    }
    expect(new Set(accounts.map((account) => account.name)).size).toBe(25);
  });

  it('lets every account log in with parley-demo, with its role and company', async () => {
    for (const account of seeded!.accounts) {
      const response = await anonymous(t.app).post('/api/auth/login', {
        email: account.email,
        password: 'parley-demo',
      });
      expect(response.statusCode, account.email).toBe(200);
      const { user } = response.json();
      expect(user.name).toBe(account.name);
      if (account.label.startsWith('Recruiter, ')) {
        expect(user).toMatchObject({ role: 'recruiter', company: { name: account.label.slice(11) } });
      } else {
        expect(user.role).toBe(account.label.toLowerCase());
      }
    }
  });

  it('creates the published event in Berlin with its three days on Berlin’s today and the next two days', async () => {
    const [event] = await t.ctx.db.select().from(events);
    expect(event).toMatchObject({
      name: 'Demo Career Fair',
      timeZone: 'Europe/Berlin',
      requestPolicy: 'both',
      organizerId: await userId(t, 'organizer@demo.parley.test'),
    });
    expect(event!.publishedAt).not.toBeNull();
    const days = await t.ctx.db.select().from(eventDays).orderBy(asc(eventDays.date));
    expect(
      days.map(({ date, mode, opensAtMinute, closesAtMinute, durations }) => ({
        date,
        mode,
        opensAtMinute,
        closesAtMinute,
        durations,
      })),
    ).toEqual([
      { date: '2030-03-31', mode: 'virtual', opensAtMinute: 0, closesAtMinute: 1440, durations: [15, 30] },
      { date: '2030-04-01', mode: 'in_person', opensAtMinute: 540, closesAtMinute: 1020, durations: [20] },
      {
        date: '2030-04-02',
        mode: 'virtual',
        opensAtMinute: 540,
        closesAtMinute: 1020,
        durations: [15, 20, 30],
      },
    ]);
  });

  it('registers both companies with their booths and all twenty talents with varied profiles', async () => {
    const registered = await t.ctx.db
      .select({ name: companies.name, booth: eventCompanies.booth })
      .from(eventCompanies)
      .innerJoin(companies, eq(companies.id, eventCompanies.companyId))
      .orderBy(asc(companies.name));
    expect(registered).toEqual([
      { name: 'Acme Robotics', booth: 'Hall A, Booth 12' },
      { name: 'Globex', booth: 'Hall B, Table 4' },
    ]);
    const profiles = await t.ctx.db
      .select({ profile: talentProfiles })
      .from(eventTalents)
      .innerJoin(talentProfiles, eq(talentProfiles.userId, eventTalents.talentId));
    expect(profiles).toHaveLength(20);
    const all = profiles.map((row) => row.profile);
    expect(new Set(all.map((profile) => profile.level)).size).toBe(5);
    expect(new Set(all.flatMap((profile) => profile.languages)).size).toBeGreaterThan(10);
    expect(new Set(all.flatMap((profile) => profile.topics)).size).toBeGreaterThan(20);
    expect(all.every((profile) => profile.headline && profile.background && profile.bio)).toBe(true);
  });

  it('gives recruiter1 confirmed details and every slot of every day open, Berlin’s DST gap left out', async () => {
    const recruiterId = await userId(t, 'recruiter1@demo.parley.test');
    const [details] = await t.ctx.db.select().from(recruiterDetails);
    expect(details).toMatchObject({ recruiterId, confirmedAt: t.clock.now });
    expect(details!.customQuestion).toMatch(/\?$/);
    expect(details!.topics.length).toBeGreaterThan(0);
    const rows = await t.ctx.db
      .select({ date: eventDays.date, durations: eventDays.durations, availability: availabilityDays })
      .from(availabilityDays)
      .innerJoin(eventDays, eq(eventDays.id, availabilityDays.eventDayId))
      .orderBy(asc(eventDays.date));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.availability.recruiterId).toBe(recruiterId);
      expect(row.durations).toContain(row.availability.durationMinutes);
    }
    const starts = rows.map((row) => row.availability.openSlotStarts.map((start) => start.toISOString()));
    // Day 1 is 23 hours long: 02:00 and 02:30 do not exist that night.
    expect(rows[0]!.availability.durationMinutes).toBe(30);
    expect(starts[0]).toHaveLength(46);
    expect(starts[0]!.slice(0, 5)).toEqual([
      '2030-03-30T23:00:00.000Z',
      '2030-03-30T23:30:00.000Z',
      '2030-03-31T00:00:00.000Z',
      '2030-03-31T00:30:00.000Z',
      '2030-03-31T01:00:00.000Z',
    ]);
    expect(starts[0]!.at(-1)).toBe('2030-03-31T21:30:00.000Z');
    const { durationMinutes } = rows[1]!.availability;
    expect(starts[1]).toHaveLength((8 * 60) / durationMinutes);
    expect(starts[1]![0]).toBe('2030-04-01T07:00:00.000Z');
    expect(starts[2]![0]).toBe('2030-04-02T07:00:00.000Z');
  });

  it('leaves recruiter2 and recruiter3 without availability', async () => {
    const withAvailability = await t.ctx.db
      .select({ id: availabilityDays.recruiterId })
      .from(availabilityDays);
    const withDetails = await t.ctx.db.select({ id: recruiterDetails.recruiterId }).from(recruiterDetails);
    const recruiter1 = await userId(t, 'recruiter1@demo.parley.test');
    expect(new Set([...withAvailability, ...withDetails].map((row) => row.id))).toEqual(
      new Set([recruiter1]),
    );
  });

  it('confirms a 30-minute chat between recruiter1 and talent1 starting now, on day 1', async () => {
    const [chat, ...others] = await t.ctx.db.select().from(chats);
    const [firstDay] = await t.ctx.db.select().from(eventDays).where(eq(eventDays.date, '2030-03-31'));
    const talentId = await userId(t, 'talent1@demo.parley.test');
    expect(others).toEqual([]);
    expect(chat).toMatchObject({
      state: 'confirmed',
      initiatedBy: 'talent',
      talentId,
      createdById: talentId,
      recruiterId: await userId(t, 'recruiter1@demo.parley.test'),
      eventDayId: firstDay!.id,
      startsAt: new Date('2030-03-30T23:30:00Z'),
      endsAt: new Date('2030-03-31T00:00:00Z'),
    });
  });

  it('does nothing when asked again, now that the database has users', async () => {
    const before = await t.ctx.db.select({ id: users.id }).from(users);
    expect(await seedDemoIfEmpty({ ctx: t.ctx, force: true })).toBeNull();
    expect(await t.ctx.db.select({ id: users.id }).from(users)).toHaveLength(before.length);
    expect(await t.ctx.db.select().from(events)).toHaveLength(1);
  });
});

// 21:45 UTC in summer is 23:45 in Berlin, and already 03:30 the next day in Kathmandu, where the tests run.
describe('seeding shortly before midnight in Berlin', () => {
  const t = withFreshApp('2030-07-15T21:45:00Z');

  it('uses Berlin’s date, and keeps the chat that runs past midnight on day 1', async () => {
    expect(await seedDemoIfEmpty({ ctx: t.ctx, force: true })).not.toBeNull();
    const days = await t.ctx.db.select().from(eventDays).orderBy(asc(eventDays.date));
    expect(days.map((day) => day.date)).toEqual(['2030-07-15', '2030-07-16', '2030-07-17']);
    const [chat] = await t.ctx.db.select().from(chats);
    expect(chat).toMatchObject({
      eventDayId: days[0]!.id,
      startsAt: new Date('2030-07-15T21:45:00Z'),
      endsAt: new Date('2030-07-15T22:15:00Z'),
    });
  });
});

describe('when not to seed', () => {
  const t = withFreshApp('2030-05-05T10:00:00Z');

  it('does nothing with force: false, even on an empty database', async () => {
    expect(await seedDemoIfEmpty({ ctx: t.ctx, force: false })).toBeNull();
    expect(await t.ctx.db.select().from(users)).toEqual([]);
  });

  it('does nothing on a database that has users, even with force: true', async () => {
    await buildUser(t.ctx.db, { role: 'organizer' });
    expect(await seedDemoIfEmpty({ ctx: t.ctx, force: true })).toBeNull();
    expect(await t.ctx.db.select().from(users)).toHaveLength(1);
    expect(await t.ctx.db.select().from(events)).toEqual([]);
  });
});
