import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventInput } from '../../../shared/schemas/events.schemas.js';
import { buildEvent, buildUser } from '../../test/factories.js';
import { startTcpProxy } from '../../test/tcp-proxy.js';
import { anonymous, buildTestApp, type Client, loginAs, type TestApp } from '../../test/test-app.js';

const unavailable = {
  error: {
    code: 'service.unavailable',
    message: 'The service is briefly unavailable; please try again in a few seconds.',
  },
};

/**
 * The app on a database this test can take away: PGlite is closed under the app; PostgreSQL is reached through a
 * relay whose cut resets the pool's connections and refuses new ones, as a stopped server would.
 */
async function appWithDatabaseToLose() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const t = await buildTestApp();
    return { t, loseDatabase: () => t.database.close(), close: () => t.app.close() };
  }
  const server = new URL(serverUrl);
  const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const t = await buildTestApp({
    connectThrough: (url) => {
      const viaProxy = new URL(url);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      return viaProxy.toString();
    },
  });
  return { t, loseDatabase: proxy.cut, close: t.close };
}

describe('while the database is unreachable', () => {
  let t: TestApp;
  let close: () => Promise<void>;
  let organizer: Client;
  let eventId: string;
  /** A valid edit, so that the write reaches the database rather than stopping at validation. */
  let unchangedEvent: EventInput;

  beforeAll(async () => {
    const setup = await appWithDatabaseToLose();
    t = setup.t;
    close = setup.close;
    const user = await buildUser(t.ctx.db, { role: 'organizer' });
    eventId = (await buildEvent(t.ctx.db, { organizerId: user.id })).id;
    organizer = await loginAs(t.app, user.email);
    const loaded = await organizer.get(`/api/events/${eventId}`);
    expect(loaded.statusCode).toBe(200);
    unchangedEvent = EventInput.parse(loaded.json());
    await setup.loseDatabase();
  });
  afterAll(() => close?.());

  it('answers 503 with Retry-After and a sentence, for reads and writes, signed in or not', async () => {
    const responses = [
      await organizer.get(`/api/events/${eventId}`),
      await organizer.put(`/api/events/${eventId}`, unchangedEvent),
      await anonymous(t.app).post('/api/auth/login', { email: 'a@example.test', password: 'whatever' }),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toEqual(unavailable);
    }
  });

  it('reports it on /health', async () => {
    const response = await anonymous(t.app).get('/health');
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({ status: 'unavailable' });
  });
});

describe('/metrics during an outage', () => {
  it('still answers, counting the 503s, so the outage itself can be watched', async () => {
    const { t, loseDatabase, close } = await appWithDatabaseToLose();
    try {
      await loseDatabase();
      expect((await anonymous(t.app).get('/health')).statusCode).toBe(503);
      const scrape = await anonymous(t.app).get('/metrics');
      expect(scrape.statusCode).toBe(200);
      expect(scrape.body).toContain(
        'http_request_duration_seconds_count{method="GET",route="/health",status_class="5xx"} 1',
      );
    } finally {
      await close();
    }
  });
});
