import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInvalidations } from '../../infra/cache/invalidations.js';
import {
  buildCompany,
  buildEvent,
  buildUser,
  registerCompany,
  registerTalent,
} from '../../test/factories.js';
import type { TestDatabase } from '../../test/test-database.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';
import { availabilityDays, recruiterDetails } from './availability.table.js';

// The days are in Berlin (UTC+1): the first virtual, the second in person.
const t = withTestApp({ now: new Date('2030-03-01T12:00:00Z') });

interface Listed {
  id: string;
  companyName: string;
  name: string;
  languages: string[];
  topics: string[];
  dayIndex: 0 | 1;
}

let event: Awaited<ReturnType<typeof buildEvent>>;
let asTalent: Client;
let asOrganizer: Client;
let bookable: Listed[];
const dayId = (index: 0 | 1) => event.days.find((d) => d.date === ['2030-03-04', '2030-03-05'][index])!.id;
const opened = ['2030-03-04T08:00:00Z', '2030-03-05T09:00:00Z'];

/** Talents' order: company name, then name, then id, which breaks every tie. */
const byListOrder = (a: Listed, b: Listed) =>
  a.companyName.localeCompare(b.companyName) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

beforeAll(async () => {
  const q = t.ctx.db;
  event = await buildEvent(q, {
    days: [
      { date: '2030-03-04', opens: 9 * 60, closes: 11 * 60, durations: [30] },
      { date: '2030-03-05', mode: 'in_person', opens: 10 * 60, closes: 11 * 60, durations: [20] },
    ],
  });
  // Two companies share a name and several recruiters share one, so only the id tells them apart.
  const companies = [
    await buildCompany(q, { name: 'Acme', ownerId: event.organizerId }),
    await buildCompany(q, { name: 'Acme' }),
    await buildCompany(q, { name: 'Beta' }),
  ];
  for (const company of companies) await registerCompany(q, event.id, company.id);
  const names = ['Sam Lee', 'Sam Lee', 'Alex Kim', 'Sam Lee', 'Robin Park'];
  bookable = [];
  for (let i = 0; i < 13; i++) {
    const company = companies[i % companies.length]!;
    const recruiter = await buildUser(q, { role: 'recruiter', companyId: company.id, name: names[i % 5] });
    const listed: Listed = {
      id: recruiter.id,
      companyName: company.name,
      name: recruiter.name,
      languages: i % 2 ? ['English', 'German'] : ['french'],
      topics: i % 3 ? ['AI'] : ['Robotics'],
      dayIndex: i % 2 ? 0 : 1,
    };
    bookable.push(listed);
    await openAndConfirm(listed);
  }
  // Never listed: a recruiter who has not confirmed, and one whose company does not attend.
  const unconfirmed = await buildUser(q, { role: 'recruiter', companyId: companies[0]!.id, name: 'Sam Lee' });
  await openDay(unconfirmed.id, 0);
  const absent = await buildUser(q, { role: 'recruiter', name: 'Sam Lee' });
  await openAndConfirm({ ...bookable[0]!, id: absent.id });
  const talent = await buildUser(q, { role: 'talent' });
  await registerTalent(q, event.id, talent.id);
  asTalent = await sessionClient(t.app, t.ctx, talent.id);
  asOrganizer = await sessionClient(t.app, t.ctx, event.organizerId);
});

async function openDay(recruiterId: string, dayIndex: 0 | 1) {
  await t.ctx.db.insert(availabilityDays).values({
    eventDayId: dayId(dayIndex),
    recruiterId,
    durationMinutes: dayIndex === 0 ? 30 : 20,
    openSlotStarts: [new Date(opened[dayIndex]!)],
  });
}

async function openAndConfirm(listed: Listed) {
  await openDay(listed.id, listed.dayIndex);
  await t.ctx.db.insert(recruiterDetails).values({
    eventId: event.id,
    recruiterId: listed.id,
    languages: listed.languages,
    topics: listed.topics,
    confirmedAt: new Date('2030-02-01T00:00:00Z'),
  });
}

const listUrl = (query: Record<string, string>) =>
  `/api/events/${event.id}/recruiters?${new URLSearchParams(query)}`;

