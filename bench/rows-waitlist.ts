import { sql } from 'drizzle-orm';
import { summarize } from './measure.js';
import { ms, record } from './report.js';
import { otherRecruiters, rows, waitingTalents } from './scenario.js';
import type { Section } from './section.js';

const WAITING_PER_RECRUITER = 5;
const POLL_MS = 25;
const GIVE_UP_MS = 30_000;

const pgArray = (list: readonly string[]) => `{${list.join(',')}}`;

/**
 * Backfill under load: `slots` recruiters booking directly, each with only the first slot of each day open (all
 * booked) and five talents on their waitlist, 500 in all (`--quick`: 25 and 125). Their first chats of day one are
 * cancelled at once (up to 100 connections); each freed slot must be offered exactly once, to one of its recruiter's
 * waiting talents. Time to offer: from the moment the cancellations are sent to each offer's creation (the app
 * runs in this process, so both read the same clock).
 */
export async function backfillRow(s: Section): Promise<void> {
  const slots = s.quick ? 25 : 100;
  const recruiters = otherRecruiters(s.scenario).slice(0, slots);
  const talents = waitingTalents(s.scenario, slots * WAITING_PER_RECRUITER);
  const { eventId } = s.scenario;
  const db = s.ctx.db;
  await db.execute(sql`update events set booking_mode = 'direct' where id = ${eventId}`);
  await db.execute(
    sql`update availability_days set open_slot_starts = open_slot_starts[1:1] where recruiter_id = any(${pgArray(recruiters)}::uuid[])`,
  );
  await db.execute(sql`
    insert into waitlist_entries (event_id, recruiter_id, talent_id, joined_at)
    select ${eventId}, (${pgArray(recruiters)}::uuid[])[1 + (i - 1) / ${WAITING_PER_RECRUITER}],
           (${pgArray(talents)}::uuid[])[i], now() - make_interval(secs => ${talents.length} - i)
    from generate_series(1, ${talents.length}) i`);
  const cancelled = await rows<{ id: string; recruiterId: string }>(
    db,
    sql`select c.id, c.recruiter_id as "recruiterId" from chats c
      where c.event_id = ${eventId} and c.state = 'confirmed' and c.event_day_id = ${s.scenario.dayIds[0]!}
        and c.recruiter_id = any(${pgArray(recruiters)}::uuid[])
        and c.starts_at = (select a.open_slot_starts[1] from availability_days a
          where a.recruiter_id = c.recruiter_id and a.event_day_id = c.event_day_id)`,
  );
  const requests = [];
  for (const chat of cancelled) {
    const client = await s.clientFor(chat.recruiterId);
    requests.push({
      method: 'POST' as const,
      path: `/api/chats/${chat.id}/cancel`,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' },
      body: '{}',
    });
  }
  const sentAt = Date.now();
  const answers = await s.load.http({
    url: s.base,
    connections: Math.min(100, requests.length),
    amount: requests.length,
    requests,
  });
  const offersQuery = sql`select c.recruiter_id as "recruiterId", c.starts_at as "startsAt", c.created_at as "createdAt",
      exists (select 1 from waitlist_entries w where w.event_id = c.event_id and w.recruiter_id = c.recruiter_id
        and w.talent_id = c.talent_id) as "wasWaiting"
    from chats c where c.event_id = ${eventId} and c.state = 'offered'
      and c.recruiter_id = any(${pgArray(recruiters)}::uuid[])`;
  type Offer = {
    recruiterId: string;
    startsAt: Date | string;
    createdAt: Date | string;
    wasWaiting: boolean;
  };
  let offers: Offer[] = [];
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    offers = await rows<Offer>(db, offersQuery);
    if (offers.length >= cancelled.length) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const perSlot = new Map<string, number>();
  for (const offer of offers) {
    const key = `${offer.recruiterId} ${new Date(offer.startsAt).toISOString()}`;
    perSlot.set(key, (perSlot.get(key) ?? 0) + 1);
  }
  const offeredOnce = [...perSlot.values()].filter((n) => n === 1).length;
  const toWaiting = offers.every((offer) => offer.wasWaiting);
  const delays = offers.map((offer) => new Date(offer.createdAt).getTime() - sentAt);
  // Rates mean nothing here: only the delays' percentiles are read.
  const latency = summarize(delays, 1);
  const ok = answers.statuses['200'] === cancelled.length;
  record({
    database: s.database,
    name: `waitlist backfill: ${cancelled.length} slots freed at once, ${talents.length} talents waiting`,
    figure: `${offeredOnce} of ${cancelled.length} freed slots offered once, offer p95 ${ms(latency.p95)} after the cancellations were sent`,
    latency,
    target: 'every freed slot offered exactly once, to a talent waiting for it',
    pass: ok && offeredOnce === cancelled.length && perSlot.size === cancelled.length && toWaiting,
    notes: `cancellations answered: ${Object.entries(answers.statuses)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ')}; ${offers.length} offers in all${toWaiting ? '' : ', some to talents not waiting'}`,
  });
}
