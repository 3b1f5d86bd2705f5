import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { anonymous, loginAs, withTestApp } from '../../test/test-app.js';
import { findMail, listRecentMail } from '../mail/mail.repository.js';
import { deliverDueMail, localTransport, type MailLog } from '../mail/mail.worker.js';
import { loggerOptions } from './logging.js';

const lines: string[] = [];
const t = withTestApp({ logLevel: 'info', logStream: { write: (line) => void lines.push(line) } });
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it("echoes a caller's sane x-request-id, and answers any other request with a fresh one", async () => {
    const health = (requestId?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/health',
        headers: requestId ? { 'x-request-id': requestId } : {},
      });
    expect((await health('lb-7f3a.42:9@edge')).headers['x-request-id']).toBe('lb-7f3a.42:9@edge');
    for (const insane of ['two words', 'x'.repeat(129), 'a"b', '']) {
      expect((await health(insane)).headers['x-request-id']).toMatch(UUID);
    }
    const [first, second] = [await health(), await health()];
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('follows a request into the mail it queues and the worker lines that send it', async () => {
    const user = await buildUser(t.ctx.db, { role: 'talent' });
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: user.email },
      headers: { 'x-request-id': 'reset-req-42' },
    });
    expect(reset.statusCode).toBe(202);
    await t.ctx.background.settled();
    const queued = (await listRecentMail(t.ctx.db, 50)).find((mail) => mail.toAddress === user.email);
    expect(queued?.requestId).toBe('reset-req-42');

    const workerLines: Record<string, unknown>[] = [];
    const log: MailLog = {
      info: (fields, msg) => void workerLines.push({ ...fields, msg }),
      warn: (fields, msg) => void workerLines.push({ ...fields, msg }),
    };
    // The outbox stamps rows with the database's clock; the test app's clock stands still at its start.
    await deliverDueMail({ db: t.ctx.db, transport: localTransport, now: () => new Date(), log });
    expect((await findMail(t.ctx.db, queued!.id))?.status).toBe('sent');
    expect(workerLines).toContainEqual({
      msg: 'mail sent',
      reqId: 'reset-req-42',
      mailId: queued!.id,
      attempt: 1,
    });
    // The line names the mail, not its reader or its words (the reset link).
    expect(JSON.stringify(workerLines)).not.toContain(user.email);
    expect(JSON.stringify(workerLines)).not.toContain('token=');
  });

  it('names the request on the log line of each live message it publishes', async () => {
    const user = await buildUser(t.ctx.db, { role: 'talent' });
    const client = await loginAs(t.app, user.email);
    lines.length = 0;
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'x-request-id': 'logout-req-7' },
    });
    expect(logout.statusCode).toBe(200);
    expect(logged()).toContainEqual(
      expect.objectContaining({
        msg: 'live publish',
        reqId: 'logout-req-7',
        live: 'session.ended',
        topics: 1,
      }),
    );
    const ofRequest = logged().filter((line) => line.reqId === 'logout-req-7');
    expect(ofRequest.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'request completed']),
    );
    // Neither the session cookie nor the CSRF token is ever written down.
    const sessionToken = client.cookie.split('=')[1]!;
    expect(lines.join('')).not.toContain(sessionToken);
    expect(lines.join('')).not.toContain(client.csrfToken);
  });
});

describe('log lines keep secrets out', () => {
  it('logs a request by its route template, never the token in its path or query', async () => {
    lines.length = 0;
    await anonymous(t.app).get('/api/auth/tokens/secret-link-token-123');
    await anonymous(t.app).get('/reset-password?token=secret-query-token-456');
    const urls = logged()
      .filter((line) => line.msg === 'incoming request')
      .map((line) => (line.req as { url: string }).url);
    expect(urls).toEqual(['/api/auth/tokens/:token', '/reset-password']);
    expect(lines.join('')).not.toMatch(/secret-(link|query)-token/);
  });

  it("logs a failed query's statement but not its parameters", async () => {
    const failure = await t.ctx.db
      .execute(sql`select length(${'https://parley.test/reset-password?token=secret-in-params'}) / 0`)
      .catch((error: unknown) => error);
    expect(String((failure as Error).message)).toContain('secret-in-params');
    const serialized = JSON.stringify(loggerOptions('info').serializers.err(failure));
    expect(serialized).toContain('Failed query: select length($1) / 0');
    expect(serialized).toContain('division by zero');
    expect(serialized).toContain('params: [not logged]');
    expect(serialized).not.toContain('secret-in-params');
  });
});
