import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stateAt, type ChatState } from '../../../shared/booking/chat-phase.js';
import type { EventDashboard } from '../../../shared/schemas/dashboard.schemas.js';
import { liveTopics } from '../../../shared/schemas/live.schemas.js';
import {
  buildBookableRecruiter,
  buildCompany,
  buildEvent,
  buildTalents,
  buildUser,
} from '../../test/factories.js';
import { type Client, sessionClient, withTestApp } from '../../test/test-app.js';

const START = new Date('2030-03-01T12:00:00Z');
const t = withTestApp({ now: START });
const at = (day: string, hhmm: string) => new Date(`2030-03-0${day}T${hhmm}:00Z`);

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.ctx.db.execute(query)) as unknown as { rows: T[] }).rows;

/** A small deterministic generator, so a failing run can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    // The high bits: a power-of-two modulus leaves the low ones short-cycled.
    return Math.floor((state / 2 ** 31) * below);
  };
}

/**
 * An event of two days with two companies, whose talents request, get approved or declined, book, cancel and meet
 * through the API at generated moments; some chats end before the dashboard is read, one is a no-show.
 */
async function generatedFair(seed: number) {
  const random = generator(seed);
  const q = t.ctx.db;
  const organizer = await buildUser(q, { role: 'organizer' });
  const event = await buildEvent(q, {
    organizerId: organizer.id,
    days: [
      { date: '2030-03-04', durations: [30] },
      { date: '2030-03-05', durations: [30] },
    ],
  });
  const [day1, day2] = event.days;
  const acme = await buildCompany(q, { name: 'Acme' });
  const globex = await buildCompany(q, { name: 'Globex' });
  const slots = (day: string, starts: string[]) => starts.map((hhmm) => at(day, hhmm));
  const recruiter = (companyId: string, eventDayId: string, starts: Date[]) =>
    buildBookableRecruiter(q, {
      eventId: event.id,
      eventDayId,
      companyId,
      durationMinutes: 30,
      openSlotStarts: starts,
    });
  const recruiters = [
    await recruiter(acme.id, day1!.id, slots('4', ['08:00', '08:30', '09:00', '09:30'])),
    await recruiter(acme.id, day2!.id, slots('5', ['08:00', '08:30', '09:00'])),
    await recruiter(globex.id, day1!.id, slots('4', ['10:00', '10:30', '11:00'])),
  ];
  // A registered recruiter who never opened a slot nor confirmed.
  await buildUser(q, { role: 'recruiter', companyId: globex.id });
  const talents = await buildTalents(q, event.id, 12);
  const as = async (id: string) => sessionClient(t.app, t.ctx, id);
  const recruiterClients = await Promise.all(recruiters.map((r) => as(r.id)));

  for (const talent of talents) {
    const index = random(recruiters.length);
    const asTalent = await as(talent.id);
    const asRecruiter: Client = recruiterClients[index]!;
    const requested = await asTalent.post(`/api/events/${event.id}/chats`, {
      recruiterId: recruiters[index]!.id,
    });
    if (requested.statusCode !== 201) continue;
    const chatId = requested.json().id as string;
    t.clock.advance((1 + random(90)) * 60_000);
    const fate = random(6);
    if (fate === 0) continue;
    if (fate === 1) {
      await asRecruiter.post(`/api/chats/${chatId}/decline`, { message: 'Our roles are filled.' });
      continue;
    }
    await asRecruiter.post(`/api/chats/${chatId}/approve`, {});
    if (fate === 2) continue;
    const free = await rows<{ s: string | Date }>(sql`select s from availability_days a,
        unnest(a.open_slot_starts) s
      where a.recruiter_id = ${recruiters[index]!.id}
        and not exists (select 1 from chats c where c.recruiter_id = a.recruiter_id
          and c.state in ('confirmed', 'completed') and c.starts_at = s)
      order by s limit 1`);
    if (free.length === 0) continue;
    const startsAt = new Date(free[0]!.s).toISOString();
    const booked = await asTalent.post(`/api/chats/${chatId}/confirm`, { startsAt });
    if (booked.statusCode === 200 && fate === 3 && random(2) === 0) {
      await asTalent.post(`/api/chats/${chatId}/cancel`, { message: 'Something came up.' });
    }
  }
  // One invitation, still waiting for the talent.
  const invited = await buildTalents(q, event.id, 1);
  await recruiterClients[2]!.post(`/api/events/${event.id}/invitations`, {
    talentId: invited[0]!.id,
    recruiterId: recruiters[2]!.id,
  });
  // The first day is over but for its last chats; the first booked chat of it was missed.
  t.clock.set(at('4', '09:40'));
  const [firstBooked] = await rows<{ id: string; recruiter_id: string }>(sql`select id, recruiter_id
    from chats where event_id = ${event.id} and state = 'confirmed' order by starts_at limit 1`);
  if (firstBooked) {
    const index = recruiters.findIndex((r) => r.id === firstBooked.recruiter_id);
    await recruiterClients[index]!.post(`/api/chats/${firstBooked.id}/no-show`, {});
  }
  return { event, organizer, asOrganizer: await as(organizer.id) };
}

