import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { buildChat, buildUser } from '../../test/factories.js';
import { listenForLive, liveSockets } from '../../test/live-socket.js';
import { anonymous, buildTestApp, type Client, loginAs, withTestApp } from '../../test/test-app.js';

const t = withTestApp({ now: new Date('2030-03-04T07:00:00Z') });
const stage = withChatScene(t);
const { connect } = liveSockets();

const scrape = (headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'GET', url: '/metrics', headers, remoteAddress });

/** The value of one series in the text format, e.g. `parley_booking_outcomes_total{outcome="booked"}`; 0 if absent. */
async function seriesValue(series: string): Promise<number> {
  const response = await scrape();
  expect(response.statusCode).toBe(200);
  const line = response.body.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics without METRICS_TOKEN', () => {
  it('serves the Prometheus text format, with the process figures and those of the app, to this machine', async () => {
    const response = await scrape();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
      'http_request_duration_seconds',
      'parley_db_pool_checkout_wait_seconds',
      'parley_db_pool_waiting',
      'parley_booking_outcomes_total',
      'parley_mail_queue_depth',
      'parley_mail_queue_oldest_age_seconds',
      'parley_live_sockets',
      'parley_rooms_open',
    ]) {
      expect(response.body).toContain(`# TYPE ${name} `);
    }
  });

  it('refuses another address, and this machine through a proxy on it', async () => {
    const remote = await scrape({}, '203.0.113.7');
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error.code).toBe('metrics.not_local');
    expect(remote.body).not.toContain('parley_');
    expect((await scrape({ 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(403);
  });

  it('times each request under its route template, method and status class', async () => {
    const series = 'http_request_duration_seconds_count{method="GET",route="/health",status_class="2xx"}';
    const before = await seriesValue(series);
    expect((await anonymous(t.app).get('/health')).statusCode).toBe(200);
    expect(await seriesValue(series)).toBe(before + 1);

    const talent = await stage.talentAtEvent();
    const asTalent = await loginAs(t.app, talent.email);
    const unknownChat = '/api/chats/00000000-0000-4000-8000-000000000000';
    expect((await asTalent.get(unknownChat)).statusCode).toBe(404);
    const templated =
      'http_request_duration_seconds_count{method="GET",route="/api/chats/:chatId",status_class="4xx"}';
    expect(await seriesValue(templated)).toBe(1);
    expect((await scrape()).body).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('counts database checkouts', async () => {
    const before = await seriesValue('parley_db_pool_checkout_wait_seconds_count');
    await t.ctx.db.transaction((tx) => tx.execute(sql`select 1`));
    expect(await seriesValue('parley_db_pool_checkout_wait_seconds_count')).toBeGreaterThan(before);
  });

  it('counts bookings by outcome: booked, a slot just taken, another refusal', async () => {
    const outcome = (name: string) => seriesValue(`parley_booking_outcomes_total{outcome="${name}"}`);
    const before = {
      booked: await outcome('booked'),
      taken: await outcome('slot_taken'),
      refused: await outcome('refused'),
    };

    const { recruiter } = await stage.confirmedChat({ startsAt: stage.slot('08:30') });
    const talent = await stage.talentAtEvent();
    const chat = await buildChat(t.ctx.db, {
      eventId: stage.scene.event.id,
      talentId: talent.id,
      recruiterId: recruiter.id,
      state: 'in_scheduling',
    });
    const asTalent = await loginAs(t.app, talent.email);
    const confirm = (client: Client, hhmm: string) =>
      client.post(`/api/chats/${chat.id}/confirm`, { startsAt: stage.slot(hhmm).toISOString() });
    expect((await confirm(asTalent, '08:30')).json().error.code).toBe('chats.slot_taken');
    const stranger = await loginAs(t.app, (await stage.talentAtEvent()).email);
    expect((await confirm(stranger, '09:00')).statusCode).toBe(404);
    expect((await confirm(asTalent, '09:00')).statusCode).toBe(200);

    expect(await outcome('booked')).toBe(before.booked + 2);
    expect(await outcome('slot_taken')).toBe(before.taken + 1);
    expect(await outcome('refused')).toBe(before.refused + 1);
  });

  it('reads the mail queue at each scrape: how many wait and how old the oldest is', async () => {
    t.clock.set('2030-03-04T07:00:00Z');
    const user = await buildUser(t.ctx.db, { role: 'talent' });
    expect((await anonymous(t.app).post('/api/auth/password-reset', { email: user.email })).statusCode).toBe(
      202,
    );
    await t.ctx.background.settled();
    const depth = await seriesValue('parley_mail_queue_depth');
    expect(depth).toBeGreaterThan(0);
    t.clock.advance(90_000);
    expect(await seriesValue('parley_mail_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(90);
  });

  it('counts the open live sockets and the rooms someone is in through this process', async () => {
    const url = await listenForLive(t.app);
    t.clock.set('2030-03-04T08:05:00Z');
    const { talent, chat } = await stage.bookedChat();
    const sockets = await seriesValue('parley_live_sockets');
    const rooms = await seriesValue('parley_rooms_open');
    const live = await connect(url, await loginAs(t.app, talent.email));
    expect(await seriesValue('parley_live_sockets')).toBe(sockets + 1);
    live.send({ type: 'room.join', chatId: chat.id, audio: false, video: false });
    await live.nextOf('room.joined');
    expect(await seriesValue('parley_rooms_open')).toBe(rooms + 1);
    live.send({ type: 'room.leave', chatId: chat.id });
    await expect.poll(() => seriesValue('parley_rooms_open')).toBe(rooms);
    live.terminate();
    await expect.poll(() => seriesValue('parley_live_sockets')).toBe(sockets);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const guarded = {} as Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    Object.assign(guarded, await buildTestApp({ metricsToken: 'scrape-secret-123' }));
    return () => guarded.close();
  });
  const scrapeGuarded = (authorization?: string, remoteAddress = '127.0.0.1') =>
    guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization ? { authorization } : {},
      remoteAddress,
    });

  it('refuses a scrape without the bearer token, even from this machine, or with another token', async () => {
    const bare = await scrapeGuarded();
    expect(bare.statusCode).toBe(401);
    expect(bare.json().error.code).toBe('metrics.wrong_token');
    expect((await scrapeGuarded('Bearer another-token')).statusCode).toBe(401);
    expect((await scrapeGuarded('scrape-secret-123')).statusCode).toBe(401);
  });

  it('serves a scraper with the token from any address', async () => {
    const response = await scrapeGuarded('Bearer scrape-secret-123', '203.0.113.7');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('# TYPE parley_booking_outcomes_total counter');
  });
});