async function list(query: Record<string, string> = {}) {
  const response = await asTalent.get(listUrl(query));
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Follows `nextCursor` page after page; the ids in the order they came. */
async function everyPage(query: Record<string, string>, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list({ ...query, pageSize: String(pageSize), ...(cursor ? { cursor } : {}) });
    expect(page.recruiters.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.recruiters.map((r: { id: string }) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe("the talents' recruiter list", () => {
  const filters: { query: Record<string, string>; keeps: (r: Listed) => boolean }[] = [
    { query: {}, keeps: () => true },
    { query: { language: 'german' }, keeps: (r) => r.languages.includes('German') },
    { query: { topic: 'ROBOTICS' }, keeps: (r) => r.topics.includes('Robotics') },
    { query: { q: 'sam' }, keeps: (r) => r.name === 'Sam Lee' },
    { query: { q: 'acme' }, keeps: (r) => r.companyName === 'Acme' },
    { query: { day: '0' }, keeps: (r) => r.dayIndex === 0 },
    { query: { mode: 'in_person' }, keeps: (r) => r.dayIndex === 1 },
    {
      query: { day: '1', language: 'French', q: 'lee' },
      keeps: (r) => r.dayIndex === 1 && r.name === 'Sam Lee',
    },
  ];

  it.each(filters)('pages through every match exactly once, in order, filtered by $query', async (filter) => {
    const { day, ...rest } = filter.query;
    const query = day === undefined ? rest : { ...rest, dayId: dayId(Number(day) as 0 | 1) };
    const expected = bookable.filter(filter.keeps).sort(byListOrder);
    expect(expected.length).toBeGreaterThan(1);
    for (const pageSize of [1, 2, 5]) {
      expect(await everyPage(query, pageSize)).toEqual(expected.map((r) => r.id));
    }
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const page = await list({ pageSize: String(bookable.length) });
    expect(page.recruiters).toHaveLength(bookable.length);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not make', async () => {
    for (const cursor of ['nonsense', Buffer.from('["Acme","Sam Lee","not-an-id"]').toString('base64url')]) {
      const response = await asTalent.get(listUrl({ cursor }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('availability.bad_cursor');
    }
  });

  it('shows the one recruiter asked for, and nobody when they are not bookable', async () => {
    const one = await list({ recruiterId: bookable[3]!.id });
    expect(one.recruiters.map((r: { id: string }) => r.id)).toEqual([bookable[3]!.id]);
    expect((await list({ recruiterId: event.organizerId })).recruiters).toEqual([]);
  });
});

describe("the list's count and filter choices", () => {
  /** A change made straight in the database, as no app code would: nothing tells the caches. */
  const changeUnannounced = (languages: string[]) =>
    t.ctx.db.execute(
      sql`update recruiter_details set languages = ${`{${languages.join(',')}}`}::text[] where recruiter_id = ${bookable[0]!.id}`,
    );

  it('are the same for every filter, and served from memory until a change is announced', async () => {
    const first = await list();
    expect(first.bookableCount).toBe(bookable.length);
    expect(first.facets).toEqual({ languages: ['English', 'french', 'German'], topics: ['AI', 'Robotics'] });
    expect((await list({ language: 'German', pageSize: '1' })).facets).toEqual(first.facets);

    await changeUnannounced(['french', 'Klingon']);
    expect((await list()).facets.languages).not.toContain('Klingon');
    await t.ctx.invalidations.invalidate('event', event.id);
    expect((await list()).facets.languages).toContain('Klingon');
  });

  it("follow a recruiter's details and confirmation", async () => {
    const recruiter = bookable[1]!;
    const asRecruiter = await sessionClient(t.app, t.ctx, recruiter.id);
    await list();
    const details = await asRecruiter.put(`/api/events/${event.id}/recruiters/${recruiter.id}/details`, {
      languages: ['Esperanto'],
      topics: ['AI'],
    });
    expect(details.statusCode).toBe(200);
    expect((await list()).facets.languages).toContain('Esperanto');

    const newcomer = await buildUser(t.ctx.db, {
      role: 'recruiter',
      companyId: (await companyOf(recruiter)).id,
    });
    await openDay(newcomer.id, 0);
    const asNewcomer = await sessionClient(t.app, t.ctx, newcomer.id);
    await asNewcomer.put(`/api/events/${event.id}/recruiters/${newcomer.id}/details`, {
      topics: ['Welding'],
    });
    const before = await list();
    expect(before.bookableCount).toBe(bookable.length);
    expect(before.facets.topics).not.toContain('Welding');
    expect(
      (await asNewcomer.post(`/api/events/${event.id}/recruiters/${newcomer.id}/confirm`)).statusCode,
    ).toBe(200);
    const after = await list();
    expect(after.bookableCount).toBe(bookable.length + 1);
    expect(after.facets.topics).toContain('Welding');
  });

  it('follow the companies attending the event', async () => {
    const company = await companyOf(bookable[0]!);
    const itsRecruiters = bookable.filter((r) => r.companyName === 'Acme' && bookable.indexOf(r) % 3 === 0);
    const before = (await list()).bookableCount;
    const removed = await asOrganizer.delete(`/api/events/${event.id}/companies/${company.id}`);
    expect(removed.statusCode).toBeLessThan(300);
    expect((await list()).bookableCount).toBe(before - itsRecruiters.length);
    const back = await asOrganizer.post(`/api/events/${event.id}/companies`, { name: company.name });
    expect(back.statusCode).toBeLessThan(300);
    expect((await list()).bookableCount).toBe(before);
  });

  it('follow a change announced by another app process on the same database', async () => {
    const database = t.database as TestDatabase;
    const other = await database.anotherProcess();
    const failures: unknown[] = [];
    // On PGlite one process owns the database: its own bus is the only one there is.
    const otherBus =
      database.kind === 'postgres' ? await createInvalidations(other, (error) => failures.push(error)) : null;
    try {
      await list();
      await other.db.execute(
        sql`update recruiter_details set languages = '{Quenya}' where recruiter_id = ${bookable[0]!.id}`,
      );
      expect((await list()).facets.languages).not.toContain('Quenya');
      await (otherBus ?? t.ctx.invalidations).invalidate('event', event.id);
      await expect.poll(async () => (await list()).facets.languages, { timeout: 5000 }).toContain('Quenya');
      expect(failures).toEqual([]);
    } finally {
      await otherBus?.close();
      await other.close();
    }
  });
});

async function companyOf(recruiter: Listed) {
  const user = await t.ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, recruiter.id) });
  return (await t.ctx.db.query.companies.findFirst({ where: (c, { eq }) => eq(c.id, user!.companyId!) }))!;
}