/** The same numbers counted plainly from the rows, in code that shares nothing with the dashboard's queries. */
async function plainCounts(eventId: string, now: Date) {
  const talents = await rows<{ talent_id: string }>(
    sql`select talent_id from event_talents where event_id = ${eventId}`,
  );
  const registered = new Set(talents.map((r) => r.talent_id));
  const chatRows = await rows<{
    id: string;
    talent_id: string;
    recruiter_id: string;
    state: ChatState;
    starts_at: string | null;
    ends_at: string | null;
  }>(
    sql`select id, talent_id, recruiter_id, state, starts_at, ends_at from chats where event_id = ${eventId}`,
  );
  const chats = chatRows.map((c) => ({
    ...c,
    startsAt: c.starts_at ? new Date(c.starts_at) : null,
    endsAt: c.ends_at ? new Date(c.ends_at) : null,
  }));
  const history = await rows<{ chat_id: string; kind: string; side: string; at: string; id: number }>(
    sql`select h.chat_id, h.kind, h.side, h.at, h.id from chat_history h join chats c on c.id = h.chat_id
      where c.event_id = ${eventId} order by h.id`,
  );
  const recruiters = await rows<{ id: string; company_id: string; name: string }>(
    sql`select u.id, u.company_id, u.name from users u join event_companies ec on ec.company_id = u.company_id
      where ec.event_id = ${eventId} and u.role = 'recruiter'`,
  );
  const confirmed = await rows<{ recruiter_id: string }>(
    sql`select recruiter_id from recruiter_details where event_id = ${eventId} and confirmed_at is not null`,
  );
  const availability = await rows<{
    recruiter_id: string;
    event_day_id: string;
    duration_minutes: number;
    open_slot_starts: (string | Date)[] | string;
  }>(
    sql`select a.recruiter_id, a.event_day_id, a.duration_minutes, a.open_slot_starts from availability_days a
      join event_days d on d.id = a.event_day_id where d.event_id = ${eventId}`,
  );
  const companyRequests = await rows<{ talent_id: string }>(
    sql`select talent_id from company_requests where event_id = ${eventId}`,
  );

  const stateNow = (c: (typeof chats)[number]) => stateAt({ state: c.state, endsAt: c.endsAt }, now);
  const byState = (state: ChatState) => chats.filter((c) => stateNow(c) === state).length;
  const waitsFor = history.flatMap((entry) => {
    if (entry.kind !== 'requested') return [];
    const answer = history.find(
      (a) =>
        a.chat_id === entry.chat_id &&
        a.id > entry.id &&
        a.side === 'recruiter' &&
        ['approved', 'declined'].includes(a.kind),
    );
    return answer ? [(new Date(answer.at).getTime() - new Date(entry.at).getTime()) / 60_000] : [];
  });
  waitsFor.sort((a, b) => a - b);
  const middle = waitsFor.length / 2;
  const median =
    waitsFor.length === 0
      ? null
      : waitsFor.length % 2 === 1
        ? waitsFor[Math.floor(middle)]!
        : (waitsFor[middle - 1]! + waitsFor[middle]!) / 2;
  const talentsWhere = (test: (c: (typeof chats)[number]) => boolean) =>
    new Set(chats.filter((c) => registered.has(c.talent_id) && test(c)).map((c) => c.talent_id));
  const asked = talentsWhere(() => true);
  for (const r of companyRequests) if (registered.has(r.talent_id)) asked.add(r.talent_id);

  const parseStarts = (value: (string | Date)[] | string): Date[] =>
    Array.isArray(value)
      ? value.map((v) => new Date(v))
      : value
          .replace(/[{}"]/g, '')
          .split(',')
          .filter(Boolean)
          .map((v) => new Date(v));
  const used = chats.filter((c) => ['confirmed', 'completed', 'no_show'].includes(c.state));
  const slotRows = availability.flatMap((a) =>
    parseStarts(a.open_slot_starts).map((start) => {
      const end = new Date(start.getTime() + a.duration_minutes * 60_000);
      const booked = used.some(
        (c) => c.recruiter_id === a.recruiter_id && c.startsAt! < end && c.endsAt! > start,
      );
      return { recruiterId: a.recruiter_id, dayId: a.event_day_id, booked };
    }),
  );
  const use = (test: (s: (typeof slotRows)[number]) => boolean) => {
    const mine = slotRows.filter(test);
    return { openSlots: mine.length, bookedSlots: mine.filter((s) => s.booked).length };
  };
  const companyOf = new Map(recruiters.map((r) => [r.id, r.company_id]));
  return {
    people: {
      talents: talents.length,
      recruiters: recruiters.length,
      recruitersConfirmed: confirmed.filter((c) => companyOf.has(c.recruiter_id)).length,
      companies: new Set(recruiters.map((r) => r.company_id)).size,
    },
    requests: {
      sent: history.filter((h) => h.kind === 'requested').length,
      approved: history.filter((h) => h.kind === 'approved').length,
      declined: history.filter((h) => h.kind === 'declined' && h.side === 'recruiter').length,
      waiting: chats.filter((c) => c.state === 'requested').length,
      median,
    },
    invitations: {
      sent: history.filter((h) => h.kind === 'invited').length,
      waiting: chats.filter((c) => c.state === 'invited').length,
    },
    chats: {
      confirmed: byState('confirmed'),
      completed: byState('completed'),
      cancelled: byState('cancelled'),
      noShow: byState('no_show'),
    },
    funnel: [
      talents.length,
      asked.size,
      talentsWhere((c) => ['confirmed', 'completed', 'no_show'].includes(c.state)).size,
      talentsWhere((c) => stateNow(c) === 'completed').size,
    ],
    use,
    companyOf,
  };
}

describe('the event dashboard', () => {
  it.each([7, 20_261_203])(
    'gives the counts a plain count of the rows gives (generated fair, seed %i)',
    async (seed) => {
      const { event, asOrganizer } = await generatedFair(seed);
      const response = await asOrganizer.get(`/api/events/${event.id}/dashboard`);
      expect(response.statusCode).toBe(200);
      const dashboard = response.json() as EventDashboard;
      const now = t.clock.now;
      const plain = await plainCounts(event.id, now);
      expect(dashboard.asOf).toBe(now.toISOString());
      expect(dashboard.people).toEqual(plain.people);
      expect(dashboard.requests).toEqual({
        sent: plain.requests.sent,
        approved: plain.requests.approved,
        declined: plain.requests.declined,
        waiting: plain.requests.waiting,
        medianMinutesToAnswer: plain.requests.median,
      });
      expect(dashboard.invitations).toEqual(plain.invitations);
      expect(dashboard.chats).toEqual(plain.chats);
      expect(dashboard.funnel.map((step) => step.talents)).toEqual(plain.funnel);
      expect(dashboard.funnel.map((step) => step.step)).toEqual(['registered', 'asked', 'booked', 'met']);
      for (const day of dashboard.days) {
        expect({ openSlots: day.openSlots, bookedSlots: day.bookedSlots }).toEqual(
          plain.use((s) => s.dayId === day.dayId),
        );
      }
      expect(dashboard.days.map((day) => day.date)).toEqual(['2030-03-04', '2030-03-05']);
      for (const recruiter of dashboard.recruiters) {
        expect({ openSlots: recruiter.openSlots, bookedSlots: recruiter.bookedSlots }).toEqual(
          plain.use((s) => s.recruiterId === recruiter.recruiterId),
        );
      }
      for (const company of dashboard.companies) {
        expect({ openSlots: company.openSlots, bookedSlots: company.bookedSlots }).toEqual(
          plain.use((s) => plain.companyOf.get(s.recruiterId) === company.companyId),
        );
      }
      // The fair did something worth counting: the comparison is not of zeros.
      expect(dashboard.requests.sent).toBeGreaterThan(5);
      expect(dashboard.chats.noShow + dashboard.chats.completed).toBeGreaterThan(0);
      expect(dashboard.recruiters).toHaveLength(3);
      t.clock.set(START);
    },
  );

  it('counts a chat as completed once it has ended, with nothing written', async () => {
    const { event, asOrganizer } = await generatedFair(3);
    const before = ((await asOrganizer.get(`/api/events/${event.id}/dashboard`)).json() as EventDashboard)
      .chats;
    expect(before.confirmed).toBeGreaterThan(0);
    t.clock.set(at('6', '00:00'));
    const after = ((await asOrganizer.get(`/api/events/${event.id}/dashboard`)).json() as EventDashboard)
      .chats;
    expect(after.confirmed).toBe(0);
    expect(after.completed).toBe(before.completed + before.confirmed);
    t.clock.set(START);
  });

  it("is told of every change of the event's chats on the organizers' topic", async () => {
    const { event } = await generatedFair(11);
    const heard: string[] = [];
    const stop = t.ctx.live.subscribe(liveTopics.organizersOfEvent(event.id), (message) =>
      heard.push(message.type),
    );
    try {
      const [talent] = await buildTalents(t.ctx.db, event.id, 1);
      const [recruiter] = await rows<{ id: string }>(sql`select a.recruiter_id as id from availability_days a
        join event_days d on d.id = a.event_day_id where d.event_id = ${event.id} limit 1`);
      const asTalent = await sessionClient(t.app, t.ctx, talent!.id);
      const sent = await asTalent.post(`/api/events/${event.id}/chats`, { recruiterId: recruiter!.id });
      expect(sent.statusCode).toBe(201);
      await expect.poll(() => heard).toEqual(['chats.changed']);
    } finally {
      stop();
      t.clock.set(START);
    }
  });

  it('gives each table, and every chat of the event without notes, as a CSV a parser reads back', async () => {
    const { event, asOrganizer } = await generatedFair(13);
    const dashboard = (await asOrganizer.get(`/api/events/${event.id}/dashboard`)).json() as EventDashboard;
    const [noted] = await rows<{ id: string; recruiter_id: string }>(sql`select id, recruiter_id from chats
      where event_id = ${event.id} limit 1`);
    const asRecruiter = await sessionClient(t.app, t.ctx, noted!.recruiter_id);
    await asRecruiter.post(`/api/chats/${noted!.id}/notes`, { body: 'Private: ask about salary.' });
    const csv = async (table: string) => {
      const response = await asOrganizer.get(`/api/events/${event.id}/dashboard/export?table=${table}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain(`-${table}-2030-03-04.csv`);
      return {
        body: response.body,
        rows: parse(response.body, { bom: true, columns: true }) as Record<string, string>[],
      };
    };
    const summary = (await csv('summary')).rows;
    expect(summary.find((row) => row.figure === 'Requests sent')?.value).toBe(
      String(dashboard.requests.sent),
    );
    expect((await csv('funnel')).rows.map((row) => Number(row.talents))).toEqual(
      dashboard.funnel.map((s) => s.talents),
    );
    expect(
      (await csv('days')).rows.map((row) => [row.date, Number(row.open_slots), Number(row.booked_slots)]),
    ).toEqual(dashboard.days.map((day) => [day.date, day.openSlots, day.bookedSlots]));
    expect((await csv('companies')).rows.map((row) => row.company)).toEqual(
      dashboard.companies.map((c) => c.name),
    );
    expect((await csv('recruiters')).rows).toHaveLength(dashboard.recruiters.length);
    const chats = await csv('chats');
    const all = await rows<{ id: string }>(sql`select id from chats where event_id = ${event.id}`);
    expect(chats.rows.map((row) => row.chat_id).sort()).toEqual(all.map((row) => row.id).sort());
    expect(chats.rows[0]).toMatchObject({ time_zone: 'Europe/Berlin' });
    expect(chats.body).not.toContain('ask about salary');
    const refused = await asOrganizer.get(`/api/events/${event.id}/dashboard/export?table=notes`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.table).toMatch(/Choose one of the tables/);
    t.clock.set(START);
  });

  it("is the event's organizer's alone", async () => {
    const { event } = await generatedFair(5);
    const otherOrganizer = await sessionClient(
      t.app,
      t.ctx,
      (await buildUser(t.ctx.db, { role: 'organizer' })).id,
    );
    expect((await otherOrganizer.get(`/api/events/${event.id}/dashboard`)).statusCode).toBe(404);
    t.clock.set(START);
  });
});
